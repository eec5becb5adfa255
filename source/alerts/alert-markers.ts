// Which alerts belong on a panel's time axis: those whose expression reads a metric the panel's
// queries read (metric names from Prometheus' own grammar), marked at the time each started
// (AlertManager's `startsAt`, Prometheus' `activeAt` for pending alerts).
import {metricNames} from '../prometheus/metric-names.js';
import {alertExpression} from './alert-detail.js';
import type {AlertRow, AlertRowState, Severity} from './alert-rows.js';

export type AlertMarker = {
  readonly alertname: string;
  readonly severity: Severity;
  readonly state: AlertRowState;
  /** When it started firing or became pending, ms since the epoch. */
  readonly since: number;
};

/**
 * The alerts to mark on a panel of these query expressions, oldest first, one per alert name and
 * start time (the same alert from several instances starting together is one mark).
 */
export function alertMarkers(rows: readonly AlertRow[], exprs: readonly string[]): AlertMarker[] {
  const panelNames = new Set(exprs.flatMap((expr) => [...metricNames(expr)]));
  if (panelNames.size === 0) return [];
  const seen = new Set<string>();
  const markers: AlertMarker[] = [];
  for (const row of rows) {
    if (row.since === undefined) continue;
    const expr = alertExpression(row);
    if (expr === undefined || ![...metricNames(expr)].some((name) => panelNames.has(name)))
      continue;
    const key = `${row.alertname}\u0000${row.since}`;
    if (seen.has(key)) continue;
    seen.add(key);
    markers.push({
      alertname: row.alertname,
      severity: row.severity,
      state: row.state,
      since: row.since,
    });
  }
  return markers.sort((a, b) => a.since - b.since || (a.alertname < b.alertname ? -1 : 1));
}
