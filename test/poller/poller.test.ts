import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {HttpError} from '../../source/http/types.js';
import {createPoller} from '../../source/poller/poller.js';
import type {Poller} from '../../source/poller/types.js';
import type {Store} from '../../source/store/store.js';
import type {StoreState} from '../../source/store/store-state.js';
import {rangeWindow} from '../../source/prometheus/query.js';
import {first, planFor, second} from './dashboards.js';
import {answerAll, fakeClient, seriesOf, samplesOf, type Policy} from './fake-client.js';

const start = 1_700_000_123_000;
let poller: Poller | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});
afterEach(() => {
  poller?.stop();
  vi.useRealTimers();
});

function setup(policy: Policy, concurrency?: number, scrapeIntervalSeconds?: number) {
  const client = fakeClient(policy);
  // Scheduling only: every cycle asks every query (incremental.test.ts covers the range cache).
  const created = createPoller({
    client,
    random: () => 0,
    incremental: false,
    ...(concurrency === undefined ? {} : {concurrency}),
    ...(scrapeIntervalSeconds === undefined ? {} : {scrapeIntervalSeconds}),
  });
  poller = created.poller;
  const notifications = {count: 0};
  created.store.subscribe(() => (notifications.count += 1));
  return {client, poller: created.poller, store: created.store, notifications};
}

const tick = async (ms = 0): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
};
const panel = (store: Store<StoreState>, key: string) => store.getState().panels[key];

