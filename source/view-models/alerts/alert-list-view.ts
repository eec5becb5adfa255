// The alerts screen's list: a title line with the sources' health, the `/` filter, the alerts
// grouped by severity (sorted by alert-order.ts), the rules in error apart, and a last line with
// the notice of the last write or the keys. Scrolls to keep the selected row on screen.
import {severities, sortAlertRows} from '../../alerts/alert-order.js';
import type {AlertRow, Severity} from '../../alerts/alert-rows.js';
import type {AlertsState} from '../../alerts/alerts-state.js';
import {distinguishingLabels} from '../../alerts/distinguishing-labels.js';
import {filterByMatchers, parseFilter} from '../../alerts/filter.js';
import type {AlertListItem} from '../../alerts/route-groups.js';
import {rulesInError} from '../../alerts/rules-in-error.js';
import {sanitize} from '../../text/sanitize.js';
import {fitBlock, lineWidth, segment, spreadLine} from '../line.js';
import type {Line} from '../tone.js';
import {alertRowLine, severityTone} from './alert-row-view.js';
import {groupHeaderLine} from './group-header-view.js';
import {inputLine, noticeLine, type InputView, type NoticeView} from './input-line.js';
import {fromPrometheusMarks} from './header-alerts.js';
import {sourcesLine, type ClockText} from './sources-view.js';

export type VisibleAlerts = {
  readonly rows: readonly AlertRow[];
  /** Why the filter text does not parse; the list is then unfiltered. */
  readonly filterError?: string;
};

export function visibleAlerts(rows: readonly AlertRow[], filterText: string): VisibleAlerts {
  const sorted = sortAlertRows(rows);
  if (filterText.trim() === '') return {rows: sorted};
  const parsed = parseFilter(filterText);
  if (!parsed.ok) return {rows: sorted, filterError: parsed.error};
  return {rows: filterByMatchers(sorted, parsed.value)};
}

export type AlertListInput = {
  readonly state: AlertsState;
  readonly visible: VisibleAlerts;
  /** With them, the list is by route group (headers and rows) and `selected` indexes them. */
  readonly items?: readonly AlertListItem[] | undefined;
  readonly selected: number;
  readonly marked?: readonly string[];
  readonly filter: InputView;
  readonly filtering: boolean;
  readonly notice?: NoticeView | undefined;
  readonly now: number;
  readonly width: number;
  readonly height: number;
  /** How "since" times read; local HH:MM:SS unless a test pins it. */
  readonly clockText?: ClockText | undefined;
};

const severityTitle: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
  other: 'Other',
};

const listKeys = '↑↓ select  Enter detail  / filter  Space mark  s silence  v groups  S silences';
const groupedKeys =
  '↑↓ select  Enter detail  / filter  s silence row/group  v severity  S silences';

export function alertListLines(input: AlertListInput): Line[] {
  const {width, visible} = input;
  const head: Line[] = titleLines(input);
  if (input.filtering || input.filter.value !== '') {
    head.push(inputLine('/ ', input.filter, input.filtering, visible.filterError, width));
  }
  const {lines: body, selectedLine} = bodyLines(input);
  const bodyHeight = Math.max(1, input.height - head.length - 1);
  const top = Math.max(0, Math.min(selectedLine - bodyHeight + 2, body.length - bodyHeight));
  const shown = body.slice(Math.max(0, top), Math.max(0, top) + bodyHeight);
  const keys = input.items === undefined ? listKeys : groupedKeys;
  const last = input.notice === undefined ? [segment(keys, 'muted')] : noticeLine(input.notice);
  return fitBlock(
    [...fitBlock([...head, ...shown], width, input.height - 1), last],
    width,
    input.height,
  );
}

/** The title with the sources' health; while the rows come from Prometheus, a line that says so. */
function titleLines(input: AlertListPrintInput): Line[] {
  const sources = sourcesLine(input.state, input.now, input.clockText);
  const title: Line = [segment('Alerts', 'title')];
  // Sources too long to sit beside the title get a line of their own rather than vanish.
  const head =
    lineWidth(title) + 1 + lineWidth(sources) <= input.width
      ? [spreadLine(title, sources, input.width)]
      : [title, sources];
  if (input.state.rowsFrom !== 'prometheus') return head;
  return [...head, [segment(fromPrometheusMarks.full, 'warning')]];
}

