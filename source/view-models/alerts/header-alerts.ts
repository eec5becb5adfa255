// The alerts in the header: the counts line, full, short and compact, from the alerts state at
// `now`. While the rows come from Prometheus (no AlertManager answers) the counts say so, in as
// many words as the width allows.
import {alertmanagersDown} from '../../alerts/alerts-source.js';
import type {AlertsState} from '../../alerts/alerts-state.js';
import {segment} from '../line.js';
import type {Line} from '../tone.js';
import {alertCountsLine, type AlertCountsInput} from './alert-counts.js';
import {allAlertmanagersFailing, waitingForAlertmanagers} from './sources-view.js';

export type HeaderAlertCounts = {
  readonly counts: Line;
  /** Shorter than `counts` when that does not fit beside the tabs; absent when the same. */
  readonly shortCounts?: Line;
  readonly compactCounts: Line;
};

/** What the header says of alerts taken from Prometheus, longest first (the fallback notice). */
export const fromPrometheusMarks = {
  full: 'from Prometheus: AlertManager unreachable, silences and inhibitions unknown',
  short: 'from Prometheus (AlertManager down)',
  compact: '(Prom)',
} as const;

export function headerAlerts(
  state: AlertsState,
  now: number,
  readOnly: boolean,
): HeaderAlertCounts {
  const fromPrometheus = state.rowsFrom === 'prometheus';
  const neverAnswered = !fromPrometheus && waitingForAlertmanagers(state);
  // A poll has finished and neither AlertManager nor Prometheus' own list has answered.
  const unknown = neverAnswered && state.lastCycleAt !== undefined && alertmanagersDown(state);
  const input: AlertCountsInput = {
    rows: state.rows,
    newCriticalAt: state.newCriticalAt,
    waiting: neverAnswered && !unknown,
    unknown,
    stale: fromPrometheus
      ? state.prometheusAlerts.error !== undefined
      : allAlertmanagersFailing(state),
    readOnly,
    // The clock may lag the poll that found the alert: the flash starts at once.
    now: Math.max(now, state.lastCycleAt ?? 0),
  };
  const counts = alertCountsLine(input);
  const compactCounts = alertCountsLine(input, true);
  if (!fromPrometheus) return {counts, compactCounts};
  const mark = (text: string): Line => [segment(` ${text}`, 'warning')];
  return {
    counts: [...counts, ...mark(fromPrometheusMarks.full)],
    shortCounts: [...counts, ...mark(fromPrometheusMarks.short)],
    compactCounts: [...compactCounts, ...mark(fromPrometheusMarks.compact)],
  };
}
