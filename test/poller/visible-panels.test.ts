// Only what is seen is queried (PollPlan.visiblePanelIds): the jobs of the panels on screen, a
// change of what is shown that fetches the panels newly shown at once without aborting the
// requests of the panels still shown, and panels scrolled out that keep their state and range
// cache for 5 minutes (poller/offscreen.ts), then are let go. The clock is faked.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {planJobs, planPanelKeys} from '../../source/poller/jobs.js';
import {offscreenKeepMs} from '../../source/poller/offscreen.js';
import {createPoller} from '../../source/poller/poller.js';
import type {Poller} from '../../source/poller/types.js';
import {rangeWindow} from '../../source/prometheus/query.js';
import {first, planFor} from './dashboards.js';
import {answerAll, fakeClient, type Policy} from './fake-client.js';

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

const tick = async (ms = 0): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
};
const visible = (...ids: string[]) => planFor(first, {visiblePanelIds: new Set(ids)});

describe('planJobs with visiblePanelIds', () => {
  it('plans only the panels on screen', () => {
    const plan = visible('gauge');
    const now = Math.floor(start / 1000);
    expect(planJobs(plan, start / 1000).jobs.map((job) => job.id)).toEqual([
      `range ${Object.values(rangeWindow(start / 1000, 3600, 60)).join(':')} sum(g)`,
      `instant ${now} sum(g)`,
    ]);
    expect(planPanelKeys(plan)).toEqual(['first/gauge']);
  });

  it('plans every panel without it, as for fill dashboards', () => {
    expect(planPanelKeys(planFor(first))).toEqual(['first/rates', 'first/shares', 'first/gauge']);
  });
});

function setup(policy: Policy = answerAll) {
  const client = fakeClient(policy);
  const created = createPoller({client, random: () => 0, lateSamplesMs: 0});
  poller = created.poller;
  const exprs = () => client.calls.map((call) => `${call.type} ${call.expr}`);
  return {client, poller: created.poller, store: created.store, exprs};
}

describe('a poller told which panels are on screen', () => {
  it('asks only for them; the panels scrolled out keep their data, with their age', async () => {
    const {client, poller, store, exprs} = setup();
    poller.setPlan(visible('rates', 'gauge'));
    await tick();
    expect(exprs()).toEqual([
      'range sum(rate(a_total[1m15s]))',
      'range sum(rate(b_total[1m15s]))',
      'instant sum(rate(a_total[1m]))',
      'instant sum(rate(b_total[1m]))',
      'range sum(g)',
      'instant sum(g)',
    ]);
    const rates = store.getState().panels['first/rates'];
    client.calls.length = 0;
    // Scrolled: rates leaves the screen. Nothing new is shown, so nothing is fetched now.
    poller.setPlan(visible('gauge'));
    await tick();
    expect(exprs()).toEqual([]);
    // The next refresh asks for gauge alone (its range, on the same grid, is cached).
    await tick(15_000);
    expect(exprs()).toEqual(['instant sum(g)']);
    expect(store.getState().panels['first/rates']).toBe(rates);
    client.calls.length = 0;
    // A minute later it is back: its last values show at once, stale (older than two refreshes),
    // and it is fetched at once, its range the tail after the cached points.
    await tick(45_000);
    client.calls.length = 0;
    poller.setPlan(visible('rates', 'gauge'));
    expect(store.getState().panels['first/rates']).toEqual({...rates, stale: true});
    await tick();
    const full = rangeWindow(Date.now() / 1000, 3600, 60);
    const ratesRange = client.calls.find((call) => call.expr === 'sum(rate(a_total[1m15s]))');
    expect(ratesRange?.window?.end).toBe(full.end);
    expect(ratesRange?.window?.start).toBeGreaterThan(full.start);
    expect(store.getState().panels['first/rates']?.stale).toBe(false);
  });

  it('lets a panel go 5 minutes after it left the screen: it loads as new when shown', async () => {
    const {store, poller} = setup();
    poller.setPlan(visible('rates', 'gauge'));
    await tick();
    poller.setPlan(visible('gauge'));
    await tick(offscreenKeepMs - 15_000);
    expect(store.getState().panels['first/rates']?.results).toBeDefined();
    await tick(15_000);
    expect(store.getState().panels['first/rates']).toBeUndefined();
    expect(store.getState().panels['first/gauge']?.results).toBeDefined();
    poller.setPlan(visible('rates', 'gauge'));
    expect(store.getState().panels['first/rates']).toEqual({stale: false, loading: true});
  });

  it('does not abort the requests of panels still shown; fetches those newly shown at once', async () => {
    const {client, poller} = setup(() => 'hold');
    poller.setPlan(visible('gauge'));
    await tick();
    const held = [...client.calls];
    expect(held.map((call) => call.expr)).toEqual(['sum(g)', 'sum(g)']);
    poller.setPlan(visible('gauge', 'shares'));
    await tick();
    expect(held.map((call) => call.signal.aborted)).toEqual([false, false]);
    for (const call of held) call.settle([]);
    await tick();
    // Right after the cycle in flight, not at the next refresh (sum(g)'s range is cached).
    expect(client.calls.slice(2).map((call) => `${call.type} ${call.expr}`)).toEqual([
      'instant sum by (x) (increase(c_total[1h]))',
      'instant sum(g)',
    ]);
  });
});
