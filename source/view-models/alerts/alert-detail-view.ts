// The alert detail (Enter): its state and age, the dashboard panel that mirrors it, every label and
// annotation, the runbook and generator links, what mutes it (the silence: id, author, comment,
// ends in; or the inhibiting alert), and the expression. Links are kept apart from their text so that the component can make
// them OSC 8 hyperlinks; only http(s) URLs become links, and their text is sanitized like the rest.
import {inhibitingAlerts, mutingSilences, alertExpression} from '../../alerts/alert-detail.js';
import {alertPanelPlace} from '../../dashboards/alert-panels.js';
import type {DashboardSpec} from '../../dashboards/spec.js';
import type {AlertRow} from '../../alerts/alert-rows.js';
import {formatSpan} from '../../alerts/durations.js';
import type {Silence} from '../../alerts/types.js';
import type {Labels} from '../../prometheus/types.js';
import {sanitize} from '../../text/sanitize.js';
import {wrapToWidth} from '../../text/wrap.js';
import {formatAge} from '../age.js';
import {fitLine, segment} from '../line.js';
import type {Line} from '../tone.js';
import {labelText, severityTone, stateText} from './alert-row-view.js';

export type AlertDetailInput = {
  readonly row: AlertRow;
  readonly rows: readonly AlertRow[];
  readonly silences: readonly Silence[];
  readonly now: number;
  readonly width: number;
  /** The dashboards on offer, to name the panel mirroring the alert (default: the built-in). */
  readonly dashboards?: readonly DashboardSpec[];
};

const linkAnnotations = new Set(['runbook_url', 'runbook', 'dashboard_url']);

/** The URL when it is an http(s) URL without control characters, else undefined. */
export function linkTarget(text: string): string | undefined {
  if (sanitize(text) !== text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function alertDetailLines(input: AlertDetailInput): Line[] {
  const {row, width, now} = input;
  const since = row.since === undefined ? '' : `  since ${formatAge(now - row.since)}`;
  const lines: Line[] = [
    [
      segment(sanitize(row.alertname), severityTone[row.severity]),
      segment(`  ${row.severity}  `, 'muted'),
      segment(stateText(row, now), row.state === 'firing' ? severityTone[row.severity] : 'warning'),
      segment(`${since}  from ${row.sources.map(sanitize).join(', ')}`, 'muted'),
    ],
    ...panelLines(row.alertname, input.dashboards),
    [segment('Labels', 'title')],
    ...labelLines(row.labels, width),
    [segment('Annotations', 'title')],
    ...annotationLines(row.annotations, width),
    ...(row.generatorURL === undefined ? [] : [urlLine('Source', row.generatorURL)]),
    ...mutedLines(input),
  ];
  const expression = alertExpression(row);
  if (expression !== undefined) {
    lines.push([segment('Expression ', 'title'), segment(sanitize(expression))]);
  }
  return lines.map((line) => fitLinkLine(line, width));
}

/**
 * "Panel  2 WebSocket Health › Slower than 5s  (o opens it)", and the panel's window when it is
 * not the alert's.
 */
export function panelLines(alertname: string, dashboards?: readonly DashboardSpec[]): Line[] {
  const place = alertPanelPlace(alertname, dashboards);
  if (place === undefined) return [];
  const {dashboard, dashboardIndex, panel, mirror} = place;
  const series = mirror.series === undefined ? '' : ` (${mirror.series})`;
  const lines: Line[] = [
    [
      segment('Panel ', 'title'),
      segment(`${dashboardIndex + 1} ${dashboard.title} › ${panel.title}${series}`),
      segment('  o opens it', 'muted'),
    ],
  ];
  if (mirror.window !== undefined) {
    lines.push([segment(`  the panel rates over ${mirror.window}`, 'muted')]);
  }
  return lines;
}

function labelLines(labels: Labels, width: number): Line[] {
  const entries = Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Two labels a line when they fit side by side: 80 columns hold the usual nine or ten labels.
  const cells = entries.map(([name, value]) => labelText({[name]: value}));
  const half = Math.floor((width - 2) / 2);
  const lines: Line[] = [];
  for (let index = 0; index < cells.length; index += 1) {
    const first = cells[index] ?? '';
    const second = cells[index + 1];
    if (second !== undefined && first.length < half - 1 && second.length <= half) {
      lines.push([segment(`  ${first.padEnd(half)}${second}`)]);
      index += 1;
    } else lines.push([segment(`  ${first}`)]);
  }
  return lines;
}

function annotationLines(annotations: Labels, width: number): Line[] {
  return Object.entries(annotations).flatMap(([name, value]): Line[] => {
    const key = sanitize(name);
    if (linkAnnotations.has(name) || linkTarget(value) !== undefined) {
      return [urlLine(`  ${key}`, value)];
    }
    const text = sanitize(value).trim();
    if (key.length + text.length + 4 <= width) {
      return [[segment(`  ${key}: `, 'muted'), segment(text)]];
    }
    const wrapped = wrapToWidth(text, Math.max(10, width - 4), 4);
    return [
      [segment(`  ${key}:`, 'muted')],
      ...wrapped.map((part): Line => [segment(`    ${part}`)]),
    ];
  });
}

function urlLine(label: string, url: string): Line {
  const target = linkTarget(url);
  const text = sanitize(url);
  return [
    segment(`${label}: `, label.startsWith(' ') ? 'muted' : 'title'),
    target === undefined ? segment(text) : {...segment(text, 'focus'), link: target},
  ];
}

function mutedLines({row, rows, silences, now}: AlertDetailInput): Line[] {
  const muting = mutingSilences(row, silences).map((silence): Line => [
    segment('Silenced by ', 'title'),
    segment(
      `${sanitize(silence.id)} by ${sanitize(silence.createdBy)}, ends in ${formatSpan(silence.endsAt - now)}: ${sanitize(silence.comment)}`,
    ),
  ]);
  const unknown = row.silencedBy.length > muting.length && muting.length === 0;
  const inhibiting = inhibitingAlerts(row, rows).map((other): Line => [
    segment('Inhibited by ', 'title'),
    segment(`${sanitize(other.alertname)} ${labelText(other.labels)}`),
  ]);
  return [
    ...muting,
    ...(unknown
      ? [[segment('Silenced by ', 'title'), segment(sanitize(row.silencedBy.join(', ')))]]
      : []),
    ...inhibiting,
    ...(row.inhibitedBy.length > 0 && inhibiting.length === 0
      ? [[segment('Inhibited by ', 'title'), segment(sanitize(row.inhibitedBy.join(', ')))]]
      : []),
  ];
}

/** fitLine that keeps each segment's link. */
export function fitLinkLine(line: Line, width: number): Line {
  // fitLine drops empty segments; without them the indices of both lines agree.
  const parts = line.filter((part) => part.text !== '');
  const fitted = fitLine(parts, width);
  return fitted.map((part, index) => {
    const link = parts[index]?.link;
    return link === undefined ? part : {...part, link};
  });
}
