// What the alerts poller keeps: per AlertManager its last good answers (kept, marked stale, when a
// poll fails), Prometheus' alerting rules likewise, Prometheus' own alert list (asked only while no
// AlertManager answers), and the rows: from AlertManager, or from Prometheus while every
// AlertManager fails. A new critical alert is remembered with its time, so the header can flash
// and the app ring the bell once.
import {newlyFiring} from './alert-order.js';
import {buildAlertRows, type AlertRow} from './alert-rows.js';
import {prometheusAlertRows} from './prometheus-alert-rows.js';
import {mergeRouteGroups, type RouteGroup} from './route-groups.js';
import type {
  AlertGroup,
  AlertmanagerAlert,
  AlertmanagerStatus,
  AlertRule,
  RuleAlert,
  Silence,
} from './types.js';

export type SourceHealth = {
  /** Clock time of the last answer; undefined until the first one. */
  readonly lastSuccessAt?: number;
  /** Why the last poll failed (unsanitized; views sanitize); undefined when it succeeded. */
  readonly error?: string;
  /** Clock time of the first failure in a row; undefined while it answers. */
  readonly failingSince?: number;
};

export type AlertmanagerState = SourceHealth & {
  readonly name: string;
  readonly alerts: readonly AlertmanagerAlert[];
  readonly silences: readonly Silence[];
  /** Its route groups (`/api/v2/alerts/groups`); kept from the last answer when that call fails. */
  readonly groups: readonly AlertGroup[];
  readonly status?: AlertmanagerStatus;
};

export type AlertsState = {
  readonly alertmanagers: readonly AlertmanagerState[];
  readonly rules: readonly AlertRule[];
  readonly rulesHealth: SourceHealth;
  /** Prometheus' `/api/v1/alerts`, kept from its last answer; asked only while no AlertManager answers. */
  readonly prometheusAlerts: SourceHealth & {readonly alerts: readonly RuleAlert[]};
  readonly rows: readonly AlertRow[];
  /**
   * Where the rows come from: AlertManager, or Prometheus while every AlertManager fails (then
   * silences and inhibitions are unknown). Undefined until either has answered.
   */
  readonly rowsFrom?: 'alertmanager' | 'prometheus';
  /** Route groups of every AlertManager, merged by labels and receiver. */
  readonly groups: readonly RouteGroup[];
  /** When a critical alert last started firing that was not firing in the cycle before. */
  readonly newCriticalAt?: number;
  /** Counts cycles that found a new critical alert due a bell: the bell rings when it changes. */
  readonly newCriticalCycles: number;
  /** When the bell last rang for each alert name, within the last bellIntervalMs. */
  readonly bellRungAt?: Readonly<Record<string, number>>;
  readonly lastCycleAt?: number;
};

export function initialAlertsState(names: readonly string[]): AlertsState {
  return {
    alertmanagers: names.map((name) => ({name, alerts: [], silences: [], groups: []})),
    rules: [],
    rulesHealth: {},
    prometheusAlerts: {alerts: []},
    rows: [],
    groups: [],
    newCriticalCycles: 0,
  };
}

/** One AlertManager's answers in a cycle, or why they failed. */
export type AlertmanagerOutcome =
  | {
      readonly ok: true;
      readonly alerts: readonly AlertmanagerAlert[];
      readonly silences: readonly Silence[];
      /** Absent when the groups call failed (older data is kept) or was not made. */
      readonly groups?: readonly AlertGroup[];
      readonly status?: AlertmanagerStatus;
    }
  | {readonly ok: false; readonly error: string};

export type RulesOutcome =
  | {readonly ok: true; readonly rules: readonly AlertRule[]}
  | {readonly ok: false; readonly error: string};

export type PrometheusAlertsOutcome =
  | {readonly ok: true; readonly alerts: readonly RuleAlert[]}
  | {readonly ok: false; readonly error: string};

export type AlertsCycle = {
  readonly alertmanagers: readonly AlertmanagerOutcome[];
  readonly rules: RulesOutcome;
  /** Absent when not asked (some AlertManager answered). */
  readonly prometheusAlerts?: PrometheusAlertsOutcome;
  readonly prometheusName: string;
};

/** A failed poll: the error, and since when it has been failing. */
function failed<T extends SourceHealth>(previous: T, error: string, now: number): T {
  return {...previous, error, failingSince: previous.failingSince ?? now};
}

/**
 * Every AlertManager failing its last poll (or none configured) hands the rows to Prometheus'
 * own list once that has answered, unless an AlertManager answered more recently than it did.
 */
