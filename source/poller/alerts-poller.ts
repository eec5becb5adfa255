// The alerts poller: the panels' poll loop (loop.ts: a setTimeout chain that never overlaps
// itself, one AbortSignal per cycle, backoff while nothing answers), one commit per cycle to the
// generic store (store/store.ts), as the panels' poller does.
// Each AlertManager and Prometheus' rules fail on their own: a failure keeps the last data (stale), and
// an unreachable AlertManager never delays the dashboards (this is a separate chain). When every
// AlertManager fails (or none is configured), the same cycle asks Prometheus for its own alerts.
import type {AlertmanagerClient} from '../alerts/alertmanager-client.js';
import {
  applyAlertsCycle,
  initialAlertsState,
  type AlertmanagerOutcome,
  type AlertsCycle,
  type AlertsState,
  type PrometheusAlertsOutcome,
  type RulesOutcome,
} from '../alerts/alerts-state.js';
import type {PrometheusAlertsClient} from '../alerts/prometheus-alerts-client.js';
import type {RulesClient} from '../alerts/rules-client.js';
import {createStore, type Store} from '../store/store.js';
import {createPollLoop, type CycleEnd} from './loop.js';

/** The generic store of the alerts' state: one notification per poll cycle. */
export type AlertsStore = Store<AlertsState>;

export type AlertsPoller = {
  /** Polls now and then every refresh interval; a no-op once started. */
  start(): void;
  /** Polls now, even while paused (then once, without scheduling the next). */
  refreshNow(): void;
  setPaused(paused: boolean): void;
  /** A new interval (a replay at another speed polls as much more often); the next poll follows it. */
  setRefreshMs(refreshMs: number): void;
  stop(): void;
};

export type AlertsPollerOptions = {
  readonly alertmanagers: readonly {readonly name: string; readonly client: AlertmanagerClient}[];
  readonly rules: RulesClient;
  /** Prometheus' `/api/v1/alerts`, asked when no AlertManager answers; without it, no fallback. */
  readonly prometheusAlerts?: PrometheusAlertsClient;
  /** Shown as the source of pending alerts (and of every alert in the fallback). */
  readonly prometheusName: string;
  readonly refreshMs: number;
  readonly clock?: () => number;
  readonly maxBackoffMs?: number;
  readonly random?: () => number;
};

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The options a one-shot fetch needs: no interval, no backoff. */
export type AlertsSources = Pick<
  AlertsPollerOptions,
  'alertmanagers' | 'rules' | 'prometheusAlerts' | 'prometheusName'
> & {
  /**
   * Only each AlertManager's alerts, no silences, cluster status or route groups: what the
   * dashboards' --once counts (the alerts screen shows the rest).
   */
  readonly alertsOnly?: boolean;
};

/**
 * One cycle's answers: every AlertManager and Prometheus' rules at once, and Prometheus' own
 * alerts when no AlertManager answered. Shared by the poller and by fetchAlertsOnce.
 */
async function fetchAlertsCycle(sources: AlertsSources, signal: AbortSignal): Promise<AlertsCycle> {
  const [alertmanagers, rules] = await Promise.all([
    Promise.all(
      sources.alertmanagers.map((am) =>
        sources.alertsOnly === true
          ? pollAlertsOnly(am.client, signal)
          : pollAlertmanager(am.client, signal),
      ),
    ),
    pollRules(sources.rules, signal),
  ]);
  const fallback = sources.prometheusAlerts;
  const prometheusAlerts =
    fallback !== undefined && alertmanagers.every((outcome) => !outcome.ok)
      ? await pollPrometheusAlerts(fallback, signal)
      : undefined;
  return {
    alertmanagers,
    rules,
    ...(prometheusAlerts === undefined ? {} : {prometheusAlerts}),
    prometheusName: sources.prometheusName,
  };
}

const initialStateOf = (sources: AlertsSources): AlertsState =>
  initialAlertsState(sources.alertmanagers.map((am) => am.name));

/** One fetch of everything the alerts screen shows, reduced as one poller cycle is (--once). */
export async function fetchAlertsOnce(
  sources: AlertsSources,
  clock: () => number = Date.now,
): Promise<AlertsState> {
  const outcome = await fetchAlertsCycle(sources, new AbortController().signal);
  return applyAlertsCycle(initialStateOf(sources), outcome, clock());
}

export function createAlertsPoller(options: AlertsPollerOptions): {
  poller: AlertsPoller;
  store: AlertsStore;
} {
  const clock = options.clock ?? Date.now;
  const store = createStore(initialStateOf(options));

  async function cycle(signal: AbortSignal): Promise<CycleEnd> {
    const outcome = await fetchAlertsCycle(options, signal);
    const commit = (): void => store.commit(applyAlertsCycle(store.getState(), outcome, clock()));
    const down = !outcome.rules.ok && outcome.alertmanagers.every((answer) => !answer.ok);
    return {down, commit};
  }

  const {maxBackoffMs, random} = options;
  // As the panels' poller: paused, a refresh still polls once (a step through a replay).
  const poller: AlertsPoller = createPollLoop({
    refreshMs: options.refreshMs,
    ...(maxBackoffMs === undefined ? {} : {maxBackoffMs}),
    ...(random === undefined ? {} : {random}),
    cycle,
  });
  return {poller, store};
}

async function pollAlertmanager(
  client: AlertmanagerClient,
  signal: AbortSignal,
): Promise<AlertmanagerOutcome> {
  try {
    const [alerts, silences, status, groups] = await Promise.all([
      client.alerts(signal),
      client.silences(signal),
      // The status (cluster peers) only decides where silences go; its failure is not fatal.
      client.status(signal).catch(() => undefined),
      // The route groups only arrange the list: without them it still shows every alert.
      Promise.resolve()
        .then(() => client.groups(signal))
        .catch(() => undefined),
    ]);
    return {
      ok: true,
      alerts,
      silences,
      ...(status === undefined ? {} : {status}),
      ...(groups === undefined ? {} : {groups}),
    };
  } catch (error) {
    return {ok: false, error: message(error)};
  }
}

async function pollAlertsOnly(
  client: AlertmanagerClient,
  signal: AbortSignal,
): Promise<AlertmanagerOutcome> {
  try {
    return {ok: true, alerts: await client.alerts(signal), silences: []};
  } catch (error) {
    return {ok: false, error: message(error)};
  }
}

async function pollRules(client: RulesClient, signal: AbortSignal): Promise<RulesOutcome> {
  try {
    return {ok: true, rules: await client.alertRules(signal)};
  } catch (error) {
    return {ok: false, error: message(error)};
  }
}

async function pollPrometheusAlerts(
  client: PrometheusAlertsClient,
  signal: AbortSignal,
): Promise<PrometheusAlertsOutcome> {
  try {
    return {ok: true, alerts: await client.alerts(signal)};
  } catch (error) {
    return {ok: false, error: message(error)};
  }
}
