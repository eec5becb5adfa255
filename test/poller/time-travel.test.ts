// The pollers of time travel with a recording fake client: a held poller asks every query at the
// held time, once per plan and never on a timer, into a store of its own; the overlay's poller asks
// the same expressions over the range a day earlier; the live poller's range cache never sees them.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {createPoller} from '../../source/poller/poller.js';
import {
  createHeldPoller,
  createOverlayPoller,
  overlayPlan,
} from '../../source/poller/time-travel.js';
import type {Poller} from '../../source/poller/types.js';
import {rangeWindow} from '../../source/prometheus/query.js';
import {first, planFor} from './dashboards.js';
import {answerAll, fakeClient, type Call} from './fake-client.js';

const start = 1_700_000_123_000;
const heldAt = start - 2 * 3_600_000;
const pollers: Poller[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});
afterEach(() => {
  for (const poller of pollers.splice(0)) poller.stop();
  vi.useRealTimers();
});

const tick = (ms = 0): Promise<void> => vi.advanceTimersByTimeAsync(ms).then(() => undefined);
const asked = (calls: readonly Call[]) =>
  calls.map(({type, expr, window, time}) => ({type, expr, window, time}));

describe('the held poller', () => {
  it('asks every query at the held time: ranges end there, instants are asked there', async () => {
    const client = fakeClient(answerAll);
    const {poller, store} = createHeldPoller({client}, heldAt);
    pollers.push(poller);
    poller.setPlan(planFor(first));
    await tick();
    const window = rangeWindow(heldAt / 1000, 3600, 60);
    const ranges = client.calls.filter((call) => call.type === 'range');
    const instants = client.calls.filter((call) => call.type === 'instant');
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((call) => JSON.stringify(call.window) === JSON.stringify(window))).toBe(
      true,
    );
    expect(instants.every((call) => call.time === heldAt / 1000)).toBe(true);
    // Its store says the data is as of the held time.
    expect(store.getState().lastCycleAt).toBe(heldAt);
    expect(store.getState().panels['first/rates']?.updatedAt).toBe(heldAt);
  });

  it('fetches once per plan and never on a timer: nothing new comes at a held time', async () => {
    const client = fakeClient(answerAll);
    const {poller} = createHeldPoller({client}, heldAt);
    pollers.push(poller);
    poller.setPlan(planFor(first));
    await tick();
    const once = client.calls.length;
    await tick(10 * 15_000);
    expect(client.calls).toHaveLength(once);
    // Another range is another plan: fetched at once, still ending at the held time.
    poller.setPlan(planFor(first, {rangeSeconds: 3 * 3600}));
    await tick();
    expect(client.calls).toHaveLength(2 * once);
    const wider = rangeWindow(heldAt / 1000, 3 * 3600, 60);
    expect(client.calls.slice(once).filter((call) => call.type === 'range')[0]?.window).toEqual(
      wider,
    );
  });

  it('leaves the live poller alone: its next poll asks only its own tail, never a held window', async () => {
    const client = fakeClient(answerAll);
    const live = createPoller({client, random: () => 0});
    pollers.push(live.poller);
    live.poller.setPlan(planFor(first));
    await tick();
    const liveFirst = client.calls.length;
    const held = createHeldPoller({client}, heldAt);
    pollers.push(held.poller);
    held.poller.setPlan(planFor(first));
    await tick();
    live.poller.setPaused(true);
    live.poller.setPaused(false);
    await tick();
    const after = client.calls.slice(2 * liveFirst);
    const liveWindow = rangeWindow(start / 1000, 3600, 60);
    for (const call of after.filter((one) => one.type === 'range')) {
      expect(call.window?.end).toBe(liveWindow.end);
    }
    for (const call of after.filter((one) => one.type === 'instant')) {
      expect(call.time).toBe(start / 1000);
    }
    // The held answers are in the held store only.
    expect(live.store.getState().lastCycleAt).toBe(start);
    expect(held.store.getState().lastCycleAt).toBe(heldAt);
  });
});

describe('the overlay poller', () => {
  const panel = first.rows[0]?.panels[0];
  if (panel === undefined) throw new Error('fixture without panel');

  it('asks the same expression over the range a day earlier, on the live interval', async () => {
    const client = fakeClient(answerAll);
    const {poller} = createOverlayPoller({client, random: () => 0}, 86_400, undefined);
    pollers.push(poller);
    poller.setPlan(overlayPlan(first, panel, 3600, 15_000, 70));
    await tick();
    const dayBefore = (start - 86_400_000) / 1000;
    const window = rangeWindow(dayBefore, 3600, 70);
    // Step 52 s: $__rate_interval is 52 s + one 15 s scrape; the values now a day before now.
    expect(asked(client.calls)).toEqual([
      {type: 'range', expr: 'sum(rate(a_total[1m7s]))', window, time: undefined},
      {type: 'range', expr: 'sum(rate(b_total[1m7s]))', window, time: undefined},
      {type: 'instant', expr: 'sum(rate(a_total[1m]))', window: undefined, time: dayBefore},
      {type: 'instant', expr: 'sum(rate(b_total[1m]))', window: undefined, time: dayBefore},
    ]);
    await tick(15_000);
    expect(client.calls.length).toBeGreaterThan(4);
  });

  it('held, it asks a day before the held time, once', async () => {
    const client = fakeClient(answerAll);
    const {poller} = createOverlayPoller({client}, 86_400, heldAt);
    pollers.push(poller);
    poller.setPlan(overlayPlan(first, panel, 3600, 15_000, 70));
    await tick(60_000);
    const window = rangeWindow((heldAt - 86_400_000) / 1000, 3600, 70);
    expect(client.calls).toHaveLength(4);
    expect(client.calls[0]?.window).toEqual(window);
  });
});
