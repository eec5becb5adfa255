// The virtual clock of a replay, at exact times: real time times speed from the first recorded
// cycle, stopping at the end; pause, speed, steps between cycles and jumps.
import {describe, expect, it} from 'vitest';
import type {SnapshotEntry} from '../../source/record-replay/format.js';
import {
  createReplayClock,
  initialClockState,
  pause,
  resume,
  seek,
  setSpeed,
  stepBack,
  stepForward,
  virtualNow,
} from '../../source/record-replay/replay-clock.js';
import {cycleStarts} from '../../source/record-replay/timeline.js';

const cycles = [1000, 16_000, 31_000];
const end = 31_050;
const state = initialClockState(cycles, end, 0);

describe('cycleStarts', () => {
  const at = (t: number, durationMs: number): SnapshotEntry => ({
    t,
    durationMs,
    source: 'prometheus',
    request: {method: 'GET', path: '/'},
    response: {status: 200, data: null, bytes: 4},
  });
  it('starts a cycle after 200 ms without a request in flight', () => {
    const entries = [at(1000, 300), at(1000, 50), at(1290, 400), at(1890, 10), at(2101, 5)];
    expect(cycleStarts(entries)).toEqual([1000, 2101]);
  });
  it('has none without entries', () => {
    expect(cycleStarts([])).toEqual([]);
  });
});

describe('replay clock', () => {
  it('starts at the first cycle and moves with real time times the speed', () => {
    expect(virtualNow(state, 0)).toBe(1000);
    expect(virtualNow(state, 5000)).toBe(6000);
    const faster = setSpeed(state, 4, 5000);
    expect(virtualNow(faster, 5000)).toBe(6000);
    expect(virtualNow(faster, 6000)).toBe(10_000);
  });

  it('stops at the last recorded time', () => {
    expect(virtualNow(state, 30_050)).toBe(end);
    expect(virtualNow(state, 90_000)).toBe(end);
  });

  it('stands still while paused and goes on from there', () => {
    const paused = pause(state, 2000);
    expect(virtualNow(paused, 2000)).toBe(3000);
    expect(virtualNow(paused, 9999)).toBe(3000);
    expect(pause(paused, 5000)).toBe(paused);
    const resumed = resume(paused, 10_000);
    expect(virtualNow(resumed, 11_000)).toBe(4000);
    expect(resume(resumed, 12_000)).toBe(resumed);
  });

  it('steps to the next cycle, then to the end', () => {
    const times: number[] = [];
    let current = state;
    for (let press = 0; press < 4; press++) {
      current = stepForward(current, 2000);
      times.push(virtualNow(current, 2000));
    }
    expect(times).toEqual([16_000, 31_000, end, end]);
  });

  it('steps back to the start of the current cycle, or of the previous one at a start', () => {
    const at = (time: number) => pause(seek(state, time, 0), 0);
    expect(virtualNow(stepBack(at(17_000), 0), 0)).toBe(16_000);
    expect(virtualNow(stepBack(at(16_000), 0), 0)).toBe(1000);
    expect(virtualNow(stepBack(at(1000), 0), 0)).toBe(1000);
    expect(stepBack(at(17_000), 0).paused).toBe(true);
  });

  it('jumps within the recording only', () => {
    expect(virtualNow(seek(state, -5, 100), 100)).toBe(1000);
    expect(virtualNow(seek(state, 99_999, 100), 100)).toBe(end);
    expect(virtualNow(seek(state, 20_000, 100), 600)).toBe(20_500);
  });

  it('ignores a speed that is not positive', () => {
    expect(setSpeed(state, 0, 10)).toBe(state);
    expect(setSpeed(state, Number.NaN, 10)).toBe(state);
  });

  it('as an object, follows the real clock it is given', () => {
    let real = 50_000;
    const clock = createReplayClock(cycles, end, () => real);
    real += 2500;
    expect(clock.now()).toBe(3500);
    clock.pause();
    real += 10_000;
    expect(clock.now()).toBe(3500);
    clock.stepForward();
    expect(clock.now()).toBe(16_000);
    clock.stepBack();
    expect(clock.now()).toBe(1000);
    clock.toEnd();
    expect(clock.now()).toBe(end);
    clock.toStart();
    clock.setSpeed(2);
    clock.resume();
    real += 1000;
    expect(clock.now()).toBe(3000);
    clock.seek(30_000);
    real += 1000;
    expect(clock.now()).toBe(end);
    expect(clock.state().speed).toBe(2);
  });
});
