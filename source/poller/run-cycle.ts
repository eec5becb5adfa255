// One poll cycle: run the plan's jobs with bounded concurrency, one AbortController per request,
// and fold the answers into a CycleOutcome for the store. While the server is known to be down,
// one probe request goes first and the rest are only sent if it answers.
import type {PrometheusClient, RangeAnswer} from '../prometheus/client.js';
import type {CycleOutcome, PanelOutcome} from '../store/apply-cycle.js';
import type {PanelError, QueryResult} from '../store/panel-state.js';
import {rangeCacheKey, type RangeCache} from '../store/range-cache.js';
import {isConnectionError, toPanelError} from './failures.js';
import type {CyclePlan, QueryJob} from './jobs.js';

/** A QueryResult before it knows which query of which panel it belongs to. */
type Unindexed<T> = T extends unknown ? Omit<T, 'queryIndex'> : never;

type JobOutcome =
  | {readonly status: 'ok'; readonly result: Unindexed<QueryResult>}
  | {readonly status: 'failed'; readonly error: PanelError; readonly connection: boolean}
  | {readonly status: 'aborted'};

export type CycleContext = {
  readonly client: PrometheusClient;
  readonly concurrency: number;
  /** Whether the server was down at the end of the previous cycle. */
  readonly probeFirst: boolean;
  /** Live requests of this cycle; the poller aborts them when the cycle becomes obsolete. */
  readonly controllers: Set<AbortController>;
  readonly isCancelled: () => boolean;
  /** Cached range answers: with it, a refresh fetches only the tail of each range query. */
  readonly ranges?: RangeCache;
};

export async function runCycle(plan: CyclePlan, context: CycleContext): Promise<CycleOutcome> {
  const outcomes = new Map<string, JobOutcome>();
  const run = async (job: QueryJob): Promise<void> => {
    outcomes.set(job.id, await runJob(job, context));
  };
  let queue = plan.jobs;
  const [probe, ...rest] = plan.jobs;
  if (context.probeFirst && probe !== undefined) {
    await run(probe);
    const answer = outcomes.get(probe.id);
    queue = answer?.status === 'failed' && answer.connection ? [] : rest;
  }
  await runLimited(queue, context.concurrency, run);
  return foldOutcomes(plan, outcomes);
}

/** `omitted` only where the answer was cut. */
const cut = (omitted: number): {readonly omitted?: number} => (omitted > 0 ? {omitted} : {});

async function runJob(job: QueryJob, context: CycleContext): Promise<JobOutcome> {
  if (context.isCancelled()) return {status: 'aborted'};
  const controller = new AbortController();
  context.controllers.add(controller);
  try {
    const {client} = context;
    const {signal} = controller;
    if (job.type === 'range') {
      const {series, omitted} = await fetchRange(job, context, signal);
      return {status: 'ok', result: {type: 'range', window: job.window, series, ...cut(omitted)}};
    }
    const {samples, omitted} = await client.query(job.expr, job.time, signal);
    return {status: 'ok', result: {type: 'instant', time: job.time, samples, ...cut(omitted)}};
  } catch (error) {
    const panelError = controller.signal.aborted ? undefined : toPanelError(error);
    if (panelError === undefined) return {status: 'aborted'};
    return {status: 'failed', error: panelError, connection: isConnectionError(error)};
  } finally {
    context.controllers.delete(controller);
  }
}

/**
 * A range query: nothing when the cached answer is final, else only its tail when the cache has
 * the rest, merged into it. A tail that fails for another reason than the server being away, or
 * that the cache can no longer merge, is asked again whole in the same cycle and the cache is
 * dropped: the panel then shows the answer (or the error) of the query as the spec asks it, never
 * a few points as if they were the whole window, and a snapshot recorded with whole windows replays.
 */
