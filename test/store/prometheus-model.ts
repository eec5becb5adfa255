// A stand-in for Prometheus' range evaluation in merge tests: each series is a function of time
// (undefined where it has no point), evaluated on a query_range grid. Series come back sorted by
// label set and without empty series, as Prometheus returns a matrix.
import type {RangeWindow, Series} from '../../source/prometheus/types.js';
import {compareLabels} from '../../source/store/merge-range.js';

export type Model = Readonly<Record<string, (timestamp: number) => number | undefined>>;

export function evaluate(model: Model, window: RangeWindow): Series[] {
  const series: Series[] = [];
  for (const [name, value] of Object.entries(model)) {
    const samples: [number, number][] = [];
    for (let timestamp = window.start; timestamp <= window.end; timestamp += window.step) {
      const point = value(timestamp);
      if (point !== undefined) samples.push([timestamp, point]);
    }
    if (samples.length > 0) series.push({labels: {series: name}, samples});
  }
  return series.sort((a, b) => compareLabels(a.labels, b.labels));
}

/** A window of `points` points on a grid of `step` ending at `end`. */
export const windowOf = (end: number, points: number, step: number): RangeWindow => ({
  start: end - (points - 1) * step,
  end,
  step,
});
