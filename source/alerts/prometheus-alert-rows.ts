// The alert rows when no AlertManager answers: Prometheus' own firing and pending alerts
// (`/api/v1/alerts`), with their rules for the query, the `for` and the time a pending alert
// fires. Prometheus knows nothing of silences or inhibitions, so every row is firing or pending.
// Pure: the alerts poller and `--once` build the same rows from the same answers.
import {baseRow, labelKey, ruleOf, type AlertRow} from './alert-rows.js';
import type {AlertRule, RuleAlert} from './types.js';

export type PrometheusAlertRowsInput = {
  readonly alerts: readonly RuleAlert[];
  /** Prometheus' alerting rules, when known. */
  readonly rules?: readonly AlertRule[];
  /** Shown as the rows' source. */
  readonly prometheusName?: string;
};

/**
 * One row per label set. A firing alert's `since` is when it fired, as AlertManager would show it:
 * `activeAt` (when the condition began) plus its rule's `for`, or `activeAt` when the rule is not
 * known. A pending alert's `since` is its `activeAt`, and with its rule known it says when it fires.
 */
export function prometheusAlertRows(input: PrometheusAlertRowsInput): readonly AlertRow[] {
  const rules = input.rules ?? [];
  const source = input.prometheusName ?? 'Prometheus';
  const rows = new Map<string, AlertRow>();
  for (const alert of input.alerts) {
    const key = labelKey(alert.labels);
    if (rows.has(key)) continue;
    const rule = ruleOf(alert.labels, rules);
    const forMs = (rule?.duration ?? 0) * 1000;
    const activeAt = alert.activeAt;
    const times =
      activeAt === undefined
        ? {}
        : alert.state === 'firing'
          ? {since: activeAt + forMs}
          : {since: activeAt, ...(rule === undefined ? {} : {firesAt: activeAt + forMs})};
    rows.set(key, {
      ...baseRow(key, alert.labels, alert.annotations, source),
      state: alert.state,
      ...times,
      ...(rule === undefined ? {} : {rule}),
    });
  }
  return [...rows.values()];
}
