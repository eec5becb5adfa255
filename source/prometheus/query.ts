// Query building: the query_range grid for a chart and the placeholders of dashboard queries.
import type {RangeWindow} from './types.js';

/** Prometheus refuses a query_range of more than 11,000 points per series. */
export const maxPointsPerSeries = 11_000;

/** The shortest window for rate()/increase() (see QuerySpec in dashboards/spec.ts). */
export const minRateIntervalSeconds = 300;

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

/** How many points a window holds per series. */
export const windowPoints = (window: RangeWindow): number =>
  Math.floor((window.end - window.start) / window.step) + 1;

/** Seconds as a Prometheus duration: 90 -> `1m30s`, 3600 -> `1h`, 0 -> `0s`. */
export function formatDuration(seconds: number): string {
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
 * Substitutes the dashboard placeholders: `$__rate_interval` = max(5m, step), `$__range` = the
 * dashboard range. Grafana's `$__range_s` and friends are left alone.
 */
export function expandQuery(
  expr: string,
  context: {readonly step: number; readonly rangeSeconds: number},
): string {
  const rateInterval = formatDuration(Math.max(minRateIntervalSeconds, context.step));
  return expr
    .replace(/\$__rate_interval\b/g, rateInterval)
    .replace(/\$__range\b/g, formatDuration(context.rangeSeconds));
}