async function fetchRange(
  job: QueryJob,
  context: CycleContext,
  signal: AbortSignal,
): Promise<RangeAnswer> {
  const {client, ranges} = context;
  if (ranges === undefined) return client.queryRange(job.expr, job.window, signal);
  const key = rangeCacheKey(job.expr, job.window);
  const current = ranges.current(key, job.window);
  // A final window is not asked again; how many series its answer had beyond the limit is not
  // kept with it (a window in the past: a replay or a time-travelled range).
  if (current !== undefined) return {series: current, omitted: 0};
  const fetched = ranges.fetchWindow(key, job.window);
  try {
    const answer = await client.queryRange(job.expr, fetched, signal);
    if (ranges.merges(key, job.window, fetched)) {
      const series = ranges.settle(key, job.window, fetched, answer.series);
      return {series, omitted: answer.omitted};
    }
  } catch (error) {
    const whole = fetched.start <= job.window.start;
    if (whole || signal.aborted || isConnectionError(error)) throw error;
  }
  ranges.forget(key);
  const answer = await client.queryRange(job.expr, job.window, signal);
  const series = ranges.settle(key, job.window, job.window, answer.series);
  return {series, omitted: answer.omitted};
}

async function runLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  const workers = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({length: workers}, worker));
}

function foldOutcomes(plan: CyclePlan, outcomes: ReadonlyMap<string, JobOutcome>): CycleOutcome {
  const all = [...outcomes.values()];
  const answered = all.some(
    (outcome) => outcome.status === 'ok' || (outcome.status === 'failed' && !outcome.connection),
  );
  const connectionFailure = all.find(
    (outcome) => outcome.status === 'failed' && outcome.connection,
  );
  const connectionError =
    connectionFailure?.status === 'failed' ? connectionFailure.error : undefined;
  const panels: PanelOutcome[] = [];
  for (const panel of plan.panels) {
    const results: QueryResult[] = [];
    let error: PanelError | undefined;
    let aborted = false;
    // A job skipped after a failed probe fails with the probe's error.
    const outcomeOf = (jobId: string): JobOutcome =>
      outcomes.get(jobId) ?? connectionFailure ?? {status: 'aborted'};
    for (const [queryIndex, jobId] of panel.jobIds.entries()) {
      const outcome = outcomeOf(jobId);
      const freshId = panel.freshJobIds?.[queryIndex];
      const fresh = freshId === undefined ? undefined : outcomeOf(freshId);
      if (outcome.status === 'aborted' || fresh?.status === 'aborted') aborted = true;
      else if (outcome.status === 'failed') error ??= outcome.error;
      else if (fresh?.status === 'failed' && fresh.connection) error ??= fresh.error;
      else results.push(withFresh({...outcome.result, queryIndex}, fresh));
    }
    if (error !== undefined) panels.push({key: panel.key, error});
    else if (!aborted) panels.push({key: panel.key, results});
  }
  return {
    panels,
    freshness: plan.freshness,
    answered,
    ...(connectionError === undefined ? {} : {connectionError}),
    ...readFailureOf(all),
  };
}

/**
 * The range answer with its instant answer beside it. An instant query that Prometheus refused
 * (or a snapshot did not record) leaves the chart's last point as the value, with its own time:
 * the panel then shows how old it is rather than an error.
 */
function withFresh(result: QueryResult, fresh: JobOutcome | undefined): QueryResult {
  if (result.type !== 'range' || fresh?.status !== 'ok' || fresh.result.type !== 'instant') {
    return result;
  }
  return {...result, fresh: {time: fresh.result.time, samples: fresh.result.samples}};
}

/** The first failure when answers came but none could be read (a recording's gaps aside). */
function readFailureOf(all: readonly JobOutcome[]): {readFailure?: PanelError} {
  if (all.some((outcome) => outcome.status === 'ok')) return {};
  const failure = all.find(
    (outcome) =>
      outcome.status === 'failed' && !outcome.connection && outcome.error.kind !== 'not-recorded',
  );
  return failure?.status === 'failed' ? {readFailure: failure.error} : {};
}
