// `y`: what is copied to the clipboard with OSC 52, and what the screen says about it. On a
// dashboard, the focused panel's PromQL (its drawn queries, one a line); on the alerts screen,
// the selected alert's runbook URL, else its source (generator) URL. Only that text is copied,
// and only when text/osc52.ts finds it plain: a server's string with an escape in it is refused,
// never cleaned into something else.
import type {AlertRow} from '../alerts/alert-rows.js';
import {isDrawn} from '../dashboards/histogram.js';
import type {PanelSpec} from '../dashboards/spec.js';
import {checkClipboardText} from '../text/osc52.js';

/** What was asked for, and the text. */
export type CopyTarget = {readonly what: string; readonly text: string};

/** What the copy box shows until the next key: the text copied, or why nothing was. */
export type Copied =
  | {readonly what: string; readonly text: string}
  | {readonly what: string; readonly refused: string};

export function panelCopyTarget(panel: PanelSpec): CopyTarget {
  const queries = panel.queries.filter(isDrawn).map((query) => query.expr);
  return {
    what: `the PromQL of ${panel.title}${queries.length > 1 ? ` (${queries.length} queries)` : ''}`,
    text: queries.join('\n'),
  };
}

const runbookAnnotations = ['runbook_url', 'runbook'];

/** The runbook URL, else the source URL; undefined when the alert has neither. */
export function alertCopyTarget(row: AlertRow): CopyTarget | undefined {
  const name = row.labels['alertname'] ?? 'the alert';
  for (const annotation of runbookAnnotations) {
    const url = row.annotations[annotation];
    if (url !== undefined && url !== '') return {what: `the runbook URL of ${name}`, text: url};
  }
  if (row.generatorURL === undefined || row.generatorURL === '') return undefined;
  return {what: `the source URL of ${name}`, text: row.generatorURL};
}

/** The copy to make (text undefined: none) and what to show. */
export function copyOutcome(target: CopyTarget | undefined): {
  readonly copied: Copied;
  readonly text?: string;
} {
  if (target === undefined) {
    return {copied: {what: 'nothing', refused: 'there is no panel or alert with a URL selected'}};
  }
  const check = checkClipboardText(target.text);
  if (!check.ok) return {copied: {what: target.what, refused: check.reason}};
  return {copied: {what: target.what, text: check.text}, text: check.text};
}
