// The virtual clock of a replay: it starts at the first recorded cycle and moves with real time
// times the speed, stops at the last, and can pause, step between recorded cycles and jump. The
// transitions are pure functions of the state and the real time; createReplayClock holds one
// state for the poller's `clock` and the keys.
import {nextCycleStart, previousCycleStart} from './timeline.js';

export type ReplayClockState = {
  /** First and last recorded times (ms). */
  readonly start: number;
  readonly end: number;
  /** Recorded cycle starts, ascending (timeline.ts). */
  readonly cycles: readonly number[];
  /** Virtual time at the anchor, and the real time of the anchor. */
  readonly anchor: number;
  readonly anchorReal: number;
  readonly speed: number;
  readonly paused: boolean;
};

export function initialClockState(
  cycles: readonly number[],
  end: number,
  realNow: number,
): ReplayClockState {
  const start = cycles[0] ?? end;
  return {start, end, cycles, anchor: start, anchorReal: realNow, speed: 1, paused: false};
}

export function virtualNow(state: ReplayClockState, realNow: number): number {
  if (state.paused) return state.anchor;
  return Math.min(state.end, state.anchor + (realNow - state.anchorReal) * state.speed);
}

const clamp = (state: ReplayClockState, time: number): number =>
  Math.min(state.end, Math.max(state.start, time));

/** Jumps to `time` (clamped to the recording) keeping pause and speed. */
export const seek = (state: ReplayClockState, time: number, realNow: number): ReplayClockState => ({
  ...state,
  anchor: clamp(state, time),
  anchorReal: realNow,
});

export const pause = (state: ReplayClockState, realNow: number): ReplayClockState =>
  state.paused ? state : {...seek(state, virtualNow(state, realNow), realNow), paused: true};

export const resume = (state: ReplayClockState, realNow: number): ReplayClockState =>
  state.paused ? {...state, anchorReal: realNow, paused: false} : state;

export function setSpeed(
  state: ReplayClockState,
  speed: number,
  realNow: number,
): ReplayClockState {
  if (!(speed > 0) || !Number.isFinite(speed)) return state;
  return {...seek(state, virtualNow(state, realNow), realNow), speed};
}

export function stepForward(state: ReplayClockState, realNow: number): ReplayClockState {
  const next = nextCycleStart(state.cycles, virtualNow(state, realNow));
  return seek(state, Number.isFinite(next) ? next : state.end, realNow);
}

/** To the start of the current cycle, or of the previous one when already at a start. */
export function stepBack(state: ReplayClockState, realNow: number): ReplayClockState {
  const previous = previousCycleStart(state.cycles, virtualNow(state, realNow));
  return seek(state, previous ?? state.start, realNow);
}

export type ReplayClock = {
  /** Virtual ms since the epoch: give this to the poller as its clock. */
  readonly now: () => number;
  readonly state: () => ReplayClockState;
  pause(): void;
  resume(): void;
  setSpeed(speed: number): void;
  stepForward(): void;
  stepBack(): void;
  seek(time: number): void;
  toStart(): void;
  toEnd(): void;
};

export function createReplayClock(
  cycles: readonly number[],
  end: number,
  realClock: () => number,
): ReplayClock {
  let state = initialClockState(cycles, end, realClock());
  const apply = (change: (current: ReplayClockState, realNow: number) => ReplayClockState) => {
    state = change(state, realClock());
  };
  return {
    now: () => virtualNow(state, realClock()),
    state: () => state,
    pause: () => apply(pause),
    resume: () => apply(resume),
    setSpeed: (speed) => apply((current, real) => setSpeed(current, speed, real)),
    stepForward: () => apply(stepForward),
    stepBack: () => apply(stepBack),
    seek: (time) => apply((current, real) => seek(current, time, real)),
    toStart: () => apply((current, real) => seek(current, current.start, real)),
    toEnd: () => apply((current, real) => seek(current, current.end, real)),
  };
}
