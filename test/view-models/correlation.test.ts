import {describe, expect, it} from 'vitest';
import type {Sample} from '../../source/prometheus/types.js';
import {correlate, pearson, sharedPoints} from '../../source/view-models/correlation.js';

const series = (values: readonly (number | undefined)[]): Sample[] =>
  values.flatMap((value, index) => (value === undefined ? [] : [[index * 60, value] as const]));

describe('correlate', () => {
  it.each<[string, (number | undefined)[], (number | undefined)[], number | undefined]>([
    ['perfectly correlated', [1, 2, 3, 4], [10, 20, 30, 40], 1],
    ['perfectly anti-correlated', [1, 2, 3, 4], [8, 6, 4, 2], -1],
    ['uncorrelated', [1, 2, 3, 4], [1, -1, -1, 1], 0],
    ['only pairwise-present points count', [1, 2, undefined, 3, 100], [2, 4, 50, 6, undefined], 1],
    ['NaN points are skipped', [1, Number.NaN, 2, 3], [1, 9, 2, 3], 1],
    ['fewer than 3 shared points: undefined', [1, 2, undefined], [1, undefined, 3], undefined],
    ['exactly 3 shared points are enough', [1, 2, 3], [1, 2, 4], 0.9819805060619657],
    ['zero variance: undefined', [5, 5, 5, 5], [1, 2, 3, 4], undefined],
  ])('%s', (_name, a, b, expected) => {
    const r = correlate(series(a), series(b));
    if (expected === undefined) expect(r).toBeUndefined();
    else expect(r).toBeCloseTo(expected, 12);
  });

  it('pairs points by timestamp', () => {
    expect(
      sharedPoints(
        [
          [0, 1],
          [60, 2],
        ],
        [
          [60, 20],
          [120, 30],
        ],
      ),
    ).toEqual([[2, 20]]);
  });

  it('pearson of no pairs is undefined', () => {
    expect(pearson([])).toBeUndefined();
  });
});
