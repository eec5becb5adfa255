// What incremental range queries remember: per query (expression, step and span), the series over
// the last window fetched. The poller asks the cache which window to fetch (the tail, or all of
// it) and hands it the answer to merge. A full refetch happens on the first fetch, after another
// step or range, every `fullEveryMs` in case anything was missed, and when the clock went back.
// While the grid has not moved, a query is asked at most once more: after the late-sample margin
// of its newest point, to pick up samples that arrived late. Otherwise Prometheus would send the
// same points again.
import {tailOverlapSteps, tailWindow} from '../prometheus/query.js';
import type {RangeWindow, Series} from '../prometheus/types.js';
import {mergeRange} from './merge-range.js';

export type RangeCache = {
  /** The window to ask Prometheus for to fill `window` of this query. */
  fetchWindow(key: string, window: RangeWindow): RangeWindow;
  /** The cached series when they are still the answer over `window`: nothing to ask. */
  current(key: string, window: RangeWindow): readonly Series[] | undefined;
  /**
   * Whether an answer over `fetched` can be folded into the cache: a whole window always can; a
   * tail only while the cached points still reach it on the same grid (the cache may have changed
   * since the tail was planned). A tail that cannot must be fetched whole instead.
   */
  merges(key: string, window: RangeWindow, fetched: RangeWindow): boolean;
  /**
   * Folds the answer over `fetched` into the cache; returns the series over all of `window`. A
   * tail that `merges` refuses is not merged: the cache forgets the query and returns the tail.
   */
  settle(
    key: string,
    window: RangeWindow,
    fetched: RangeWindow,
    series: readonly Series[],
  ): readonly Series[];
  /** Forgets a query: its next fetch is whole. */
  forget(key: string): void;
  /** Forgets every query but these (the ones the current plan asks). */
  retain(keys: ReadonlySet<string>): void;
};

export type RangeCacheOptions = {
  /** Milliseconds since the epoch. */
  readonly clock: () => number;
  /** How often a query is fetched whole even when a tail would do (default 10 minutes). */
  readonly fullEveryMs?: number;
  /**
   * How long after a grid point's time samples may still arrive for it (default 15 s, the
   * seed's scrape interval). An answer taken later than this after the newest point is final.
   */
  readonly lateMs?: number;
};

type Entry = {
  readonly window: RangeWindow;
  readonly series: readonly Series[];
  /** Clock time of the last full fetch, and of the last answer. */
  readonly fullAt: number;
  readonly settledAt: number;
};

/** Same expression, step and span: one cached answer. */
export const rangeCacheKey = (expr: string, window: RangeWindow): string =>
  `${window.step} ${window.end - window.start} ${expr}`;

const isWhole = (fetched: RangeWindow, window: RangeWindow): boolean =>
  fetched.start <= window.start && fetched.end === window.end && fetched.step === window.step;

/** The cached points reach the tail on the same grid. */
const reaches = (entry: Entry | undefined, window: RangeWindow, fetched: RangeWindow): boolean =>
  entry !== undefined &&
  tailWindow(entry.window, window) !== undefined &&
  entry.window.end + window.step >= fetched.start;

/**
 * Steps before the cached end a tail asks again: the usual overlap, and on a grid finer than the
 * late-sample margin, back to the oldest point that was not yet final when last answered.
 */
function overlapSteps(entry: Entry, lateMs: number): number {
  const {end, step} = entry.window;
  const finalUpTo = (entry.settledAt - lateMs) / 1000;
  return Math.max(tailOverlapSteps, Math.ceil((end - finalUpTo) / step) - 1);
}

export function createRangeCache(options: RangeCacheOptions): RangeCache {
  const {clock, fullEveryMs = 600_000, lateMs = 15_000} = options;
  const entries = new Map<string, Entry>();
  const tailOf = (entry: Entry | undefined, window: RangeWindow, now: number) => {
    if (entry === undefined || now < entry.settledAt || now - entry.fullAt >= fullEveryMs) {
      return undefined;
    }
    return tailWindow(entry.window, window, overlapSteps(entry, lateMs));
  };
  return {
    fetchWindow: (key, window) => tailOf(entries.get(key), window, clock()) ?? window,
    current(key, window) {
      const now = clock();
      const entry = entries.get(key);
      if (entry === undefined || tailOf(entry, window, now) === undefined) return undefined;
      const same = entry.window.start === window.start && entry.window.end === window.end;
      // The newest point is final once answered after the late-sample margin; until the margin
      // has passed, asking again would only catch some late samples early: wait, then ask once.
      const finalAt = window.end * 1000 + lateMs;
      return same && (entry.settledAt >= finalAt || now < finalAt) ? entry.series : undefined;
    },
    merges: (key, window, fetched) =>
      isWhole(fetched, window) || reaches(entries.get(key), window, fetched),
    settle(key, window, fetched, series) {
      const now = clock();
      const entry = entries.get(key);
      if (isWhole(fetched, window)) {
        entries.set(key, {window, series, fullAt: now, settledAt: now});
        return series;
      }
      if (entry === undefined || !reaches(entry, window, fetched)) {
        entries.delete(key);
        return series;
      }
      const merged = mergeRange(entry.series, series, fetched, window);
      entries.set(key, {window, series: merged, fullAt: entry.fullAt, settledAt: now});
      return merged;
    },
    forget: (key) => void entries.delete(key),
    retain(keys) {
      for (const key of entries.keys()) if (!keys.has(key)) entries.delete(key);
    },
  };
}
