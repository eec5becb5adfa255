// The order of the alert list and the header's counts.
import type {AlertRow, AlertRowState, Severity} from './alert-rows.js';

export const severities: readonly Severity[] = ['critical', 'warning', 'info', 'other'];

/** Within a severity, what needs a person comes first; muted alerts are already handled. */
const stateRank: Readonly<Record<AlertRowState, number>> = {
  firing: 0,
  pending: 1,
  silenced: 2,
  inhibited: 2,
};

/**
 * Severity (critical, warning, info, other), then firing before pending before muted, then
 * newest first. Newest first because the alert that just paged (and made the header flash) must
 * be on screen without scrolling, above the long-running ones someone already looks after; the
 * age column still shows which came first when looking for a root cause. Ties keep a stable
 * order by name and labels so rows do not jump between polls.
 */
export function sortAlertRows(rows: readonly AlertRow[]): readonly AlertRow[] {
  return [...rows].sort(
    (a, b) =>
      severities.indexOf(a.severity) - severities.indexOf(b.severity) ||
      stateRank[a.state] - stateRank[b.state] ||
      (b.since ?? -Infinity) - (a.since ?? -Infinity) ||
      compareText(a.alertname, b.alertname) ||
      compareText(a.key, b.key),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

/** Firing alerts by severity, for the header: pending and muted alerts page nobody. */
export function firingCounts(rows: readonly AlertRow[]): SeverityCounts {
  const counts: Record<Severity, number> = {critical: 0, warning: 0, info: 0, other: 0};
  for (const row of rows) if (row.state === 'firing') counts[row.severity] += 1;
  return counts;
}

/** Alerts of a severity firing now that were not firing before: what the header flashes for. */
export function newlyFiring(
  previous: readonly AlertRow[],
  current: readonly AlertRow[],
  severity: Severity = 'critical',
): readonly AlertRow[] {
  const before = new Set(previous.filter((row) => row.state === 'firing').map((row) => row.key));
  return current.filter(
    (row) => row.state === 'firing' && row.severity === severity && !before.has(row.key),
  );
}
