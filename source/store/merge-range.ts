// Merging a tail query into the cached answer of a range query. Within the tail's window the tail
// is the truth (late samples replace earlier ones, a point that became a gap goes); before it the
// cached points stay, so a series that vanished keeps its old points until they fall out of the
// range. The result is what a full refetch of the same grid returns, ordered as Prometheus orders
// a matrix (by label set).
import type {Labels, RangeWindow, Sample, Series} from '../prometheus/types.js';

/** Label pairs sorted by name: the identity of a series. */
const sortedPairs = (labels: Labels): [string, string][] =>
  Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const seriesKey = (labels: Labels): string => JSON.stringify(sortedPairs(labels));

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Prometheus' labels.Compare: pair by pair, name then value; a prefix sorts first. */
export function compareLabels(a: Labels, b: Labels): number {
  const left = sortedPairs(a);
  const right = sortedPairs(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const [nameA, valueA] = left[index] as [string, string];
    const [nameB, valueB] = right[index] as [string, string];
    const order = compareText(nameA, nameB) || compareText(valueA, valueB);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

type Building = {readonly labels: Labels; readonly samples: Sample[]};

/**
 * `cached` answered the query over an earlier window of the same grid; `tail` answers it over
 * `fetched` (which ends where `window` ends). Returns the series over `window`: points before
 * `window.start` are trimmed, and series left without points are dropped.
 */
export function mergeRange(
  cached: readonly Series[],
  tail: readonly Series[],
  fetched: RangeWindow,
  window: RangeWindow,
): Series[] {
  const merged = new Map<string, Building>();
  const take = (series: Series, keep: (timestamp: number) => boolean): void => {
    const key = seriesKey(series.labels);
    const into = merged.get(key) ?? {labels: series.labels, samples: []};
    merged.set(key, into);
    for (const sample of series.samples) if (keep(sample[0])) into.samples.push(sample);
  };
  for (const series of cached) {
    take(series, (timestamp) => timestamp >= window.start && timestamp < fetched.start);
  }
  for (const series of tail) {
    take(series, (timestamp) => timestamp >= fetched.start && timestamp <= window.end);
  }
  return [...merged.values()]
    .filter((series) => series.samples.length > 0)
    .sort((a, b) => compareLabels(a.labels, b.labels));
}
