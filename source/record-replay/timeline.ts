// The recorded poll cycles: bursts of requests separated by idle time. Replay steps from one
// cycle's start to the next, and answers "as of" the cycle the virtual clock is in.
import type {SnapshotEntry} from './format.js';

/** Requests closer than this to the end of the previous answer belong to the same cycle. */
export const cycleGapMs = 200;

/** Start times (ms) of the recorded poll cycles, ascending. Entries must be sorted by `t`. */
export function cycleStarts(entries: readonly SnapshotEntry[]): readonly number[] {
  const starts: number[] = [];
  let busyUntil = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    if (entry.t > busyUntil + cycleGapMs) starts.push(entry.t);
    busyUntil = Math.max(busyUntil, entry.t + entry.durationMs);
  }
  return starts;
}

/** The first cycle start after `time`, or Infinity in the last cycle. */
export function nextCycleStart(starts: readonly number[], time: number): number {
  return starts.find((start) => start > time) ?? Number.POSITIVE_INFINITY;
}

/** The last cycle start before `time`, or undefined before the first. */
export function previousCycleStart(starts: readonly number[], time: number): number | undefined {
  return starts.findLast((start) => start < time);
}
