import {describe, expect, it} from 'vitest';
import type {Sample} from '../../source/prometheus/types.js';
import {
  blockChart,
  fitColumns,
  sparkline,
  stretchColumns,
  type Scale,
  toColumns,
  type Column,
} from '../../source/view-models/sparkline.js';

const window = {start: 1000, end: 1090, step: 10};
const at = (column: number, value: number): Sample => [1000 + column * 10, value];

describe('toColumns', () => {
  it('places each sample at column (t - start) / step, gaps stay undefined', () => {
    expect(toColumns([at(0, 1), at(2, 3), at(9, 10)], window)).toEqual([
      1,
      undefined,
      3,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      10,
    ]);
  });
  it('drops samples outside the window and keeps NaN as a value', () => {
    expect(
      toColumns([[990, 5], at(1, Number.NaN), [1100, 7]], {start: 1000, end: 1020, step: 10}),
    ).toEqual([undefined, Number.NaN, undefined]);
  });
});

describe('sparkline', () => {
  const zeroToSeven = {min: 0, max: 7};
  it.each<[string, Column[], number, Scale, string]>([
    [
      'bottom..top of the scale over the 8 blocks',
      [0, 1, 2, 3, 4, 5, 6, 7],
      8,
      zeroToSeven,
      '▁▂▃▄▅▆▇█',
    ],
    ['gaps are spaces, never zero', [0, undefined, 7], 3, zeroToSeven, '▁ █'],
    [
      'NaN and infinities are gaps',
      [0, Number.NaN, Infinity, -Infinity, 7],
      5,
      zeroToSeven,
      '▁   █',
    ],
    ['fewer points than cells: padded on the left', [0, 7], 4, zeroToSeven, '  ▁█'],
    // 0 is half of -10..10: 1 + round(0.5 * 7) = 5 eighths.
    ['negative values scale too', [-10, 0, 10], 3, {min: -10, max: 10}, '▁▅█'],
    ['no data at all is blank', [undefined, undefined], 2, zeroToSeven, '  '],
    ['a degenerate scale draws mid-height', [5, 5], 2, {min: 5, max: 5}, '▄▄'],
    ['a degenerate scale at zero draws along the bottom', [0, 0], 2, {min: 0, max: 0}, '▁▁'],
    // 7 is half of 0..14: 1 + round(0.5 * 7) = 5 eighths.
    ['values are placed on the given scale', [0, 7], 2, {min: 0, max: 14}, '▁▅'],
  ])('%s', (_name, values, width, scale, expected) => {
    expect(sparkline(values, width, scale)).toBe(expected);
  });
});

describe('stretchColumns', () => {
  it('spreads fewer points over the cells: the first and last cells keep the window ends', () => {
    // 4 points over 6 cells: cell c shows point floor(c * 4 / 6).
    expect(stretchColumns([1, 2, undefined, 4], 6)).toEqual([1, 1, 2, undefined, undefined, 4]);
  });
  it('merges more points as fitColumns does', () => {
    expect(stretchColumns([1, 5, 2, 3], 2)).toEqual(fitColumns([1, 5, 2, 3], 2));
  });
});

describe('fitColumns', () => {
  it('merges more columns than cells keeping the largest of each share', () => {
    expect(fitColumns([1, 5, 2, undefined, undefined, undefined, 3, Number.NaN], 4)).toEqual([
      5,
      2,
      undefined,
      3,
    ]);
  });
  it('pads fewer columns with gaps on the left', () => {
    expect(fitColumns([1, 2], 4)).toEqual([undefined, undefined, 1, 2]);
  });
});

describe('blockChart', () => {
  const zeroToFour = {min: 0, max: 4};
  it('stacks eighths over several rows, top row first', () => {
    // Heights in sixteenths: 1 + round(f * 15) = 1, 5, 9, 12, 16.
    expect(blockChart([0, 1, 2, 3, 4], 5, 2, zeroToFour)).toEqual(['  ▁▄█', '▁▅███']);
  });
  it('keeps gaps in every row', () => {
    expect(blockChart([0, undefined, 4], 3, 2, zeroToFour)).toEqual(['  █', '▁ █']);
  });
});