describe('poller', () => {
  it('fetches every query once, range kinds over the chart grid, instant kinds at the current second', async () => {
    const {client, poller, store, notifications} = setup(answerAll);
    poller.setPlan(planFor(first, {chartWidths: {rates: 100}}));
    expect(panel(store, 'first/rates')).toEqual({stale: false, loading: true});
    expect(notifications.count).toBe(1);
    await tick();
    const wide = rangeWindow(start / 1000, 3600, 100);
    const normal = rangeWindow(start / 1000, 3600, 60);
    const now = Math.floor(start / 1000);
    const instant = (expr: string) => ({type: 'instant', expr, window: undefined, time: now});
    expect(client.calls.map(({type, expr, window, time}) => ({type, expr, window, time}))).toEqual([
      // Step 36 s, 15 s scrapes: max(4 x 15 s, 36 s + 15 s).
      {type: 'range', expr: 'sum(rate(a_total[1m]))', window: wide, time: undefined},
      {type: 'range', expr: 'sum(rate(b_total[1m]))', window: wide, time: undefined},
      // Their values now: an instant query each, 4 x 15 s.
      instant('sum(rate(a_total[1m]))'),
      instant('sum(rate(b_total[1m]))'),
      instant('sum by (x) (increase(c_total[1h]))'),
      {type: 'range', expr: 'sum(g)', window: normal, time: undefined},
      instant('sum(g)'),
    ]);
    expect(notifications.count).toBe(2);
    const fresh = {time: now, samples: samplesOf(1)};
    expect(panel(store, 'first/rates')).toEqual({
      results: [
        {type: 'range', queryIndex: 0, window: wide, series: seriesOf(1), fresh},
        {type: 'range', queryIndex: 1, window: wide, series: seriesOf(1), fresh},
      ],
      // Two 15 s scrapes and one 15 s refresh.
      freshness: {scrapeIntervalSeconds: 15, maxAgeMs: 45_000},
      updatedAt: start,
      stale: false,
      loading: false,
    });
    expect(panel(store, 'first/shares')?.results).toEqual([
      {type: 'instant', queryIndex: 0, time: now, samples: samplesOf(1)},
    ]);
    // The fake answers' evaluation time is 1 s; the instant jobs were asked at `now`.
    expect(store.getState().connection).toEqual({
      status: 'up',
      lastSuccessAt: start,
      dataAt: now * 1000,
    });
    expect(store.getState().lastCycleAt).toBe(start);
  });

  it('sizes $__rate_interval from the scrape interval it is given', async () => {
    const {client, poller} = setup(answerAll, undefined, 1);
    poller.setPlan(planFor(first, {chartWidths: {rates: 100}}));
    await tick();
    // Step 36 s, 1 s scrapes: max(4 x 1 s, 36 s + 1 s).
    expect(client.calls.slice(0, 2).map((call) => call.expr)).toEqual([
      'sum(rate(a_total[37s]))',
      'sum(rate(b_total[37s]))',
    ]);
  });

  it('never overlaps itself: a slow cycle delays the next one', async () => {
    const {client, poller, notifications} = setup(() => 'hold');
    poller.setPlan(planFor(first));
    await tick(120_000);
    expect(client.calls).toHaveLength(4);
    for (const call of client.calls) call.settle(seriesOf(2));
    await tick();
    // Concurrency 4: the other three of the seven jobs went out as the first four settled.
    expect(client.calls).toHaveLength(7);
    for (const call of client.calls.slice(4)) call.settle(seriesOf(2));
    await tick();
    expect(notifications.count).toBe(2);
    await tick(14_999);
    expect(client.calls).toHaveLength(7);
    await tick(1);
    expect(client.calls).toHaveLength(11);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const {client, poller} = setup(() => 'hold', 2);
    poller.setPlan(planFor(first));
    await tick();
    expect(client.calls).toHaveLength(2);
    client.calls[0]?.settle(seriesOf(1));
    await tick();
    expect(client.calls).toHaveLength(3);
  });

  it('sends a query shared by two panels once', async () => {
    const twice = {
      ...second,
      rows: [
        {panels: [...(second.rows[0]?.panels ?? []), {...second.rows[0]!.panels[0]!, id: 'copy'}]},
      ],
    };
    const {client, poller, store} = setup(answerAll);
    poller.setPlan(planFor(twice));
    await tick();
    expect(client.calls).toHaveLength(1);
    expect(panel(store, 'second/copy')?.results).toEqual(panel(store, 'second/only')?.results);
  });

  it('aborts what a dashboard switch makes obsolete, without calling it an error', async () => {
    const {client, poller, store, notifications} = setup((call) =>
      call.expr === 'sum(h)' ? seriesOf(5) : 'hold',
    );
    poller.setPlan(planFor(first));
    await tick();
    poller.setPlan(planFor(second));
    await tick();
    expect(client.calls.slice(0, 4).map((call) => call.signal.aborted)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(client.calls.map((call) => call.expr).slice(4)).toEqual(['sum(h)']);
    expect(panel(store, 'first/rates')).toEqual({stale: false, loading: true});
    expect(panel(store, 'second/only')?.results?.[0]).toMatchObject({series: seriesOf(5)});
    expect(store.getState().connection.status).toBe('up');
    expect(notifications.count).toBe(3); // two plan changes, one cycle
  });

  it('aborts on a range change but not on a new chart width', async () => {
    const {client, poller} = setup(() => 'hold');
    poller.setPlan(planFor(first));
    await tick();
    poller.setPlan(planFor(first, {chartWidths: {rates: 80}}));
    await tick();
    expect(client.calls.map((call) => call.signal.aborted)).toEqual([false, false, false, false]);
    poller.setPlan(planFor(first, {rangeSeconds: 7200, chartWidths: {rates: 80}}));
    await tick();
    expect(client.calls.slice(0, 4).every((call) => call.signal.aborted)).toBe(true);
    expect(client.calls[4]?.window).toEqual(rangeWindow(start / 1000, 7200, 80));
  });

  it('a new chart width (a zoom) is fetched at once, not at the next interval', async () => {
    const {client, poller, store} = setup(answerAll);
    poller.setPlan(planFor(first));
    await tick();
    const before = client.calls.length;
    // Zoomed, the panel draws 140 points: its step changes from 60 s to 26 s.
    poller.setPlan(planFor(first, {chartWidths: {rates: 140}}));
    await tick();
    const zoomed = rangeWindow(start / 1000, 3600, 140);
    expect(
      client.calls
        .slice(before)
        .filter((call) => call.type === 'range' && call.expr === 'sum(rate(a_total[1m]))'),
    ).toMatchObject([{window: zoomed}]);
    expect(panel(store, 'first/rates')?.results?.[0]).toMatchObject({window: zoomed});
    // The same widths again are no new plan for the requests: nothing more is asked.
    const after = client.calls.length;
    poller.setPlan(planFor(first, {chartWidths: {rates: 140}}));
    await tick();
    expect(client.calls.length).toBe(after);
  });

  it('fails only the panel whose query Prometheus rejects; the server is up', async () => {
    const rejected = new HttpError('prometheus', 'parse error', {
      status: 400,
      errorType: 'bad_data',
    });
    const {poller, store} = setup((call) => (call.expr === 'sum(g)' ? rejected : answerAll(call)));
    poller.setPlan(planFor(first));
    await tick();
    expect(panel(store, 'first/gauge')).toEqual({
      error: {kind: 'prometheus', message: 'parse error'},
      stale: false,
      loading: false,
    });
    expect(panel(store, 'first/rates')?.stale).toBe(false);
    expect(store.getState().connection.status).toBe('up');
  });

  it('an instant query Prometheus refuses leaves the chart’s last point; one unreachable fails', async () => {
    const refused = new HttpError('http', 'not recorded', {status: 404});
    const gone = new HttpError('unreachable', 'cannot reach 127.0.0.1:9090: connection refused');
    const {poller, store} = setup((call) =>
      call.type === 'instant' && call.expr === 'sum(rate(a_total[1m]))'
        ? refused
        : call.type === 'instant' && call.expr === 'sum(g)'
          ? gone
          : answerAll(call),
    );
    poller.setPlan(planFor(first, {chartWidths: {rates: 100}}));
    await tick();
    const wide = rangeWindow(start / 1000, 3600, 100);
    const fresh = {time: Math.floor(start / 1000), samples: samplesOf(1)};
    expect(panel(store, 'first/rates')?.results).toEqual([
      {type: 'range', queryIndex: 0, window: wide, series: seriesOf(1)},
      {type: 'range', queryIndex: 1, window: wide, series: seriesOf(1), fresh},
    ]);
    expect(panel(store, 'first/gauge')).toEqual({
      error: {kind: 'unreachable', message: gone.message},
      stale: false,
      loading: false,
    });
  });

  it('keeps the last good data through an outage, backs off, and recovers by itself', async () => {
    let down = false;
    const refused = new HttpError('unreachable', 'cannot reach 127.0.0.1:9090: connection refused');
    const {client, poller, store, notifications} = setup((call) =>
      down ? refused : answerAll(call),
    );
    poller.setPlan(planFor(first));
    await tick();
    const good = panel(store, 'first/rates');
    down = true;
    await tick(15_000);
    const failedAt = start + 15_000;
    expect(panel(store, 'first/rates')).toEqual({
      ...good,
      stale: true,
      error: {kind: 'unreachable', message: refused.message},
    });
    expect(store.getState().connection).toEqual({
      status: 'down',
      lastSuccessAt: start,
      dataAt: Math.floor(start / 1000) * 1000,
      downSince: failedAt,
      lastError: {kind: 'unreachable', message: refused.message},
      retryAt: failedAt + 15_000,
    });
    // While down, each attempt is one probe request, at 15 s, 30 s, 60 s, then 60 s again.
    const attempts: number[] = [];
    for (const wait of [15_000, 30_000, 60_000, 60_000]) {
      const before = client.calls.length;
      await tick(wait - 1);
      expect(client.calls.length).toBe(before);
      await tick(1);
      attempts.push(client.calls.length - before);
      expect(store.getState().connection.downSince).toBe(failedAt);
    }
    expect(attempts).toEqual([1, 1, 1, 1]);
    down = false;
    await tick(60_000);
    const back = Date.now();
    expect(store.getState().connection).toEqual({
      status: 'up',
      lastSuccessAt: back,
      dataAt: Math.floor(back / 1000) * 1000,
    });
    expect(panel(store, 'first/rates')).toMatchObject({stale: false, updatedAt: back});
    expect(panel(store, 'first/rates')?.error).toBeUndefined();
    await tick(15_000);
    expect(store.getState().lastCycleAt).toBe(back + 15_000);
    expect(notifications.count).toBe(1 + 1 + 1 + 4 + 1 + 1);
  });

  it('stop aborts what is in flight and schedules nothing more', async () => {
    const {client, poller, notifications} = setup(() => 'hold');
    poller.setPlan(planFor(first));
    await tick();
    poller.stop();
    await tick(3_600_000);
    expect(client.calls).toHaveLength(4);
    expect(client.calls.every((call) => call.signal.aborted)).toBe(true);
    expect(notifications.count).toBe(1);
  });

  it('pauses, refreshes once on demand while paused, and resumes', async () => {
    const {client, poller, store} = setup(answerAll);
    poller.setPlan(planFor(second));
    await tick();
    poller.setPaused(true);
    expect(store.getState().paused).toBe(true);
    await tick(3_600_000);
    expect(client.calls).toHaveLength(1);
    poller.refreshNow();
    await tick(3_600_000);
    expect(client.calls).toHaveLength(2);
    poller.setPaused(false);
    await tick();
    expect(client.calls).toHaveLength(3);
    await tick(15_000);
    expect(client.calls).toHaveLength(4);
    expect(store.getState().paused).toBe(false);
  });

  it('refreshNow runs at once when idle, and right after the cycle in flight otherwise', async () => {
    const {client, poller} = setup((call) =>
      client.calls.length === 2 ? 'hold' : answerAll(call),
    );
    poller.setPlan(planFor(second));
    await tick(5_000);
    poller.refreshNow();
    await tick();
    expect(client.calls).toHaveLength(2);
    poller.refreshNow();
    await tick();
    expect(client.calls).toHaveLength(2);
    client.calls[1]?.settle(seriesOf(1));
    await tick();
    expect(client.calls).toHaveLength(3);
  });

  it('fetches a new dashboard once while paused, and schedules nothing after', async () => {
    const {client, poller, store} = setup(answerAll);
    poller.setPlan(planFor(first));
    await tick();
    poller.setPaused(true);
    poller.setPlan(planFor(second));
    await tick();
    expect(client.calls.slice(7).map((call) => call.expr)).toEqual(['sum(h)']);
    expect(panel(store, 'second/only')).toEqual({
      results: [
        {
          type: 'range',
          queryIndex: 0,
          window: rangeWindow(start / 1000, 3600, 60),
          series: seriesOf(1),
        },
      ],
      freshness: {scrapeIntervalSeconds: 15, maxAgeMs: 45_000},
      updatedAt: start,
      stale: false,
      loading: false,
    });
    await tick(3_600_000);
    expect(client.calls).toHaveLength(8);
  });

  it('fetches a new range once while paused', async () => {
    const {client, poller, store} = setup(answerAll);
    poller.setPlan(planFor(second));
    await tick(5_000);
    poller.setPaused(true);
    poller.setPlan(planFor(second, {rangeSeconds: 7200}));
    await tick(3_600_000);
    const wider = rangeWindow((start + 5_000) / 1000, 7200, 60);
    expect(client.calls.map((call) => call.window)).toEqual([
      rangeWindow(start / 1000, 3600, 60),
      wider,
    ]);
    expect(panel(store, 'second/only')?.results?.[0]).toMatchObject({window: wider});
  });

  it('shows a dashboard left for longer than two intervals as stale until it is fetched again', async () => {
    const {poller, store} = setup(answerAll);
    poller.setPlan(planFor(first));
    await tick();
    const left = panel(store, 'first/rates');
    poller.setPlan(planFor(second));
    await tick(30_000);
    poller.setPlan(planFor(first));
    // 30 s is two intervals: not yet stale.
    expect(panel(store, 'first/rates')).toEqual(left);
    poller.setPlan(planFor(second));
    await tick(1);
    poller.setPlan(planFor(first));
    expect(panel(store, 'first/rates')).toEqual({...left, stale: true});
    await tick();
    expect(panel(store, 'first/rates')).toMatchObject({stale: false, updatedAt: start + 30_001});
  });
});
