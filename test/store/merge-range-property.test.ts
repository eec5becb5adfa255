// The range-cache merge against a fresh full fetch, for random data: series that come and go, gaps,
// late samples within the overlap (the cached answer saw them missing or different), and windows
// that move by any number of steps. Whatever happens, the merged answer must be exactly what
// Prometheus would answer for the whole window now.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {RangeWindow, Sample, Series} from '../../source/prometheus/types.js';
import {tailWindow} from '../../source/prometheus/query.js';
import {compareLabels, mergeRange} from '../../source/store/merge-range.js';

const step = 15;

/** Prometheus' answer over a window: every series with a point in it, by label set. */
function fetch(
  truth: ReadonlyMap<string, ReadonlyMap<number, number>>,
  window: RangeWindow,
): Series[] {
  const series: Series[] = [];
  for (const [name, points] of truth) {
    const samples: Sample[] = [];
    for (let time = window.start; time <= window.end; time += window.step) {
      const value = points.get(time);
      if (value !== undefined) samples.push([time, value]);
    }
    if (samples.length > 0) series.push({labels: {instance: name}, samples});
  }
  return series.sort((a, b) => compareLabels(a.labels, b.labels));
}

const scenario = fc.record({
  points: fc.integer({min: 3, max: 30}),
  moved: fc.integer({min: 1, max: 40}),
  overlap: fc.integer({min: 0, max: 3}),
  // Per series and per step: a value, or a gap (null).
  values: fc.array(
    fc.array(fc.option(fc.integer({min: -5, max: 50}), {nil: undefined}), {
      minLength: 80,
      maxLength: 80,
    }),
    {minLength: 1, maxLength: 4},
  ),
  // Late changes: which of the newest cached points (those the tail asks again) the first fetch
  // saw otherwise.
  late: fc.array(
    fc.tuple(fc.nat(3), fc.nat(2), fc.option(fc.integer({min: 100, max: 200}), {nil: undefined})),
    {maxLength: 6},
  ),
});

describe('mergeRange', () => {
  it('equals a fresh full fetch for any overlap, gaps, late samples and moves', () => {
    fc.assert(
      fc.property(scenario, ({points, moved, overlap, values, late}) => {
        const first: RangeWindow = {start: 1_000 * step, end: (1_000 + points - 1) * step, step};
        const second: RangeWindow = {
          start: first.start + moved * step,
          end: first.end + moved * step,
          step,
        };
        const truth = new Map(
          values.map((row, index) => [
            `s${index}`,
            new Map(
              row.flatMap((value, offset) =>
                value === undefined ? [] : [[first.start + offset * step, value] as const],
              ),
            ),
          ]),
        );
        // What the first fetch saw: the newest `overlap` points of some series were late
        // (missing, or with a value that was corrected since).
        const early = new Map([...truth].map(([name, series]) => [name, new Map(series)]));
        for (const [seriesIndex, fromEnd, value] of late) {
          if (fromEnd > overlap) continue;
          const series = early.get(`s${seriesIndex % values.length}`);
          const time = first.end - fromEnd * step;
          if (value === undefined) series?.delete(time);
          else series?.set(time, value);
        }
        const cached = fetch(early, first);
        // The tail the poller asks for (prometheus/query.ts); none: the whole window is fetched.
        const fetched = tailWindow(first, second, overlap) ?? second;
        const tail = fetch(truth, fetched);
        expect(mergeRange(cached, tail, fetched, second)).toEqual(fetch(truth, second));
      }),
      {numRuns: 500},
    );
  });
});
