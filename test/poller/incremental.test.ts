// Incremental range queries through the poller: after the first poll only the tail is asked, when
// the grid moves and once more after the late-sample margin of its newest point, and the panel
// holds what a full refetch would; a resize (another step) or another range fetches all, at once.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {HttpError} from '../../source/http/types.js';
import {runCycle} from '../../source/poller/run-cycle.js';
import {planJobs} from '../../source/poller/jobs.js';
import {createPoller} from '../../source/poller/poller.js';
import type {PollPlan} from '../../source/poller/types.js';
import type {Store} from '../../source/store/store.js';
import type {StoreState} from '../../source/store/store-state.js';
import {rangeWindow} from '../../source/prometheus/query.js';
import {createRangeCache, rangeCacheKey} from '../../source/store/range-cache.js';
import type {RangeWindow} from '../../source/prometheus/types.js';
import {evaluate, type Model} from '../store/prometheus-model.js';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import {fakeClient, type Call} from './fake-client.js';

const start = 1_700_000_123_000;
const model: Model = {a: (t) => t % 7, b: (t) => (t % 3 === 0 ? undefined : 1)};

const chart: DashboardSpec = {
  id: 'chart',
  title: 'Chart',
  rows: [
    {
      panels: [
        {id: 'one', title: 'One', kind: 'timeseries', unit: 'count', queries: [{expr: 'x'}]},
        {id: 'two', title: 'Two', kind: 'timeseries', unit: 'count', queries: [{expr: 'x'}]},
      ],
    },
  ],
};
const plan = (extra: Partial<PollPlan> = {}): PollPlan => ({
  dashboard: chart,
  rangeSeconds: 3600,
  refreshMs: 30_000,
  chartWidths: {one: 60, two: 60},
  ...extra,
});

let stop: (() => void) | undefined;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

function setup(answer: (call: Call) => 'ok' | HttpError = () => 'ok') {
  const client = fakeClient((call) => {
    const outcome = answer(call);
    // The panels' values now (poller.test.ts) are not what this file is about: none come.
    if (outcome === 'ok' && call.type === 'instant') return [];
    return outcome === 'ok' ? evaluate(model, call.window as RangeWindow) : outcome;
  });
  const created = createPoller({
    client,
    random: () => 0,
    fullRefetchMs: 300_000,
    lateSamplesMs: 15_000,
  });
  stop = () => created.poller.stop();
  return {client, ...created};
}

/** The windows of the range queries asked (each cycle also asks one instant query for `x`). */
const windows = (calls: readonly Call[]) =>
  calls.filter((call) => call.type === 'range').map((call) => call.window);
/** The grid at `ms` after the start: a 1h range on a 60-column chart has a 60 s step. */
const gridAt = (ms: number, rangeSeconds = 3600, width = 60) =>
  rangeWindow((start + ms) / 1000, rangeSeconds, width);
/** The tail asked on the grid at `ms`: two steps of overlap before the previous end. */
const tailAt = (ms: number, moved: boolean, rangeSeconds = 3600, width = 60) => {
  const {end, step} = gridAt(ms, rangeSeconds, width);
  return {start: end - (moved ? 3 : 2) * step, end, step};
};
const series = (store: Store<StoreState>, id: string) => {
  const result = store.getState().panels[`chart/${id}`]?.results?.[0];
  return result?.type === 'range' ? result.series : undefined;
};

