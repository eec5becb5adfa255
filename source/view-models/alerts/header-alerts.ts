// The alerts in the header: the counts line, full and compact, from the alerts state at `now`.
import type {AlertsState} from '../../alerts/alerts-state.js';
import type {Line} from '../tone.js';
import {alertCountsLine, type AlertCountsInput} from './alert-counts.js';
import {allAlertmanagersFailing, waitingForAlertmanagers} from './sources-view.js';

export type HeaderAlertCounts = {readonly counts: Line; readonly compactCounts: Line};

export function headerAlerts(
  state: AlertsState,
  now: number,
  readOnly: boolean,
): HeaderAlertCounts {
  const input: AlertCountsInput = {
    rows: state.rows,
    newCriticalAt: state.newCriticalAt,
    waiting: waitingForAlertmanagers(state),
    stale: allAlertmanagersFailing(state),
    readOnly,
    // The clock may lag the poll that found the alert: the flash starts at once.
    now: Math.max(now, state.lastCycleAt ?? 0),
  };
  return {counts: alertCountsLine(input), compactCounts: alertCountsLine(input, true)};
}
