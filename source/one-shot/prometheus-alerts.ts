// The alerts --once and --json report and count: AlertManager's when one answered, else Prometheus'
// (one place, so that the dashboards and the alerts screen count the same alerts).
// The alerts as Prometheus knows them, for --once and --json when no AlertManager answers: every
// firing and pending alert of its alerting rules (the list `/api/v1/alerts` gives, taken from the
// rules --once fetches anyway, so a recording replays it). Prometheus knows nothing of silences or
// inhibitions: a firing alert here may be muted in AlertManager.
import {buildAlertRows, labelKey, severityOf, type AlertRow} from '../alerts/alert-rows.js';
import type {AlertRule} from '../alerts/types.js';
import {sanitize} from '../text/sanitize.js';
import {alertReport, type AlertsReport} from './alerts-report.js';

export const prometheusSourceNote =
  'from Prometheus: AlertManager unreachable, silences and inhibitions unknown';

/** Firing alerts of the rules, then the pending ones buildAlertRows makes. */
export function prometheusAlertRows(rules: readonly AlertRule[], source: string): AlertRow[] {
  const firing = rules.flatMap((rule) =>
    rule.alerts
      .filter((alert) => alert.state === 'firing')
      .map((alert): AlertRow => ({
        key: labelKey(alert.labels),
        alertname: alert.labels['alertname'] ?? rule.name,
        severity: severityOf(alert.labels),
        labels: alert.labels,
        annotations: alert.annotations,
        state: 'firing',
        ...(alert.activeAt === undefined ? {} : {since: alert.activeAt + rule.duration * 1000}),
        sources: [source],
        silencedBy: [],
        inhibitedBy: [],
        mutedBy: [],
        rule,
      })),
  );
  const pending = buildAlertRows({alertmanagers: [], rules, prometheusName: source});
  return [...firing, ...pending];
}

export type AlertsAnswers = {
  /** The merged rows of the AlertManagers that answered; undefined when none did. */
  readonly alertmanagerRows: readonly AlertRow[] | undefined;
  /** Why no AlertManager answered (or that none was given). */
  readonly alertmanagerError: string;
  /** Prometheus' alerting rules; undefined when they could not be read. */
  readonly rules: readonly AlertRule[] | undefined;
  readonly rulesError?: string;
};

export function alertsReportOf(answers: AlertsAnswers): AlertsReport {
  const {alertmanagerRows, rules} = answers;
  if (alertmanagerRows !== undefined) {
    return {available: true, source: 'alertmanager', alerts: alertmanagerRows.map(alertReport)};
  }
  const error = sanitize(answers.alertmanagerError);
  if (rules === undefined) {
    const rules =
      answers.rulesError === undefined ? '' : `; rules: ${sanitize(answers.rulesError)}`;
    return {available: false, error: `AlertManager: ${error}${rules}`};
  }
  const alerts = prometheusAlertRows(rules, 'Prometheus').map(alertReport);
  return {available: true, source: 'prometheus', error, alerts};
}
