// The verdict as the last lines of --once text: the exit status and what it was computed from,
// what raised it (alerts, values over thresholds, panels not read) and which values were too old
// to count. Pure.
import type {DashboardSpec} from '../dashboards/spec.js';
import {wrapToWidth} from '../text/wrap.js';
import {formatAge} from '../view-models/age.js';
import {formatClock} from '../view-models/clock.js';
import {fitLine, segment} from '../view-models/line.js';
import type {Line} from '../view-models/tone.js';
import {formatValue} from '../view-models/units.js';
import type {AlertsReport} from './alerts-report.js';
import type {JsonValue} from './panel-values.js';
import type {NotCounted, PanelPlace, Verdict} from './verdict.js';

/** Reasons listed one a line; the rest are counted. */
const maxReasonLines = 8;
/** Too-old values that would have raised the status, listed; the others are counted. */
const maxOldLines = 4;

export type VerdictLinesInput = {
  readonly verdict: Verdict;
  readonly alerts: AlertsReport;
  readonly dashboards: readonly DashboardSpec[];
  readonly maxAgeMs: number;
  readonly width: number;
  readonly clockText?: (ms: number) => string;
};

const numberOf = (value: JsonValue): number | undefined =>
  value === null
    ? undefined
    : value === 'NaN'
      ? Number.NaN
      : value === '+Inf'
        ? Infinity
        : value === '-Inf'
          ? -Infinity
          : value;

function placeText(place: PanelPlace, dashboards: readonly DashboardSpec[]): string {
  const dashboard = dashboards.find((item) => item.id === place.dashboard);
  return `${dashboard?.title ?? place.dashboard} / ${place.title}`;
}

function valueText(
  place: PanelPlace & {readonly series: string; readonly value: JsonValue},
  dashboards: readonly DashboardSpec[],
): string {
  const spec = dashboards
    .find((item) => item.id === place.dashboard)
    ?.rows.flatMap((row) => row.panels)
    .find((panel) => panel.id === place.panel);
  const value =
    spec === undefined ? String(place.value) : formatValue(numberOf(place.value), spec.unit);
  return `${placeText(place, dashboards)} / ${place.series} ${value}`;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Lines of panel names under a "not read" reason, at most. */
const maxNameLines = 3;
const indent = ' '.repeat(12);

type Entry = string | {readonly level: string; readonly error: string};

/** Panels that failed with the same error share a reason, their names wrapped under it. */
function reasonTexts(input: VerdictLinesInput): string[] {
  const {verdict, dashboards, width} = input;
  const entries: Entry[] = [];
  const failures = new Map<string, PanelPlace[]>();
  for (const reason of verdict.reasons) {
    const level = `  ${reason.level.padEnd(8)}  `;
    if ('alert' in reason) {
      const same = verdict.reasons.filter(
        (other) => 'alert' in other && other.alert === reason.alert,
      );
      if (same[0] !== reason) continue;
      const name =
        same.length === 1 ? `alert ${reason.alert}` : `${same.length} alerts ${reason.alert}`;
      entries.push(`${level}${name} firing`);
    } else if (!('error' in reason)) entries.push(`${level}${valueText(reason, dashboards)}`);
    else if (failures.has(reason.error)) failures.get(reason.error)?.push(reason);
    else {
      failures.set(reason.error, [reason]);
      entries.push({level, error: reason.error});
    }
  }
  // When nothing was read, the headline says so: no need to name every panel.
  const named = verdict.panels.read > 0;
  return entries.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    const places = failures.get(entry.error) ?? [];
    const names = places.map((place) => placeText(place, dashboards)).join(', ');
    const count = plural(places.length, 'panel');
    return [
      `${entry.level}${count} not read: ${entry.error}`,
      ...(named ? wrapToWidth(names, width - indent.length, maxNameLines) : []).map(
        (line) => `${indent}${line}`,
      ),
    ];
  });
}

function headline(verdict: Verdict, alerts: AlertsReport, dashboards: number): string {
  const status = `Exit ${verdict.code} (${verdict.meaning})`;
  const {read, unreadable} = verdict.panels;
  if (verdict.meaning === 'unreachable') return `${status}: Prometheus did not answer`;
  if (verdict.meaning === 'unreadable') {
    return `${status}: Prometheus answered, but none of ${unreadable} panels could be read`;
  }
  const from = !alerts.available
    ? 'no alerts (unavailable)'
    : alerts.source === 'alertmanager'
      ? "AlertManager's alerts"
      : "Prometheus' alerts";
  return `${status} from ${read} panels of ${dashboards} dashboards and ${from}`;
}

function oldLines(input: VerdictLinesInput): string[] {
  const {notCounted} = input.verdict;
  if (notCounted.length === 0) return [];
  const clock = input.clockText ?? ((ms: number) => formatClock(ms / 1000, true));
  const raised = notCounted.filter((old) => old.level === 'warning' || old.level === 'critical');
  const shown = raised.slice(0, maxOldLines);
  const others = notCounted.length - shown.length;
  const line = (old: NotCounted): string =>
    `  ${old.level.padEnd(8)}  ${valueText(old, input.dashboards)}, as of ${clock(Date.parse(old.time))}`;
  return [
    `Not counted, older than ${formatAge(input.maxAgeMs)}: ${plural(notCounted.length, 'value')}`,
    ...shown.map(line),
    ...(others > 0 && shown.length > 0 ? [`  and ${others} more`] : []),
  ];
}

export function verdictLines(input: VerdictLinesInput): Line[] {
  const {verdict, dashboards} = input;
  const all = reasonTexts(input);
  const {notRecorded} = verdict.panels;
  const reasons = all.slice(0, maxReasonLines);
  const more = all.length - reasons.length;
  const texts = [
    headline(verdict, input.alerts, dashboards.length),
    ...reasons,
    ...(more > 0 ? [`  and ${more} more`] : []),
    ...(notRecorded > 0
      ? [`Not in the recording, not counted: ${plural(notRecorded, 'panel')}`]
      : []),
    ...oldLines(input),
  ];
  return texts.map((text) => fitLine([segment(text)], input.width));
}
