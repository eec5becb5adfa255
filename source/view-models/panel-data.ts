// The series and instant values of a panel's results, each with its name and field (the query's
// legend, the panel's displayName and overrides: series-fields.ts); hidden series left out.
import {isDrawn} from '../dashboards/histogram.js';
import type {PanelSpec, Thresholds} from '../dashboards/spec.js';
import {topByValue} from '../prometheus/rank.js';
import type {InstantSample, Labels, RangeWindow, Sample} from '../prometheus/types.js';
import type {QueryResult} from '../store/panel-state.js';
import {mayHide, seriesField, type SeriesField} from './series-fields.js';
import {toColumns, type Column} from './sparkline.js';

/** A series' value now and its sample time (unix seconds); see rangeSeries. */
export type CurrentValue = {
  readonly value: number | undefined;
  readonly time: number | undefined;
  /** True when it comes from the instant query at poll time, false for the chart's last point. */
  readonly instant: boolean;
};

export type NamedSeries = {
  readonly name: string;
  /** Its name, unit, decimals and bounds (series-fields.ts); `name` is `field.name`. */
  readonly field: SeriesField;
  readonly queryIndex: number;
  readonly labels: Labels;
  readonly samples: readonly Sample[];
  /** One value per column of the window's grid; the newest shows the current value. */
  readonly columns: readonly Column[];
  readonly window: RangeWindow;
  readonly thresholds: Thresholds | undefined;
  readonly current: CurrentValue;
  /** Sample times where the value is a quantile above its histogram's top bucket (`> 5s`). */
  readonly aboveTopBucket: ReadonlySet<number>;
};

export type NamedValue = {
  readonly name: string;
  readonly field: SeriesField;
  readonly queryIndex: number;
  readonly labels: Labels;
  readonly value: number;
  readonly thresholds: Thresholds | undefined;
  /** The value is a quantile above its histogram's top bucket (`> 5s`). */
  readonly aboveTopBucket: boolean;
};

const thresholdsOf = (spec: PanelSpec, queryIndex: number): Thresholds | undefined =>
  spec.queries[queryIndex]?.thresholds ?? spec.thresholds;

/**
 * Every range series of the results, in query order, each with its value now: the instant answer's
 * sample with the same label set (none when the answer lacks it), or the chart's last point when
 * there is no instant answer. A series in the instant answer only (younger than one step) comes
 * after the others, its newest column alone filled.
 */
export function rangeSeries(spec: PanelSpec, results: readonly QueryResult[]): NamedSeries[] {
  return topRangeSeries(spec, results, Number.POSITIVE_INFINITY).series;
}

/**
 * Which series a view keeps (the zoom's `/` filter), by query and labels, and its name when
 * already known (series-fields.ts).
 */
export type SeriesFilter = (queryIndex: number, labels: Labels, name?: string) => boolean;

/**
 * At most `keep` of the series rangeSeries gives (those `include` accepts): those of highest
 * value now, in their order, ranked before their columns are built (a panel of a thousand series
 * draws a frame in the time of the few it shows); how many were accepted, and how many there are.
 */
export function topRangeSeries(
  spec: PanelSpec,
  results: readonly QueryResult[],
  keep: number,
  include?: SeriesFilter,
): {readonly series: NamedSeries[]; readonly total: number; readonly unfiltered: number} {
  // A filter reads names: every series is named once, before it is filtered and ranked.
  const all = results.flatMap((result) =>
    result.type === 'range' && drawn(spec, result)
      ? candidatesOf(spec, result, include !== undefined)
      : [],
  );
  const accepted =
    include === undefined
      ? all
      : all.filter((one) => include(one.result.queryIndex, one.labels, one.field?.name));
  const kept = topByValue(accepted, keep, (candidate) => candidate.current.value);
  return {
    series: kept.map((candidate) => named(spec, results, candidate)),
    total: accepted.length,
    unfiltered: all.length,
  };
}

const drawn = (spec: PanelSpec, result: QueryResult): boolean =>
  isDrawn(spec.queries[result.queryIndex]);

/**
 * The times at which the checks of query `queryIndex` (source/dashboards/histogram.ts) say its
 * series with these labels is above its top bucket: over the range and now (their instant answer).
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
    const instant = result.type === 'range' ? result.fresh : result;
    const samples: Sample[] = [
      ...(result.type === 'range'
        ? result.series
            .filter((each) => labelsKey(each.labels) === key)
            .flatMap((each) => each.samples)
        : []),
      ...(instant === undefined
        ? []
        : instant.samples
            .filter((each) => labelsKey(each.labels) === key)
            .map((each): Sample => [instant.time, each.value])),
    ];
    for (const [time, value] of samples) if (value === 1) times.add(time);
  }
  return times;
}

type RangeResult = Extract<QueryResult, {readonly type: 'range'}>;

/** Label sets as a key: the same labels in any order give the same key. */
export const labelsKey = (labels: Labels): string =>
  JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** A series of a range answer before its columns are built. */
