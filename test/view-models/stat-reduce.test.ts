import {describe, expect, it} from 'vitest';
import type {PanelSpec, StatReduce} from '../../source/dashboards/spec.js';
import type {QueryResult} from '../../source/store/panel-state.js';
import {rangeSeries} from '../../source/view-models/panel-data.js';
import {reducedAbove, reducedValue} from '../../source/view-models/stat-reduce.js';

const spec: PanelSpec = {id: 'q', title: 'Q', kind: 'stat', unit: 'count', queries: [{expr: 'q'}]};
const window = {start: 1000, end: 1240, step: 60};

/** One series with samples at 1000, 1060, ... and, when given, the value now at `nowTime`. */
function series(values: readonly number[], now?: readonly [time: number, value: number]) {
  const result: QueryResult = {
    type: 'range',
    queryIndex: 0,
    window,
    series: [{labels: {}, samples: values.map((value, index) => [1000 + index * 60, value])}],
    ...(now === undefined
      ? {}
      : {fresh: {time: now[0], samples: [{labels: {}, timestamp: now[0], value: now[1]}]}}),
  };
  const [named] = rangeSeries(spec, [result]);
  if (named === undefined) throw new Error('one series');
  return named;
}

const all = (values: readonly number[], now?: readonly [number, number]) =>
  Object.fromEntries(
    (['mean', 'max', 'min', 'sum', 'first', 'range', 'diff'] as const).map((reduce: StatReduce) => [
      reduce,
      reducedValue(reduce, series(values, now)),
    ]),
  );

describe('reducedValue', () => {
  it("reduces the range's samples and the value now, when it is newer", () => {
    // 4, 8, 6 in the range, 2 now: mean 20 / 4.
    expect(all([4, 8, 6], [1250, 2])).toEqual({
      mean: 5,
      max: 8,
      min: 2,
      sum: 20,
      first: 4,
      range: 6,
      diff: -2,
    });
  });

  it('counts a value now at the time of the last sample once', () => {
    expect(all([4, 8, 6], [1120, 6])).toMatchObject({mean: 6, sum: 18, diff: 2});
  });

  it('leaves NaN and infinities out, and has no value without a finite one', () => {
    expect(all([Number.NaN, 3, Number.POSITIVE_INFINITY, 5])).toMatchObject({
      mean: 4,
      first: 3,
      range: 2,
    });
    expect(all([Number.NaN])).toEqual({
      mean: undefined,
      max: undefined,
      min: undefined,
      sum: undefined,
      first: undefined,
      range: undefined,
      diff: undefined,
    });
  });
});

describe('reducedAbove', () => {
  // 4, 8, 6 at 1000, 1060, 1120; the 8 at 1060 is a quantile above its top bucket (a lower bound).
  const bounded = {...series([4, 8, 6]), aboveTopBucket: new Set([1060])};
  const marked = (reduce: StatReduce) => reducedAbove(reduce, bounded);

  it('marks a mean or sum that counts a lower bound, and a first or min that is one', () => {
    expect([marked('mean'), marked('sum')]).toEqual([true, true]);
    expect([marked('first'), marked('min')]).toEqual([false, false]);
    const firstBounded = {...series([4, 8, 6]), aboveTopBucket: new Set([1000])};
    expect(reducedAbove('first', firstBounded)).toBe(true);
    expect(reducedAbove('min', firstBounded)).toBe(true);
  });

  it('never marks a spread or a change, and nothing without a bound', () => {
    expect([marked('range'), marked('diff')]).toEqual([false, false]);
    expect(reducedAbove('mean', series([4, 8, 6]))).toBe(false);
  });
});
