// The series and instant values of a panel's results, named by their queries' legends.
import {isDrawn} from '../dashboards/histogram.js';
import type {PanelSpec, Thresholds} from '../dashboards/spec.js';
import type {Labels, RangeWindow, Sample} from '../prometheus/types.js';
import type {QueryResult} from '../store/panel-state.js';
import {legendName} from './legend.js';
import {toColumns, type Column} from './sparkline.js';

export type NamedSeries = {
  readonly name: string;
  readonly queryIndex: number;
  readonly samples: readonly Sample[];
  /** One value per column of the window's grid. */
  readonly columns: readonly Column[];
  readonly window: RangeWindow;
  readonly thresholds: Thresholds | undefined;
  /** Sample times where the value is a quantile above its histogram's top bucket (`> 5s`). */
  readonly aboveTopBucket: ReadonlySet<number>;
};

export type NamedValue = {
  readonly name: string;
  readonly queryIndex: number;
  readonly labels: Labels;
  readonly value: number;
  readonly thresholds: Thresholds | undefined;
  /** The value is a quantile above its histogram's top bucket (`> 5s`). */
  readonly aboveTopBucket: boolean;
};

const thresholdsOf = (spec: PanelSpec, queryIndex: number): Thresholds | undefined =>
  spec.queries[queryIndex]?.thresholds ?? spec.thresholds;

const drawn = (spec: PanelSpec, result: QueryResult): boolean =>
  isDrawn(spec.queries[result.queryIndex]);

const labelsKey = (labels: Labels): string =>
  JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The times at which the checks of query `queryIndex` (source/dashboards/histogram.ts) say its
 * series with these labels is above its top bucket.
 */
export function aboveTopBucketTimes(
  spec: PanelSpec,
  results: readonly QueryResult[],
  queryIndex: number,
  labels: Labels,
): ReadonlySet<number> {
  const key = labelsKey(labels);
  const times = new Set<number>();
  for (const result of results) {
    if (spec.queries[result.queryIndex]?.aboveTopBucketOf !== queryIndex) continue;
    const samples =
      result.type === 'range'
        ? result.series
            .filter((each) => labelsKey(each.labels) === key)
            .flatMap((each) => each.samples)
        : result.samples
            .filter((each) => labelsKey(each.labels) === key)
            .map((each): Sample => [result.time, each.value]);
    for (const [time, value] of samples) if (value === 1) times.add(time);
  }
  return times;
}

/** Every range series of the results, in query order (the checks are not drawn). */
export function rangeSeries(spec: PanelSpec, results: readonly QueryResult[]): NamedSeries[] {
  return results.flatMap((result) =>
    result.type !== 'range' || !drawn(spec, result)
      ? []
      : result.series.map((series) => ({
          name: legendName(spec.queries[result.queryIndex]?.legend, series.labels),
          queryIndex: result.queryIndex,
          samples: series.samples,
          columns: toColumns(series.samples, result.window),
          window: result.window,
          thresholds: thresholdsOf(spec, result.queryIndex),
          aboveTopBucket: aboveTopBucketTimes(spec, results, result.queryIndex, series.labels),
        })),
  );
}

/** Every instant sample of the results, in query order. */
export function instantValues(spec: PanelSpec, results: readonly QueryResult[]): NamedValue[] {
  return results.flatMap((result) =>
    result.type !== 'instant' || !drawn(spec, result)
      ? []
      : result.samples.map((sample) => ({
          name: legendName(spec.queries[result.queryIndex]?.legend, sample.labels),
          queryIndex: result.queryIndex,
          labels: sample.labels,
          value: sample.value,
          thresholds: thresholdsOf(spec, result.queryIndex),
          aboveTopBucket: aboveTopBucketTimes(spec, results, result.queryIndex, sample.labels).has(
            result.time,
          ),
        })),
  );
}

/** True when no drawn query returned any series or sample. */
export const isEmpty = (spec: PanelSpec, results: readonly QueryResult[]): boolean =>
  results.every(
    (result) =>
      !drawn(spec, result) ||
      (result.type === 'range' ? result.series.length === 0 : result.samples.length === 0),
  );

export type SeriesStats = {
  /** The last sample's value (NaN stays NaN); undefined without samples. */
  readonly current: number | undefined;
  readonly min: number | undefined;
  readonly max: number | undefined;
  /** The current value, or the max, is a quantile above its histogram's top bucket. */
  readonly currentAbove: boolean;
  readonly maxAbove: boolean;
};

/** Current value, and min and max of the finite values. */
export function seriesStats(
  samples: readonly Sample[],
  aboveTopBucket: ReadonlySet<number> = new Set(),
): SeriesStats {
  let min: number | undefined;
  let max: number | undefined;
  for (const [, value] of samples) {
    if (!Number.isFinite(value)) continue;
    if (min === undefined || value < min) min = value;
    if (max === undefined || value > max) max = value;
  }
  const last = samples.at(-1);
  return {
    current: last?.[1],
    min,
    max,
    currentAbove: last !== undefined && aboveTopBucket.has(last[0]),
    // A quantile above the top bucket reads as that bound, which no other value exceeds.
    maxAbove: samples.some(([time, value]) => value === max && aboveTopBucket.has(time)),
  };
}