function rowsSource(
  alertmanagers: readonly AlertmanagerState[],
  prometheusAlerts: SourceHealth,
): AlertsState['rowsFrom'] {
  const amAnsweredAt = Math.max(
    -Infinity,
    ...alertmanagers.map((am) => am.lastSuccessAt ?? -Infinity),
  );
  const allFailing = alertmanagers.every((am) => am.error !== undefined);
  const fallbackAt = prometheusAlerts.lastSuccessAt;
  if (allFailing && fallbackAt !== undefined && fallbackAt >= amAnsweredAt) return 'prometheus';
  return Number.isFinite(amAnsweredAt) ? 'alertmanager' : undefined;
}

/** The next state after a cycle: failures keep the last data and record the error. */
export function applyAlertsCycle(state: AlertsState, cycle: AlertsCycle, now: number): AlertsState {
  const alertmanagers = state.alertmanagers.map((previous, index): AlertmanagerState => {
    const outcome = cycle.alertmanagers[index];
    if (outcome === undefined) return previous;
    if (!outcome.ok) return failed(previous, outcome.error, now);
    return {
      name: previous.name,
      alerts: outcome.alerts,
      silences: outcome.silences,
      groups: outcome.groups ?? previous.groups,
      ...(outcome.status === undefined ? {} : {status: outcome.status}),
      lastSuccessAt: now,
    };
  });
  const rules = cycle.rules.ok ? cycle.rules.rules : state.rules;
  const rulesHealth: SourceHealth = cycle.rules.ok
    ? {lastSuccessAt: now}
    : failed(state.rulesHealth, cycle.rules.error, now);
  const asked = cycle.prometheusAlerts;
  const prometheusAlerts =
    asked === undefined
      ? state.prometheusAlerts
      : asked.ok
        ? {alerts: asked.alerts, lastSuccessAt: now}
        : failed(state.prometheusAlerts, asked.error, now);
  const rowsFrom = rowsSource(alertmanagers, prometheusAlerts);
  const prometheusName = cycle.prometheusName;
  const rows =
    rowsFrom === 'prometheus'
      ? prometheusAlertRows({alerts: prometheusAlerts.alerts, rules, prometheusName})
      : buildAlertRows({
          alertmanagers: alertmanagers.map(({name, alerts}) => ({name, alerts})),
          rules,
          prometheusName,
        });
  // The first answer is what was already firing at start: not news, no bell; nor is what a
  // change of source reveals (alerts AlertManager had silenced).
  const comparable = state.rowsFrom !== undefined && state.rowsFrom === rowsFrom;
  const fresh = comparable ? newlyFiring(state.rows, rows) : [];
  return {
    alertmanagers,
    rules,
    rulesHealth,
    prometheusAlerts,
    rows,
    ...(rowsFrom === undefined ? {} : {rowsFrom}),
    groups: rowsFrom === 'prometheus' ? [] : mergeRouteGroups(alertmanagers),
    ...(fresh.length > 0
      ? {newCriticalAt: now}
      : state.newCriticalAt === undefined
        ? {}
        : {newCriticalAt: state.newCriticalAt}),
    ...bell(state, fresh, now),
    lastCycleAt: now,
  };
}

/** A flapping alert rings the bell at most this often (per alert name). */
export const bellIntervalMs = 60_000;

/**
 * The bell rings for a new critical alert unless an alert of the same name rang it less than a
 * minute ago: a flapping alert flashes the header each time, but rings once a minute.
 */
function bell(
  state: AlertsState,
  fresh: readonly AlertRow[],
  now: number,
): Pick<AlertsState, 'newCriticalCycles' | 'bellRungAt'> {
  const rungAt = state.bellRungAt ?? {};
  const due = fresh.filter((row) => now - (rungAt[row.alertname] ?? -Infinity) >= bellIntervalMs);
  if (due.length === 0) return {newCriticalCycles: state.newCriticalCycles, bellRungAt: rungAt};
  // Only names that rang within the interval are kept: the record stays as small as the news.
  const recent = Object.entries(rungAt).filter(([, at]) => now - at < bellIntervalMs);
  return {
    newCriticalCycles: state.newCriticalCycles + 1,
    bellRungAt: Object.fromEntries([...recent, ...due.map((row) => [row.alertname, now] as const)]),
  };
}

/** Every silence known to any AlertManager, once each (HA members report the same ones). */
export function allSilences(state: AlertsState): readonly Silence[] {
  const seen = new Map<string, Silence>();
  for (const am of state.alertmanagers) {
    for (const silence of am.silences) if (!seen.has(silence.id)) seen.set(silence.id, silence);
  }
  return [...seen.values()];
}
