// Query building: the query_range grid for a chart (and a query's own step options).
import type {RangeWindow} from './types.js';

/** Prometheus refuses a query_range of more than 11,000 points per series. */
export const maxPointsPerSeries = 11_000;

/** The scrape interval assumed when none is given: the seed's 15 s. */
export const defaultScrapeIntervalSeconds = 15;

/**
 * One point per chart column. The step is a whole number of seconds, and start and end are
 * multiples of it, so that consecutive polls ask for the same grid and the points do not wobble.
 * There are at most `chartWidth` (and never more than 11,000) points, covering `rangeSeconds`
 * up to the newest whole step.
 */
export function rangeWindow(
  nowSeconds: number,
  rangeSeconds: number,
  chartWidth: number,
): RangeWindow {
  const range = Math.max(1, Math.ceil(rangeSeconds));
  const points = Math.min(Math.max(1, Math.floor(chartWidth)), maxPointsPerSeries);
  const step = Math.max(1, Math.ceil(range / points));
  const end = Math.floor(nowSeconds / step) * step;
  const start = end - (Math.ceil(range / step) - 1) * step;
  return {start, end, step};
}

/** Grafana's step options of a target (dashboards/spec.ts QuerySpec). */
export type StepOptions = {
  readonly minIntervalSeconds?: number;
  readonly intervalFactor?: number;
  readonly maxDataPoints?: number;
};

/**
 * A query's window with Grafana's step options: step = max(range / min(chartWidth,
 * maxDataPoints), minIntervalSeconds) x intervalFactor, in whole seconds, and never more than
 * 11,000 points. A query without options gets rangeWindow's grid, one point per column.
 */
export function queryWindow(
  nowSeconds: number,
  rangeSeconds: number,
  chartWidth: number,
  options: StepOptions,
): RangeWindow {
  const {minIntervalSeconds, intervalFactor, maxDataPoints} = options;
  if (
    minIntervalSeconds === undefined &&
    intervalFactor === undefined &&
    maxDataPoints === undefined
  ) {
    return rangeWindow(nowSeconds, rangeSeconds, chartWidth);
  }
  const range = Math.max(1, Math.ceil(rangeSeconds));
  const points = Math.max(1, Math.floor(Math.min(chartWidth, maxDataPoints ?? Infinity)));
  const interval = Math.max(range / points, minIntervalSeconds ?? 0);
  const factor = intervalFactor !== undefined && intervalFactor > 0 ? intervalFactor : 1;
  const step = Math.max(1, Math.ceil(interval * factor), Math.ceil(range / maxPointsPerSeries));
  const end = Math.floor(nowSeconds / step) * step;
  const start = end - Math.max(0, Math.ceil(range / step) - 1) * step;
  return {start, end, step};
}

/** How many points a window holds per series. */
export const windowPoints = (window: RangeWindow): number =>
  Math.floor((window.end - window.start) / window.step) + 1;

/** Seconds as a Prometheus duration: 90 -> `1m30s`, 3600 -> `1h`, 0 -> `0s`. */
export function formatDurationSeconds(seconds: number): string {
  let rest = Math.max(0, Math.ceil(seconds));
  let text = '';
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * size;
  }
  return text === '' ? '0s' : text;
}

/**
 * Grafana's `$__rate_interval` in seconds: max(4 x scrape interval, step + scrape interval), as
 * documented on QuerySpec (dashboards/spec.ts).
 */
export const rateIntervalSeconds = (step: number, scrapeIntervalSeconds: number): number =>
  Math.max(4 * scrapeIntervalSeconds, step + scrapeIntervalSeconds);

/**
 * How old a value may be before it is shown as stale: two scrape intervals (a missed scrape is
 * normal) plus one refresh (the value is as old as the poll that read it).
 */
export const staleAfterMs = (scrapeIntervalSeconds: number, refreshMs: number): number =>
  2 * scrapeIntervalSeconds * 1000 + refreshMs;

/** Steps a tail query asks again before the previous end, for samples that arrived late. */
export const tailOverlapSteps = 2;

/**
 * The part of `next` to ask Prometheus for when the answer over `previous` is cached (Grafana's
 * incremental querying): from the previous end minus `overlapSteps` steps to the new end, on the
 * same grid. Undefined when the whole of `next` must be fetched: another step or span (a resize,
 * a range change), a grid that does not line up, a clock that went back, or a gap so long that
 * the tail would cover the whole range anyway.
 */
export function tailWindow(
  previous: RangeWindow,
  next: RangeWindow,
  overlapSteps: number = tailOverlapSteps,
): RangeWindow | undefined {
  const {step} = next;
  const sameGrid =
    previous.step === step &&
    previous.end - previous.start === next.end - next.start &&
    (next.end - previous.end) % step === 0;
  if (!sameGrid || next.end < previous.end) return undefined;
  const start = previous.end - Math.max(0, overlapSteps) * step;
  if (start <= next.start) return undefined;
  return {start, end: next.end, step};
}
