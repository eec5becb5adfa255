// One list of alert rows from every AlertManager plus Prometheus' pending alerts: alerts with the
// same label set are one row that remembers which AlertManagers reported it.
import type {Labels} from '../prometheus/types.js';
import type {AlertmanagerAlert, AlertRule} from './types.js';

export type Severity = 'critical' | 'warning' | 'info' | 'other';

export type AlertRowState = 'firing' | 'pending' | 'silenced' | 'inhibited';

export type AlertRow = {
  /** The label set, canonical: the same alert from two AlertManagers has the same key. */
  readonly key: string;
  readonly alertname: string;
  readonly severity: Severity;
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly state: AlertRowState;
  /** When it started firing (AlertManager `startsAt`) or became pending (`activeAt`). */
  readonly since?: number;
  /** Pending only: when it fires if the condition holds (`activeAt` + the rule's `for`). */
  readonly firesAt?: number;
  /** Names of the AlertManagers that reported it, in the order given; Prometheus' for pending. */
  readonly sources: readonly string[];
  readonly fingerprint?: string;
  readonly generatorURL?: string;
  readonly silencedBy: readonly string[];
  readonly inhibitedBy: readonly string[];
  readonly mutedBy: readonly string[];
  /** The rule that produced it, when Prometheus' rules are known (for its query and `for`). */
  readonly rule?: AlertRule;
};

export type AlertSource = {
  /** How the source is shown, e.g. the AlertManager's host:port. */
  readonly name: string;
  readonly alerts: readonly AlertmanagerAlert[];
};

export type AlertRowsInput = {
  readonly alertmanagers: readonly AlertSource[];
  readonly rules?: readonly AlertRule[];
  /** Shown as the source of pending alerts. */
  readonly prometheusName?: string;
};

/** Canonical text of a label set: names sorted, so that label order never matters. */
export function labelKey(labels: Labels): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function severityOf(labels: Labels): Severity {
  const severity = (labels['severity'] ?? '').toLowerCase();
  return severity === 'critical' || severity === 'warning' || severity === 'info'
    ? severity
    : 'other';
}

/**
 * Firing, silenced and inhibited alerts come from AlertManager; pending ones from Prometheus'
 * rules, since AlertManager never sees them. Alerts Prometheus lists as firing are not taken from
 * there: only AlertManager knows whether they are silenced.
 */
export function buildAlertRows(input: AlertRowsInput): readonly AlertRow[] {
  const rules = input.rules ?? [];
  const rows = new Map<string, AlertRow>();
  for (const source of input.alertmanagers) {
    for (const alert of source.alerts) {
      const key = labelKey(alert.labels);
      const row = fromAlertmanager(alert, key, source.name, rules);
      const seen = rows.get(key);
      rows.set(key, seen === undefined ? row : mergeRows(seen, row));
    }
  }
  for (const rule of rules) {
    for (const alert of rule.alerts) {
      const key = labelKey(alert.labels);
      if (alert.state !== 'pending' || rows.has(key)) continue;
      const since = alert.activeAt;
      rows.set(key, {
        ...baseRow(key, alert.labels, alert.annotations, input.prometheusName ?? 'Prometheus'),
        state: 'pending',
        ...(since === undefined ? {} : {since, firesAt: since + rule.duration * 1000}),
        rule,
      });
    }
  }
  return [...rows.values()];
}

/** The fields every row has, before its state and times. */
export function baseRow(key: string, labels: Labels, annotations: Labels, source: string) {
  return {
    key,
    alertname: labels['alertname'] ?? '',
    severity: severityOf(labels),
    labels,
    annotations,
    sources: [source],
    silencedBy: [],
    inhibitedBy: [],
    mutedBy: [],
  };
}

function fromAlertmanager(
  alert: AlertmanagerAlert,
  key: string,
  source: string,
  rules: readonly AlertRule[],
): AlertRow {
  const rule = ruleOf(alert.labels, rules);
  return {
    ...baseRow(key, alert.labels, alert.annotations, source),
    state: mutedState(alert.state === 'suppressed', alert.silencedBy, alert.inhibitedBy),
    ...(alert.startsAt === undefined ? {} : {since: alert.startsAt}),
    fingerprint: alert.fingerprint,
    ...(alert.generatorURL === undefined ? {} : {generatorURL: alert.generatorURL}),
    silencedBy: alert.silencedBy,
    inhibitedBy: alert.inhibitedBy,
    mutedBy: alert.mutedBy ?? [],
    ...(rule === undefined ? {} : {rule}),
  };
}

/**
 * A silence is a person's decision, so it names the state when both apply. An alert muted only by
 * a time interval (`mutedBy`, 0.27+) counts as silenced.
 */
function mutedState(
  suppressed: boolean,
  silencedBy: readonly string[],
  inhibitedBy: readonly string[],
): AlertRowState {
  if (!suppressed) return 'firing';
  if (silencedBy.length > 0) return 'silenced';
  return inhibitedBy.length > 0 ? 'inhibited' : 'silenced';
}

/**
 * The same alert seen by two AlertManagers. If either would notify, it is firing: members of an
 * HA pair can disagree for a moment while a new silence spreads, and silences differ per cluster.
 */
function mergeRows(first: AlertRow, second: AlertRow): AlertRow {
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  const firing = first.state === 'firing' || second.state === 'firing';
  const silencedBy = union(first.silencedBy, second.silencedBy);
  const inhibitedBy = union(first.inhibitedBy, second.inhibitedBy);
  const since = Math.min(first.since ?? Infinity, second.since ?? Infinity);
  return {
    ...first,
    state: firing ? 'firing' : mutedState(true, silencedBy, inhibitedBy),
    ...(Number.isFinite(since) ? {since} : {}),
    sources: union(first.sources, second.sources),
    silencedBy,
    inhibitedBy,
    mutedBy: union(first.mutedBy, second.mutedBy),
  };
}

/** The rule with the alert's name whose own labels the alert carries (several rules may share a
 * name with different thresholds and severities). */
export function ruleOf(labels: Labels, rules: readonly AlertRule[]): AlertRule | undefined {
  const named = rules.filter((rule) => rule.name === labels['alertname']);
  const exact = named.find((rule) =>
    Object.entries(rule.labels).every(([name, value]) => labels[name] === value),
  );
  return exact ?? (named.length === 1 ? named[0] : undefined);
}
