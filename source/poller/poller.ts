// The poller: the shared poll loop (loop.ts: a setTimeout chain that never overlaps itself, with
// backoff and pause) around a cycle that fetches what the plan shows and commits to the store
// once. A plan change that makes requests obsolete (another dashboard, another range) aborts them
// and fetches the new plan at once, even while paused; a server that is down is retried with
// backoff, and polling resumes at the normal interval as soon as it answers again.
import type {PrometheusClient} from '../prometheus/client.js';
import {applyCycle, markLoading, type CycleOutcome} from '../store/apply-cycle.js';
import {createRangeCache, rangeCacheKey, type RangeCache} from '../store/range-cache.js';
import {createStore, type Store, type WritableStore} from '../store/store.js';
import {initialStoreState, type StoreState} from '../store/store-state.js';
import {runCycle} from './run-cycle.js';
import {planJobs, planPanelKeys} from './jobs.js';
import {createPollLoop, type CycleEnd, type PollLoop} from './loop.js';
import {createOffscreen, withoutPanels, type Offscreen} from './offscreen.js';
import type {Poller, PollPlan} from './types.js';

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
  /** How long a grid dashboard's panels off screen keep their data (default 5 minutes). */
  readonly offscreenKeepMs?: number;
};

export function createPoller(options: PollerOptions): {poller: Poller; store: Store<StoreState>} {
  const store = createStore(initialStoreState);
  const scheduler = new Scheduler(options, store);
  const poller: Poller = {
    setPlan: (plan) => scheduler.setPlan(plan),
    refreshNow: () => scheduler.refreshNow(),
    setPaused: (paused) => scheduler.setPaused(paused),
    stop: () => scheduler.stop(),
  };
  return {poller, store};
}

/**
 * Other chart widths change the steps: what is on screen was asked for other charts (a zoomed
 * panel would draw the grid panel's coarser answer). Fetched at once, without aborting: the
 * answers in flight still show the same range until the new ones arrive.
 */
const widthsChanged = (previous: PollPlan | undefined, next: PollPlan): boolean =>
  previous !== undefined &&
  JSON.stringify(previous.chartWidths) !== JSON.stringify(next.chartWidths);

/**
 * A grid dashboard scrolled or a section opened: the panels newly on screen are fetched at once;
 * the requests in flight, for panels still shown, go on.
 */
const visibleGrew = (previous: PollPlan | undefined, next: PollPlan): boolean => {
  const before = previous?.visiblePanelIds;
  const after = next.visiblePanelIds;
  if (before === undefined || previous === undefined) return false;
  return after === undefined || [...after].some((id) => !before.has(id));
};

/** A plan change aborts what is in flight only when the requests would ask something else. */
const isObsolete = (previous: PollPlan | undefined, next: PollPlan): boolean =>
  previous === undefined ||
  previous.dashboard.id !== next.dashboard.id ||
  previous.rangeSeconds !== next.rangeSeconds;

class Scheduler {
  readonly #options: PollerOptions;
  readonly #store: WritableStore<StoreState>;
  readonly #clock: () => number;
  readonly #ranges: RangeCache | undefined;
  readonly #offscreen: Offscreen;
  #plan: PollPlan | undefined;
  /** Created with the first plan, which starts it. */
  #loop: PollLoop | undefined;
  #paused = false;
  #stopped = false;

  constructor(options: PollerOptions, store: WritableStore<StoreState>) {
    this.#options = options;
    this.#store = store;
    const {incremental = true, clock = Date.now, fullRefetchMs, lateSamplesMs} = options;
    this.#clock = clock;
    this.#offscreen = createOffscreen(options.offscreenKeepMs);
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
    this.#keepOffscreen(next, this.#clock());
    // Data older than two intervals (a dashboard left a while ago) shows as stale until refetched.
    const keys = planPanelKeys(next);
    this.#store.commit(
      markLoading(this.#store.getState(), keys, this.#clock(), 2 * next.refreshMs),
    );
    const loop = this.#loopFor(next);
    loop.setRefreshMs(next.refreshMs);
    // Even while paused, what is on screen must match the plan: paused, it is fetched once, as
    // refreshNow does, and nothing is scheduled after it.
    if (isObsolete(previous, next)) loop.restart();
    else if (widthsChanged(previous, next) || visibleGrew(previous, next)) loop.refreshNow();
  }

  refreshNow(): void {
    this.#loop?.refreshNow();
  }

  setPaused(paused: boolean): void {
    if (this.#stopped || paused === this.#paused) return;
    this.#paused = paused;
    this.#store.commit({...this.#store.getState(), paused});
    this.#loop?.setPaused(paused);
  }

  stop(): void {
    this.#stopped = true;
    this.#loop?.stop();
  }

  #loopFor(plan: PollPlan): PollLoop {
    if (this.#loop !== undefined) return this.#loop;
    const {maxBackoffMs, random} = this.#options;
    this.#loop = createPollLoop({
      refreshMs: plan.refreshMs,
      ...(maxBackoffMs === undefined ? {} : {maxBackoffMs}),
      ...(random === undefined ? {} : {random}),
      cycle: (signal) => this.#cycle(signal),
    });
    this.#loop.setPaused(this.#paused);
    return this.#loop;
  }

  async #cycle(signal: AbortSignal): Promise<CycleEnd> {
    const plan = this.#plan as PollPlan; // the loop starts with the first plan
    const now = this.#clock();
    const jobs = planJobs(plan, now / 1000, this.#options.scrapeIntervalSeconds);
    // Only what this plan asks, and what panels just scrolled out asked, stays cached: memory
    // follows what is on screen.
    const kept = this.#keepOffscreen(plan, now);
    const cached =
      kept === plan ? jobs : planJobs(kept, now / 1000, this.#options.scrapeIntervalSeconds);
    this.#ranges?.retain(new Set(cached.jobs.map((job) => rangeCacheKey(job.expr, job.window))));
    const controllers = new Set<AbortController>();
    signal.addEventListener(
      'abort',
      () => {
        for (const controller of controllers) controller.abort();
      },
      {once: true},
    );
    const outcome = await runCycle(jobs, {
      client: this.#options.client,
      concurrency: this.#options.concurrency ?? 4,
      probeFirst: this.#store.getState().connection.status === 'down',
      controllers,
      isCancelled: () => signal.aborted,
      ...(this.#ranges === undefined ? {} : {ranges: this.#ranges}),
    });
    const down = !outcome.answered && outcome.connectionError !== undefined;
    return {down, commit: (delay) => this.#commit(outcome, down, delay)};
  }

  /** Notes the panels the plan no longer shows, lets go of those gone too long; the plan kept. */
  #keepOffscreen(plan: PollPlan, now: number): PollPlan {
    const {kept, dropped} = this.#offscreen.update(plan, now);
    if (dropped.length > 0) this.#store.commit(withoutPanels(this.#store.getState(), dropped));
    return kept;
  }

  #commit(outcome: CycleOutcome, down: boolean, delay: number): void {
    const now = this.#clock();
    const retry = down ? {retryAt: now + delay} : {};
    this.#store.commit(applyCycle(this.#store.getState(), {...outcome, ...retry}, now));
  }
}
