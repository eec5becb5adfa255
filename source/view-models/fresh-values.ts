// How old a panel's values are: each value's sample time against the panel's freshness bound
// (two scrape intervals plus one refresh, store/panel-state.ts), at the injected clock's now.
// Used by the panels' status, their legends and --once/--json (one rule for all of them).
import type {PanelSpec, Thresholds} from '../dashboards/spec.js';
import type {Labels} from '../prometheus/types.js';
import {formatDurationSeconds, rateIntervalSeconds} from '../prometheus/query.js';
import {newestDataAt} from '../store/apply-cycle.js';
import type {Freshness, PanelState} from '../store/panel-state.js';
import {formatAge} from './age.js';
import {formatClock} from './clock.js';
import {namedStats, rangeSeries} from './panel-data.js';
import {seriesField} from './series-fields.js';

/**
 * True when a value sampled at `time` (unix seconds) is older than the bound at `now` (ms). A
 * value without a time, or a panel without a bound, is not judged.
 */
export function isStale(
  time: number | undefined,
  now: number,
  freshness: Freshness | undefined,
): boolean {
  if (time === undefined || freshness === undefined) return false;
  return now - time * 1000 > freshness.maxAgeMs;
}

/** "as of 03:12:40, 2m ago" for data sampled at `dataAt` (ms). */
export const asOfText = (dataAt: number, now: number): string =>
  `as of ${formatClock(dataAt / 1000, true)}, ${formatAge(now - dataAt)} ago`;

/** Sample time (ms) of the panel's newest value when it is older than the bound, else undefined. */
export function panelDataAge(state: PanelState | undefined, now: number): number | undefined {
  if (state?.results === undefined || state.freshness === undefined) return undefined;
  const dataAt = newestDataAt(state.results);
  if (dataAt === undefined) return undefined;
  return isStale(dataAt / 1000, now, state.freshness) ? dataAt : undefined;
}

/**
 * The clock a panel is drawn with: the time now when something on it reads the clock (the age of a
 * failed poll, "stale 2m", or of values older than their bound, "as of 03:12:40, 2m ago"), else a
 * constant, so that the one-second tick does not rebuild the view of every fresh panel.
 */
export function panelClock(state: PanelState | undefined, now: number): number {
  if (state === undefined) return 0;
  if (state.stale || state.error !== undefined) return now;
  return panelDataAge(state, now) === undefined ? 0 : now;
}

/** One series' value now as --once and --json report it. */
export type SeriesValue = {
  readonly name: string;
  /** Into PanelSpec.queries. */
  readonly queryIndex: number;
  readonly labels: Labels;
  readonly thresholds: Thresholds | undefined;
  readonly value: number | undefined;
  /** Sample time, unix seconds; undefined without a value. */
  readonly time: number | undefined;
  /** Older than the bound: not a value to act on. */
  readonly stale: boolean;
  readonly min: number | undefined;
  readonly max: number | undefined;
  /** The value is a quantile above its histogram's top bucket: a lower bound (`> 5s`). */
  readonly aboveTopBucket: boolean;
};

/** Every series of a panel with its fresh value, its time and whether it is too old. */
export function panelValues(
  spec: PanelSpec,
  state: PanelState | undefined,
  now: number,
): SeriesValue[] {
  const results = state?.results ?? [];
  const freshness = state?.freshness;
  const ranged = rangeSeries(spec, results).map((series): SeriesValue => {
    const {current: value, min, max, currentAbove: aboveTopBucket} = namedStats(series);
    const {time} = series.current;
    const stale = isStale(time, now, freshness);
    const {name, queryIndex, labels, thresholds} = series;
    return {name, queryIndex, labels, thresholds, value, time, stale, min, max, aboveTopBucket};
  });
  const instant = results.flatMap((result) =>
    result.type !== 'instant'
      ? []
      : result.samples.flatMap((sample): SeriesValue[] => {
          const query = spec.queries[result.queryIndex];
          const field = seriesField(spec, result.queryIndex, sample.labels);
          if (field.hidden) return [];
          const value: SeriesValue = {
            name: field.name,
            queryIndex: result.queryIndex,
            labels: sample.labels,
            thresholds: query?.thresholds ?? spec.thresholds,
            value: sample.value,
            time: sample.timestamp,
            stale: isStale(sample.timestamp, now, freshness),
            min: Number.isFinite(sample.value) ? sample.value : undefined,
            max: Number.isFinite(sample.value) ? sample.value : undefined,
            aboveTopBucket: false,
          };
          return [value];
        }),
  );
  return [...ranged, ...instant];
}

/**
 * What the zoomed panel says of its headline value: "now: rate over 1m (4 x 15s scrape), as of
 * 03:12:40", or the chart's last point when no instant answer came.
 */
export function nowCaption(spec: PanelSpec, state: PanelState, dataAt: number | undefined): string {
  const at = dataAt === undefined ? '' : `, as of ${formatClock(dataAt / 1000, true)}`;
  const instant = (state.results ?? []).some(
    (result) => result.type === 'range' && result.fresh !== undefined,
  );
  if (!instant) return `now: the chart's last point${at}`;
  const scrape = state.freshness?.scrapeIntervalSeconds;
  const rated = spec.queries.some((query) => query.expr.includes('$__rate_interval'));
  if (!rated || scrape === undefined) return `now: instant query${at}`;
  const window = formatDurationSeconds(rateIntervalSeconds(0, scrape));
  return `now: rate over ${window} (4 x ${formatDurationSeconds(scrape)} scrape)${at}`;
}
