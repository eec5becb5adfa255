// The shared poll loop with fake timers, driven by a cycle the test ends by hand.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {createPollLoop, type PollLoop} from '../../source/poller/loop.js';

let loop: PollLoop | undefined;
beforeEach(() => vi.useFakeTimers({now: 0}));
afterEach(() => {
  loop?.stop();
  vi.useRealTimers();
});

/** Each cycle waits until the test ends it; `started` holds the time each began. */
function setup(refreshMs = 10_000) {
  const started: number[] = [];
  const signals: AbortSignal[] = [];
  const ends: (() => void)[] = [];
  const committed: number[] = [];
  loop = createPollLoop({
    refreshMs,
    random: () => 0,
    cycle: (signal) =>
      new Promise((resolve) => {
        started.push(Date.now());
        signals.push(signal);
        ends.push(() => resolve({down: false, commit: (delay) => void committed.push(delay)}));
      }),
  });
  const end = async (): Promise<void> => {
    ends.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return {loop, started, signals, committed, ends, end};
}

describe('the poll loop', () => {
  it('restart aborts the cycle in flight, drops its commit, and polls at once even while paused', async () => {
    const {loop, started, signals, committed, end} = setup();
    loop.start();
    loop.setPaused(true);
    expect(signals[0]?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    loop.restart();
    expect(started).toEqual([0, 1_000]);
    await end(); // the aborted one: nothing committed
    await end();
    expect(committed).toEqual([10_000]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started).toEqual([0, 1_000]);
  });

  it('keeps a refresh asked twice while paused, whatever interval is set meanwhile', async () => {
    const {loop, started, ends, end} = setup();
    loop.start();
    await end();
    loop.setPaused(true);
    loop.refreshNow();
    loop.refreshNow(); // queued behind the first
    // End the first without running timers: the queued one waits on a timer of 0 ms.
    ends.shift()?.();
    for (let tick = 0; tick < 5; tick++) await Promise.resolve();
    loop.setRefreshMs(5_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0, 0, 0]);
    await end();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started).toEqual([0, 0, 0]);
  });

  // The three pause and refresh scenarios both pollers rely on (poller.ts and alerts-poller.ts
  // share this loop, so they are tested here once).
  it('drops a refresh queued behind a cycle that pausing cancelled', async () => {
    const {loop, started, signals, end} = setup();
    loop.start();
    await end();
    await vi.advanceTimersByTimeAsync(10_000); // the second cycle runs until the test ends it
    loop.refreshNow(); // queued behind it
    loop.setPaused(true);
    expect(signals[1]?.aborted).toBe(true);
    loop.setPaused(false);
    expect(started).toEqual([0, 10_000, 10_000]);
    await end(); // the cancelled one
    await end();
    // One poll on resume, then the usual interval: not a second poll right after it.
    await vi.advanceTimersByTimeAsync(9_999);
    expect(started).toEqual([0, 10_000, 10_000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([0, 10_000, 10_000, 20_000]);
  });

  it('polls once for a refresh while paused, whatever was queued before the pause', async () => {
    const {loop, started, end} = setup();
    loop.start();
    await end();
    await vi.advanceTimersByTimeAsync(10_000);
    loop.refreshNow(); // queued behind the second cycle
    loop.setPaused(true);
    loop.refreshNow();
    expect(started).toEqual([0, 10_000, 10_000]);
    await end(); // the cancelled one
    await end();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(started).toEqual([0, 10_000, 10_000]);
  });

  it('resumed during a refresh asked while paused, polls next at the interval', async () => {
    const {loop, started, committed, end} = setup();
    loop.start();
    await end();
    loop.setPaused(true);
    await vi.advanceTimersByTimeAsync(1_000);
    loop.refreshNow();
    await vi.advanceTimersByTimeAsync(1_000);
    loop.setPaused(false); // the refresh still runs: no second poll now
    expect(started).toEqual([0, 1_000]);
    await end();
    expect(committed).toEqual([10_000, 10_000]);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(started).toEqual([0, 1_000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([0, 1_000, 12_000]);
  });

  it('moves a waiting poll to a new interval', async () => {
    const {loop, started, end} = setup();
    loop.start();
    await end();
    loop.setRefreshMs(3_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(started).toEqual([0, 3_000]);
  });
});