describe('incremental range queries', () => {
  // The polls fall at :123, :153, :183, ... past a minute; the grid points at :100, :160, :220.
  it('asks once per cycle for identical queries, then only for the tail, and merges it', async () => {
    const {client, poller, store} = setup();
    poller.setPlan(plan());
    await vi.advanceTimersByTimeAsync(150_000);
    // :153 and :213 ask nothing: the grid has not moved and its newest point was past 15 s.
    expect(windows(client.calls)).toEqual([gridAt(0), tailAt(60_000, true), tailAt(120_000, true)]);
    expect(series(store, 'one')).toEqual(evaluate(model, gridAt(150_000)));
    expect(series(store, 'two')).toEqual(evaluate(model, gridAt(150_000)));
  });

  it('asks an unmoved grid again once, after the late-sample margin of its newest point', async () => {
    const {client, poller, store} = setup();
    poller.setPlan(plan({refreshMs: 5_000}));
    // :100 is 23 s old at the first answer: final. Nothing is asked until the grid moves at :163.
    await vi.advanceTimersByTimeAsync(35_000);
    expect(windows(client.calls)).toEqual([gridAt(0)]);
    expect(store.getState().lastCycleAt).toBe(start + 35_000);
    // :160 is 3 s old at :163, so :168 and :173 ask nothing and :178 asks once more.
    await vi.advanceTimersByTimeAsync(15_000);
    expect(windows(client.calls)).toEqual([gridAt(0), tailAt(40_000, true)]);
    await vi.advanceTimersByTimeAsync(50_000);
    expect(windows(client.calls)).toEqual([
      gridAt(0),
      tailAt(40_000, true),
      tailAt(55_000, false),
      tailAt(100_000, true),
    ]);
    expect(series(store, 'one')).toEqual(evaluate(model, gridAt(100_000)));
  });

  it('fetches everything after a resize, a range change and every fullRefetchMs', async () => {
    const {client, poller} = setup();
    poller.setPlan(plan());
    await vi.advanceTimersByTimeAsync(0);
    // A resize (a zoom) changes the step: polled at once, as a range change is; then a tail.
    poller.setPlan(plan({chartWidths: {one: 120, two: 120}}));
    await vi.advanceTimersByTimeAsync(0);
    expect(windows(client.calls).slice(1)).toEqual([gridAt(0, 3600, 120)]);
    await vi.advanceTimersByTimeAsync(30_000);
    poller.setPlan(plan({chartWidths: {one: 120, two: 120}, rangeSeconds: 7200}));
    await vi.advanceTimersByTimeAsync(0);
    expect(windows(client.calls).slice(1)).toEqual([
      gridAt(0, 3600, 120),
      tailAt(30_000, true, 3600, 120),
      gridAt(30_000, 7200, 120),
    ]);
    // Then a tail each time the grid moves, until fullRefetchMs after the last whole fetch.
    await vi.advanceTimersByTimeAsync(300_000);
    expect(windows(client.calls).slice(4)).toEqual([
      ...[60_000, 120_000, 180_000, 240_000, 300_000].map((ms) => tailAt(ms, true, 7200, 120)),
      gridAt(330_000, 7200, 120),
    ]);
  });

  it('asks a failed tail again whole, once, and shows the answer', async () => {
    let refused = false;
    const {client, poller, store} = setup((call) => {
      const isTail = (call.window?.end ?? 0) - (call.window?.start ?? 0) < 3000;
      if (call.type === 'instant' || !isTail || refused) return 'ok';
      refused = true;
      return new HttpError('http', 'not recorded');
    });
    poller.setPlan(plan());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(windows(client.calls).slice(1)).toEqual([tailAt(60_000, true), gridAt(60_000)]);
    expect(store.getState().panels['chart/one']?.error).toBeUndefined();
    expect(series(store, 'one')).toEqual(evaluate(model, gridAt(60_000)));
    // The whole answer is cached again: the next move asks only the tail.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(windows(client.calls).slice(3)).toEqual([tailAt(120_000, true)]);
    expect(series(store, 'one')).toEqual(evaluate(model, gridAt(120_000)));
  });

  it('does not retry a tail while the server is unreachable', async () => {
    let down = false;
    const {client, poller} = setup(() =>
      down ? new HttpError('unreachable', 'connection refused') : 'ok',
    );
    poller.setPlan(plan());
    await vi.advanceTimersByTimeAsync(0);
    down = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(windows(client.calls)).toEqual([gridAt(0), tailAt(60_000, true)]);
  });

  it('fetches the whole window in the same cycle when the cache can no longer take the tail', async () => {
    const time = {now: start};
    const ranges = createRangeCache({clock: () => time.now, lateMs: 15_000});
    // While the tail is in flight the cache loses the query (as when another plan replaced it).
    const client = fakeClient((call) => {
      const window = call.window as RangeWindow;
      if (window.end - window.start < 3000) ranges.forget(rangeCacheKey(call.expr, gridAt(0)));
      return evaluate(model, window);
    });
    const cycle = (ms: number) => {
      time.now = start + ms;
      const context = {client, concurrency: 4, probeFirst: false, ranges};
      return runCycle(planJobs(plan(), time.now / 1000), {
        ...context,
        controllers: new Set<AbortController>(),
        isCancelled: () => false,
      });
    };
    await cycle(0);
    const outcome = await cycle(60_000);
    expect(windows(client.calls)).toEqual([gridAt(0), tailAt(60_000, true), gridAt(60_000)]);
    const result = {type: 'range', queryIndex: 0, window: gridAt(60_000)} as const;
    const series = evaluate(model, gridAt(60_000));
    expect(outcome.panels).toEqual([
      {key: 'chart/one', results: [{...result, series}]},
      {key: 'chart/two', results: [{...result, series}]},
    ]);
  });
});
