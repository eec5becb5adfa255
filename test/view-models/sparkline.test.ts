import {describe, expect, it} from 'vitest';
import type {Sample} from '../../source/prometheus/types.js';
import {
  blockChart,
  fitColumns,
  sparkline,
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
  it.each<[string, Column[], number, string]>([
    ['min..max over the 8 blocks', [0, 1, 2, 3, 4, 5, 6, 7], 8, '▁▂▃▄▅▆▇█'],
    ['gaps are spaces, never zero', [0, undefined, 7], 3, '▁ █'],
    ['NaN and infinities are gaps', [0, Number.NaN, Infinity, -Infinity, 7], 5, '▁   █'],
    ['flat series draws mid-height', [5, 5, 5], 3, '▄▄▄'],
    ['flat zero draws along the bottom', [0, 0, 0], 3, '▁▁▁'],
    // 100 * a / b from Prometheus: a constant 10% that float arithmetic does not keep exact.
    ['float noise is flat', [10, 9.999999999999998, 10.000000000000002, 10], 4, '▄▄▄▄'],
    ['a real change, however small, is drawn', [487, 487.5, 488], 3, '▁▅█'],
    ['no data at all is blank', [undefined, undefined], 2, '  '],
    ['fewer points than cells: padded on the left', [0, 7], 4, '  ▁█'],
    ['negative values scale too', [-10, 0, 10], 3, '▁▅█'],
  ])('%s', (_name, values, width, expected) => {
    expect(sparkline(values, width)).toBe(expected);
  });

  it('a given scale is used instead of the series own', () => {
    // 7 is half of 0..14: 1 + round(0.5 * 7) = 5 eighths.
    expect(sparkline([0, 7], 2, {min: 0, max: 14})).toBe('▁▅');
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
  it('stacks eighths over several rows, top row first', () => {
    // Heights in sixteenths: 1 + round(f * 15) = 1, 5, 9, 12, 16.
    expect(blockChart([0, 1, 2, 3, 4], 5, 2)).toEqual(['  ▁▄█', '▁▅███']);
  });
  it('keeps gaps in every row', () => {
    expect(blockChart([0, undefined, 4], 3, 2)).toEqual(['  █', '▁ █']);
  });
});
