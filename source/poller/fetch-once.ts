// One fetch of a plan, for --once and --json: the poller's own jobs (jobs.ts), cycle (run-cycle.ts)
// and reduce (store/apply-cycle.ts), run once, with no loop, schedule or retry behind them.
import type {PrometheusClient} from '../prometheus/client.js';
import {applyCycle, markLoading} from '../store/apply-cycle.js';
import {initialStoreState, type StoreState} from '../store/store-state.js';
import {runCycle} from './run-cycle.js';
import {planJobs, planPanelKeys} from './jobs.js';
import type {PollPlan} from './types.js';

export type FetchOnceOptions = {
  readonly client: PrometheusClient;
  /** Milliseconds since the epoch; Date.now by default. */
  readonly clock?: () => number;
  /** Requests in flight at once (default 4, as the poller). */
  readonly concurrency?: number;
  /** Prometheus' scrape interval, which sizes `$__rate_interval` (default 15 s). */
  readonly scrapeIntervalSeconds?: number;
};

/**
 * The store state after one poll cycle of `plan`, as the poller would commit it, dated the second
 * it was asked at (its `lastCycleAt`): what the answers say is as of then, however long a slow
 * server took to give them, so a live run and its replay judge their ages alike.
 */
export async function fetchOnce(plan: PollPlan, options: FetchOnceOptions): Promise<StoreState> {
  const clock = options.clock ?? Date.now;
  const askedAt = clock();
  const loading = markLoading(initialStoreState, planPanelKeys(plan), askedAt, 2 * plan.refreshMs);
  const jobs = planJobs(plan, askedAt / 1000, options.scrapeIntervalSeconds);
  const outcome = await runCycle(jobs, {
    client: options.client,
    concurrency: options.concurrency ?? 4,
    probeFirst: false,
    controllers: new Set(),
    isCancelled: () => false,
  });
  return applyCycle(loading, outcome, askedAt);
}