type Candidate = {
  readonly result: RangeResult;
  readonly labels: Labels;
  readonly samples: readonly Sample[];
  readonly now: InstantSample | undefined;
  readonly current: CurrentValue;
  /** Named before ranking only when filtered, or when an override may hide it (mayHide). */
  readonly field: SeriesField | undefined;
};

/** The series of a range answer, those that an override hides left out. */
function candidatesOf(spec: PanelSpec, result: RangeResult, named: boolean): Candidate[] {
  const all = rangeCandidates(result);
  if (!named && !mayHide(spec)) return all;
  return all
    .map((one) => ({...one, field: seriesField(spec, result.queryIndex, one.labels)}))
    .filter((one) => !one.field.hidden);
}

function rangeCandidates(result: RangeResult): Candidate[] {
  const fresh = new Map(
    (result.fresh?.samples ?? []).map((sample) => [labelsKey(sample.labels), sample]),
  );
  const asked = result.fresh !== undefined;
  const candidates: Candidate[] = result.series.map((one) => {
    const key = labelsKey(one.labels);
    const now = fresh.get(key);
    fresh.delete(key);
    const current = currentValue(asked, now, one.samples.at(-1));
    return {result, labels: one.labels, samples: one.samples, now, current, field: undefined};
  });
  for (const now of fresh.values()) {
    const current = currentValue(asked, now, undefined);
    candidates.push({result, labels: now.labels, samples: [], now, current, field: undefined});
  }
  return candidates;
}

function named(
  spec: PanelSpec,
  results: readonly QueryResult[],
  {result, labels, samples, now, current, field: named}: Candidate,
): NamedSeries {
  const field = named ?? seriesField(spec, result.queryIndex, labels);
  const columns = toColumns(samples, result.window);
  // Absent from an instant answer, a series has no value now (it recovered, or its target
  // went away): its newest column is a gap and its value none, not an old one in red.
  if (result.fresh !== undefined && columns.length > 0) columns[columns.length - 1] = now?.value;
  return {
    name: field.name,
    field,
    queryIndex: result.queryIndex,
    labels,
    samples,
    columns,
    window: result.window,
    thresholds: thresholdsOf(spec, result.queryIndex),
    current,
    aboveTopBucket: aboveTopBucketTimes(spec, results, result.queryIndex, labels),
  };
}

function currentValue(
  asked: boolean,
  now: InstantSample | undefined,
  last: Sample | undefined,
): CurrentValue {
  if (now !== undefined) return {value: now.value, time: now.timestamp, instant: true};
  if (asked) return {value: undefined, time: undefined, instant: true};
  return {value: last?.[1], time: last?.[0], instant: false};
}

/** Every instant sample of the results, in query order; those an override hides left out. */
export function instantValues(spec: PanelSpec, results: readonly QueryResult[]): NamedValue[] {
  return results.flatMap((result) =>
    result.type !== 'instant' || !drawn(spec, result)
      ? []
      : result.samples.flatMap((sample) => {
          const field = seriesField(spec, result.queryIndex, sample.labels);
          if (field.hidden) return [];
          const above = aboveTopBucketTimes(spec, results, result.queryIndex, sample.labels);
          return [
            {
              name: field.name,
              field,
              queryIndex: result.queryIndex,
              labels: sample.labels,
              value: sample.value,
              thresholds: thresholdsOf(spec, result.queryIndex),
              aboveTopBucket: above.has(result.time),
            },
          ];
        }),
  );
}

/** True when no drawn query returned any series or sample. */
export const isEmpty = (spec: PanelSpec, results: readonly QueryResult[]): boolean =>
  results.every(
    (result) =>
      !drawn(spec, result) ||
      (result.type === 'range'
        ? result.series.length === 0 && (result.fresh?.samples.length ?? 0) === 0
        : result.samples.length === 0),
  );

export type SeriesStats = {
  /** The value now (NaN stays NaN); undefined without one. */
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

/** A named series' value now, and min and max over the range and that value. */
export function namedStats(series: NamedSeries): SeriesStats {
  const {value, time} = series.current;
  const now: Sample[] = value === undefined || time === undefined ? [] : [[time, value]];
  const {min, max, maxAbove} = seriesStats([...series.samples, ...now], series.aboveTopBucket);
  const currentAbove = time !== undefined && series.aboveTopBucket.has(time);
  return {current: value, min, max, currentAbove, maxAbove};
}