function bodyLines(input: AlertListInput): {lines: Line[]; selectedLine: number} {
  const {rows} = input.visible;
  const {lines, selectedLine} =
    input.items === undefined ? severityLines(input) : groupedLines(input, input.items);
  if (rows.length === 0) lines.push(emptyLine(input));
  const errors = rulesInError(input.state.rules);
  if (errors.length > 0) {
    lines.push([], [segment(`Rules in error (${errors.length}): they can never fire`, 'critical')]);
    for (const rule of errors) {
      lines.push([
        segment(`  ${sanitize(rule.group)}/${sanitize(rule.name)}`, 'title'),
        segment(`  ${sanitize(rule.error)}`, 'critical'),
      ]);
    }
  }
  return {lines, selectedLine};
}

type RowLine = (row: AlertRow, selected: boolean) => Line;

function rowLineFor(input: AlertListInput, indent = ''): RowLine {
  const distinguishing = distinguishingLabels(input.state.rows);
  const showSource = input.state.alertmanagers.length > 1;
  return (row, selected) => [
    ...(indent === '' ? [] : [segment(indent)]),
    ...alertRowLine(row, {
      distinguishing: distinguishing.get(row.key) ?? {},
      selected,
      marked: input.marked?.includes(row.key) === true,
      showSource,
      now: input.now,
      width: input.width - indent.length,
    }),
  ];
}

/** Under a title per severity, in list order. */
function severityLines(input: AlertListInput): {lines: Line[]; selectedLine: number} {
  const {rows} = input.visible;
  const rowLine = rowLineFor(input);
  const lines: Line[] = [];
  let selectedLine = 0;
  for (const severity of severities) {
    const group = rows.filter((row) => row.severity === severity);
    if (group.length === 0) continue;
    lines.push([segment(`${severityTitle[severity]} (${group.length})`, severityTone[severity])]);
    for (const row of group) {
      const selected = rows.indexOf(row) === input.selected;
      if (selected) selectedLine = lines.length;
      lines.push(rowLine(row, selected));
    }
  }
  return {lines, selectedLine};
}

/** Each item on its line: a group's header, then its rows. */
function groupedLines(
  input: AlertListInput,
  items: readonly AlertListItem[],
): {lines: Line[]; selectedLine: number} {
  // Rows sit under their group's header, indented.
  const rowLine = rowLineFor(input, '  ');
  const lines = items.map((item, index): Line => {
    const selected = index === input.selected;
    return item.kind === 'row'
      ? rowLine(item.row, selected)
      : groupHeaderLine(item.group, item.rows, {selected, width: input.width});
  });
  return {lines, selectedLine: Math.min(input.selected, Math.max(0, lines.length - 1))};
}

function emptyLine(input: AlertListInput): Line {
  if (input.state.rows.length > 0) return [segment('No alert matches the filter', 'muted')];
  const {rowsFrom, lastCycleAt, alertmanagers} = input.state;
  if (rowsFrom === 'prometheus') {
    return [segment('No alerts: Prometheus lists nothing firing or pending', 'ok')];
  }
  if (alertmanagers.some((am) => am.lastSuccessAt !== undefined)) {
    return [segment('No alerts: nothing is firing, pending or silenced', 'ok')];
  }
  // A poll finished and nothing answered: say so rather than wait (the title says since when).
  return lastCycleAt === undefined
    ? [segment('Waiting for AlertManager…', 'muted')]
    : [segment('No alert list: neither AlertManager nor Prometheus answered', 'critical')];
}

export type AlertListPrintInput = Pick<
  AlertListInput,
  'state' | 'visible' | 'items' | 'now' | 'width' | 'clockText'
>;

/** The whole list for --once: the title, every row and the rules in error; no selection, no keys. */
export function alertListPrintLines(input: AlertListPrintInput): Line[] {
  const full: AlertListInput = {
    ...input,
    selected: -1,
    filter: {value: '', cursor: 0},
    filtering: false,
    height: 0,
  };
  const lines = [...titleLines(input), ...bodyLines(full).lines];
  return fitBlock(lines, input.width, lines.length);
}
