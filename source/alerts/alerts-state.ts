// What the alerts poller keeps: per AlertManager its last good answers (kept, marked stale, when a
// poll fails), Prometheus' alerting rules likewise, and the merged rows. A new critical alert is
// remembered with its time, so the header can flash and the app ring the bell once.
import {newlyFiring} from './alert-order.js';
import {buildAlertRows, type AlertRow} from './alert-rows.js';
import {mergeRouteGroups, type RouteGroup} from './route-groups.js';
import type {
  AlertGroup,
  AlertmanagerAlert,
  AlertmanagerStatus,
  AlertRule,
  Silence,
} from './types.js';

export type SourceHealth = {
  /** Clock time of the last answer; undefined until the first one. */
  readonly lastSuccessAt?: number;
  /** Why the last poll failed (unsanitized; views sanitize); undefined when it succeeded. */
  readonly error?: string;
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
  readonly rows: readonly AlertRow[];
  /** Route groups of every AlertManager, merged by labels and receiver. */
  readonly groups: readonly RouteGroup[];
  /** When a critical alert last started firing that was not firing in the cycle before. */
  readonly newCriticalAt?: number;
  /** Counts cycles that found a new critical alert: the bell rings when it changes. */
  readonly newCriticalCycles: number;
  readonly lastCycleAt?: number;
};

export function initialAlertsState(names: readonly string[]): AlertsState {
  return {
    alertmanagers: names.map((name) => ({name, alerts: [], silences: [], groups: []})),
    rules: [],
    rulesHealth: {},
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

export type AlertsCycle = {
  readonly alertmanagers: readonly AlertmanagerOutcome[];
  readonly rules: RulesOutcome;
  readonly prometheusName: string;
};

/** The next state after a cycle: failures keep the last data and record the error. */
export function applyAlertsCycle(state: AlertsState, cycle: AlertsCycle, now: number): AlertsState {
  const alertmanagers = state.alertmanagers.map((previous, index): AlertmanagerState => {
    const outcome = cycle.alertmanagers[index];
    if (outcome === undefined) return previous;
    if (!outcome.ok) return {...previous, error: outcome.error};
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
    : {...state.rulesHealth, error: cycle.rules.error};
  const rows = buildAlertRows({
    alertmanagers: alertmanagers.map(({name, alerts}) => ({name, alerts})),
    rules,
    prometheusName: cycle.prometheusName,
  });
  // The first answer is what was already firing at start: not news, no bell.
  const firstAnswer = state.alertmanagers.every((am) => am.lastSuccessAt === undefined);
  const fresh = firstAnswer ? [] : newlyFiring(state.rows, rows);
  return {
    alertmanagers,
    rules,
    rulesHealth,
    rows,
    groups: mergeRouteGroups(alertmanagers),
    ...(fresh.length > 0
      ? {newCriticalAt: now}
      : state.newCriticalAt === undefined
        ? {}
        : {newCriticalAt: state.newCriticalAt}),
    newCriticalCycles: state.newCriticalCycles + (fresh.length > 0 ? 1 : 0),
    lastCycleAt: now,
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
