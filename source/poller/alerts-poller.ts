// The alerts poller: like the panels' poller, a setTimeout chain that never overlaps itself, one
// AbortController per cycle, one store commit per cycle, and backoff while nothing answers. Each
// AlertManager and Prometheus' rules fail on their own: a failure keeps the last data (stale), and
// an unreachable AlertManager never delays the dashboards (this is a separate chain).
import type {AlertmanagerClient} from '../alerts/alertmanager-client.js';
import {
  applyAlertsCycle,
  initialAlertsState,
  type AlertmanagerOutcome,
  type AlertsState,
  type RulesOutcome,
} from '../alerts/alerts-state.js';
import type {RulesClient} from '../alerts/rules-client.js';
import {backoffDelay} from './failures.js';

export type AlertsStore = {
  getState(): AlertsState;
  subscribe(listener: () => void): () => void;
};

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
  /** Shown as the source of pending alerts. */
  readonly prometheusName: string;
  readonly refreshMs: number;
  readonly clock?: () => number;
  readonly maxBackoffMs?: number;
  readonly random?: () => number;
};

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export function createAlertsPoller(options: AlertsPollerOptions): {
  poller: AlertsPoller;
  store: AlertsStore;
} {
  const clock = options.clock ?? Date.now;
  let state = initialAlertsState(options.alertmanagers.map((am) => am.name));
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: AbortController | undefined;
  let started = false;
  let stopped = false;
  let paused = false;
  let queued = false;
  let failures = 0;
  let refreshMs = options.refreshMs;

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (delay: number, asked = false) => {
    clearTimer();
    timer = setTimeout(() => {
      timer = undefined;
      void cycle(asked);
    }, delay);
  };

  /** `asked`: a refresh the user (or a replay jump) asked for, which runs even while paused. */
  async function cycle(asked = false): Promise<void> {
    if (stopped || (paused && !asked)) return;
    if (running !== undefined) {
      queued = true;
      return;
    }
    const controller = new AbortController();
    running = controller;
    const [alertmanagers, rules] = await Promise.all([
      Promise.all(
        options.alertmanagers.map((am) => pollAlertmanager(am.client, controller.signal)),
      ),
      pollRules(options.rules, controller.signal),
    ]);
    if (controller.signal.aborted || stopped) return;
    running = undefined;
    const now = clock();
    state = applyAlertsCycle(
      state,
      {alertmanagers, rules, prometheusName: options.prometheusName},
      now,
    );
    for (const listener of [...listeners]) listener();
    const down = !rules.ok && alertmanagers.every((outcome) => !outcome.ok);
    failures = down ? failures + 1 : 0;
    const {maxBackoffMs = 60_000, random = Math.random} = options;
    const delay = down ? backoffDelay(failures, refreshMs, maxBackoffMs, random) : refreshMs;
    if (queued) {
      queued = false;
      schedule(0, true);
    } else if (!paused) schedule(delay);
  }

  const cancel = () => {
    running?.abort();
    running = undefined;
  };

  const poller: AlertsPoller = {
    start() {
      if (started || stopped) return;
      started = true;
      void cycle();
    },
    refreshNow() {
      if (stopped || !started) return;
      clearTimer();
      // As the panels' poller: paused, a refresh still polls once (a step through a replay).
      void cycle(true);
    },
    setPaused(next) {
      if (stopped || next === paused) return;
      paused = next;
      if (paused) {
        cancel();
        clearTimer();
      } else if (started) void cycle();
    },
    setRefreshMs(next) {
      if (next === refreshMs) return;
      refreshMs = next;
      // A poll already waiting waits the new interval instead (none is lost, none doubled).
      if (timer !== undefined && failures === 0) schedule(refreshMs);
    },
    stop() {
      stopped = true;
      cancel();
      clearTimer();
    },
  };
  const store: AlertsStore = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
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

async function pollRules(client: RulesClient, signal: AbortSignal): Promise<RulesOutcome> {
  try {
    return {ok: true, rules: await client.alertRules(signal)};
  } catch (error) {
    return {ok: false, error: message(error)};
  }
}
