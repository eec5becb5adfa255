// The alerts part of the --once report (and of --json): each alert as the report shows it, and
// where the alerts came from or why there are none. Pure.
import type {AlertRow} from '../alerts/alert-rows.js';
import type {Labels} from '../prometheus/types.js';
import {sanitize} from '../text/sanitize.js';

export type AlertReport = {
  readonly name: string;
  readonly severity: AlertRow['severity'];
  readonly state: AlertRow['state'];
  readonly labels: Labels;
  readonly summary?: string;
  readonly since?: string;
};

/**
 * The alerts from AlertManager; else, with why AlertManager was not used, Prometheus' firing and
 * pending alerts (prometheus-alerts.ts); else why neither answered.
 */
export type AlertsReport =
  | {
      readonly available: true;
      readonly source: 'alertmanager';
      readonly alerts: readonly AlertReport[];
    }
  | {
      readonly available: true;
      readonly source: 'prometheus';
      readonly error: string;
      readonly alerts: readonly AlertReport[];
    }
  | {readonly available: false; readonly error: string};

export function alertReport(row: AlertRow): AlertReport {
  const summary = row.annotations['summary'];
  return {
    name: sanitize(row.alertname),
    severity: row.severity,
    state: row.state,
    labels: Object.fromEntries(
      Object.entries(row.labels).map(([k, v]) => [sanitize(k), sanitize(v)]),
    ),
    ...(summary === undefined ? {} : {summary: sanitize(summary)}),
    ...(row.since === undefined ? {} : {since: new Date(row.since).toISOString()}),
  };
}
