// The series and instant values of a panel's results, named by their queries' legends.
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
};

export type NamedValue = {
  readonly name: string;
  readonly queryIndex: number;
  readonly labels: Labels;
  readonly value: number;
  readonly thresholds: Thresholds | undefined;
};

const thresholdsOf = (spec: PanelSpec, queryIndex: number): Thresholds | undefined =>
  spec.queries[queryIndex]?.thresholds ?? spec.thresholds;

/** Every range series of the results, in query order. */
export function rangeSeries(spec: PanelSpec, results: readonly QueryResult[]): NamedSeries[] {
  return results.flatMap((result) =>
    result.type !== 'range'
      ? []
      : result.series.map((series) => ({
          name: legendName(spec.queries[result.queryIndex]?.legend, series.labels),
          queryIndex: result.queryIndex,
          samples: series.samples,
          columns: toColumns(series.samples, result.window),
          window: result.window,
          thresholds: thresholdsOf(spec, result.queryIndex),
        })),
  );
}

/** Every instant sample of the results, in query order. */
export function instantValues(spec: PanelSpec, results: readonly QueryResult[]): NamedValue[] {
  return results.flatMap((result) =>
    result.type !== 'instant'
      ? []
      : result.samples.map((sample) => ({
          name: legendName(spec.queries[result.queryIndex]?.legend, sample.labels),
          queryIndex: result.queryIndex,
          labels: sample.labels,
          value: sample.value,
          thresholds: thresholdsOf(spec, result.queryIndex),
        })),
  );
}

/** True when no query returned any series or sample. */
export const isEmpty = (results: readonly QueryResult[]): boolean =>
  results.every((result) =>
    result.type === 'range' ? result.series.length === 0 : result.samples.length === 0,
  );

export type SeriesStats = {
  /** The last sample's value (NaN stays NaN); undefined without samples. */
  readonly current: number | undefined;
  readonly min: number | undefined;
  readonly max: number | undefined;
};

/** Current value, and min and max of the finite values. */
export function seriesStats(samples: readonly Sample[]): SeriesStats {
  let min: number | undefined;
  let max: number | undefined;
  for (const [, value] of samples) {
    if (!Number.isFinite(value)) continue;
    if (min === undefined || value < min) min = value;
    if (max === undefined || value > max) max = value;
  }
  return {current: headlineValue(samples).value, min, max};
}

/** How old a value may be and still count as now: at `now` (ms), at most `maxAgeMs` old. */
export type Freshness = {readonly now: number; readonly maxAgeMs: number};

export type Headline = {
  /** The value presented as "now" (NaN stays NaN); undefined without samples. */
  readonly value: number | undefined;
  /** Its sample time (ms); undefined without samples. */
  readonly at: number | undefined;
  /** False when the sample is older than the freshness bound; true when no bound is given. */
  readonly fresh: boolean;
};

/**
 * The one definition of a series' current value and whether it is fresh enough to act on: every
 * number shown or judged as "now" (panels, --json, the exit status) comes from here.
 */
export function headlineValue(samples: readonly Sample[], freshness?: Freshness): Headline {
  const newest = samples.at(-1);
  if (newest === undefined) return {value: undefined, at: undefined, fresh: false};
  const at = newest[0] * 1000;
  const fresh = freshness === undefined || freshness.now - at <= freshness.maxAgeMs;
  return {value: newest[1], at, fresh};
}

/**
 * Prometheus' newest data is up to a scrape behind, and the poll up to a refresh: a value older
 * than two scrape intervals plus one refresh has stopped being "now".
 */
export const stalenessBoundMs = (scrapeIntervalSeconds: number, refreshMs: number): number =>
  2 * scrapeIntervalSeconds * 1000 + refreshMs;
