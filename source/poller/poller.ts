// The poller: a setTimeout chain that never overlaps itself. Each cycle fetches what the plan
// shows and commits to the store once. A plan change that makes requests obsolete (another
// dashboard, another range) aborts them; a server that is down is retried with backoff, and
// polling resumes at the normal interval as soon as it answers again.
import type {PrometheusClient} from '../prometheus/client.js';
import {applyCycle, markLoading, type CycleOutcome} from '../store/cycle.js';
import {createRangeCache, rangeCacheKey, type RangeCache} from '../store/range-cache.js';
import {createStore, type WritableStore} from '../store/store.js';
import {runCycle} from './cycle.js';
import {backoffDelay} from './failures.js';
import {planJobs, planPanelKeys} from './jobs.js';
import type {Poller, PollPlan, Store} from './types.js';

export type PollerOptions = {
  readonly client: PrometheusClient;
  /** Milliseconds since the epoch; Date.now by default. */
  readonly clock?: () => number;
  /** Requests in flight at once (default 4). */
  readonly concurrency?: number;
  /** Longest wait between attempts while the server is down (default 60 s). */
  readonly maxBackoffMs?: number;
  /** Jitter source in [0, 1) (Math.random by default; tests pass () => 0). */
  readonly random?: () => number;
  /** Prometheus' scrape interval, which sizes `$__rate_interval` (default 15 s). */
  readonly scrapeIntervalSeconds?: number;
  /** Fetch only the tail of range queries after their first fetch (default true). */
  readonly incremental?: boolean;
  /** How often a range query is fetched whole even so (default 10 minutes). */
  readonly fullRefetchMs?: number;
  /** How late samples may arrive after their time (default 15 s); see store/range-cache.ts. */
  readonly lateSamplesMs?: number;
};

export function createPoller(options: PollerOptions): {poller: Poller; store: Store} {
  const store = createStore();
  const scheduler = new Scheduler(options, store);
  const poller: Poller = {
    setPlan: (plan) => scheduler.setPlan(plan),
    refreshNow: () => scheduler.refreshNow(),
    setPaused: (paused) => scheduler.setPaused(paused),
    stop: () => scheduler.stop(),
  };
  return {poller, store};
}

type RunningCycle = {readonly controllers: Set<AbortController>; cancelled: boolean};

/** A plan change aborts what is in flight only when the requests would ask something else. */
const isObsolete = (previous: PollPlan | undefined, next: PollPlan): boolean =>
  previous === undefined ||
  previous.dashboard.id !== next.dashboard.id ||
  previous.rangeSeconds !== next.rangeSeconds;

class Scheduler {
  readonly #options: PollerOptions;
  readonly #store: WritableStore;
  #plan: PollPlan | undefined;
  #paused = false;
  #stopped = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: RunningCycle | undefined;
  #refreshQueued = false;
  #failures = 0;
  readonly #ranges: RangeCache | undefined;

  constructor(options: PollerOptions, store: WritableStore) {
    this.#options = options;
    this.#store = store;
    const {incremental = true, clock = Date.now, fullRefetchMs, lateSamplesMs} = options;
    this.#ranges = incremental
      ? createRangeCache({
          clock,
          ...(fullRefetchMs === undefined ? {} : {fullEveryMs: fullRefetchMs}),
          ...(lateSamplesMs === undefined ? {} : {lateMs: lateSamplesMs}),
        })
      : undefined;
  }

  setPlan(next: PollPlan): void {
    if (this.#stopped) return;
    const previous = this.#plan;
    this.#plan = next;
    this.#store.commit(markLoading(this.#store.getState(), planPanelKeys(next)));
    if (isObsolete(previous, next)) {
      this.#cancelRunning();
      this.#clearTimer();
      if (!this.#paused) void this.#startCycle();
    } else if (previous?.refreshMs !== next.refreshMs && this.#timer && this.#failures === 0) {
      this.#schedule(next.refreshMs);
    }
  }

  refreshNow(): void {
    if (this.#stopped) return;
    this.#clearTimer();
    void this.#startCycle();
  }

  setPaused(paused: boolean): void {
    if (this.#stopped || paused === this.#paused) return;
    this.#paused = paused;
    this.#store.commit({...this.#store.getState(), paused});
    if (paused) {
      this.#cancelRunning();
      this.#clearTimer();
    } else void this.#startCycle();
  }

  stop(): void {
    this.#stopped = true;
    this.#cancelRunning();
    this.#clearTimer();
  }

  async #startCycle(): Promise<void> {
    const plan = this.#plan;
    if (this.#stopped || plan === undefined) return;
    if (this.#running !== undefined) {
      this.#refreshQueued = true;
      return;
    }
    const cycle: RunningCycle = {controllers: new Set(), cancelled: false};
    this.#running = cycle;
    const clock = this.#options.clock ?? Date.now;
    const jobs = planJobs(plan, clock() / 1000, this.#options.scrapeIntervalSeconds);
    // Only what this plan asks stays cached: memory follows what is on screen.
    this.#ranges?.retain(new Set(jobs.jobs.map((job) => rangeCacheKey(job.expr, job.window))));
    const outcome = await runCycle(jobs, {
      client: this.#options.client,
      concurrency: this.#options.concurrency ?? 4,
      probeFirst: this.#store.getState().connection.status === 'down',
      controllers: cycle.controllers,
      isCancelled: () => cycle.cancelled,
      ...(this.#ranges === undefined ? {} : {ranges: this.#ranges}),
    });
    if (cycle.cancelled || this.#stopped) return;
    this.#running = undefined;
    this.#finishCycle(plan, outcome, clock());
  }

  #finishCycle(plan: PollPlan, outcome: CycleOutcome, now: number): void {
    const down = !outcome.answered && outcome.connectionError !== undefined;
    this.#failures = down ? this.#failures + 1 : 0;
    const {maxBackoffMs = 60_000, random = Math.random} = this.#options;
    const delay = down
      ? backoffDelay(this.#failures, plan.refreshMs, maxBackoffMs, random)
      : plan.refreshMs;
    const retry = down ? {retryAt: now + delay} : {};
    this.#store.commit(applyCycle(this.#store.getState(), {...outcome, ...retry}, now));
    if (this.#refreshQueued) {
      this.#refreshQueued = false;
      this.#schedule(0);
    } else if (!this.#paused) this.#schedule(delay);
  }

  #schedule(delayMs: number): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#startCycle();
    }, delayMs);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #cancelRunning(): void {
    if (this.#running === undefined) return;
    this.#running.cancelled = true;
    for (const controller of this.#running.controllers) controller.abort();
    this.#running = undefined;
  }
}
