import {describe, expect, it} from 'vitest';
import {levelRow, thresholdChartLines} from '../../source/view-models/threshold-chart.js';

describe('thresholdChartLines', () => {
  it('one row: cells that cross a threshold take its tone, the rest the series tone', () => {
    // 0..20: 1 -> 1 + round(0.05 * 7) = 1, 6 -> 3, 16 -> 7, 3 -> 2 eighths.
    expect(
      thresholdChartLines({
        values: [1, 6, 16, 3],
        width: 4,
        rows: 1,
        scale: {min: 0, max: 20},
        thresholds: {warning: 5, critical: 15},
        tone: 'series1',
      }),
    ).toEqual([
      [
        {text: '▁', tone: 'series1'},
        {text: '▃', tone: 'warning'},
        {text: '▇', tone: 'critical'},
        {text: '▂', tone: 'series1'},
      ],
    ]);
  });

  it('one row: a threshold that warns below colours the low cells', () => {
    // 0..100: 99 -> 1 + round(0.99 * 7) = 8, 90 -> 1 + round(0.9 * 7) = 7 eighths.
    expect(
      thresholdChartLines({
        values: [99, 90, 99],
        width: 3,
        rows: 1,
        scale: {min: 0, max: 100},
        thresholds: {warning: 95, direction: 'below'},
        tone: 'series1',
      }),
    ).toEqual([
      [
        {text: '█', tone: 'series1'},
        {text: '▇', tone: 'warning'},
        {text: '█', tone: 'series1'},
      ],
    ]);
  });

  it('several rows: a dotted line in the threshold row where the bars leave it empty', () => {
    // 0..10 over 24 eighths: 1 -> 1 + round(0.1 * 23) = 3, 6 -> 1 + round(0.6 * 23) = 15.
    // The warning at 5 is 12 eighths up: the middle row. 15 is not drawn: above the scale.
    expect(
      thresholdChartLines({
        values: [1, 1, 6, 6, 1],
        width: 5,
        rows: 3,
        scale: {min: 0, max: 10},
        thresholds: {warning: 5, critical: 15},
        tone: 'series2',
      }),
    ).toEqual([
      [{text: '     ', tone: 'series2'}],
      [
        {text: '┄┄', tone: 'warning'},
        {text: '▇▇', tone: 'series2'},
        {text: '┄', tone: 'warning'},
      ],
      [{text: '▃▃██▃', tone: 'series2'}],
    ]);
  });

  it('several rows without thresholds: the plain block chart in the series tone', () => {
    expect(
      thresholdChartLines({
        values: [0, 4],
        width: 2,
        rows: 2,
        scale: {min: 0, max: 4},
        thresholds: undefined,
        tone: 'series1',
      }),
    ).toEqual([[{text: ' █', tone: 'series1'}], [{text: '▁█', tone: 'series1'}]]);
  });
});

describe('levelRow', () => {
  it.each<[number, number]>([
    // Of 0..10 in 3 rows: 1 + value / 10 * 23 eighths; rows start at 8 and 16.
    [1, 0],
    [3, 0],
    [3.1, 1],
    [5, 1],
    [6.5, 1],
    [6.7, 2],
    [10, 2],
  ])('%s of 0..10 in 3 rows -> row %s', (value, row) => {
    expect(levelRow(value, {min: 0, max: 10}, 3)).toBe(row);
  });
});
