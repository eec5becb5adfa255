import {describe, expect, it} from 'vitest';
import {
  columnAt,
  columnTime,
  labelFilter,
  seriesKey,
} from '../../source/view-models/zoom-series.js';
import {fixturePanels} from '../fixtures/dashboards/panels.js';

describe('plot columns and times', () => {
  // 31 points 10 s apart on a plot of 51 columns (an answer asked for a narrower chart).
  const window = {start: 1_000, end: 1_300, step: 10};

  it('a column shows the point stretchColumns puts there', () => {
    expect([0, 1, 2, 25, 50].map((column) => columnTime(window, 51, column))).toEqual([
      1_000, 1_000, 1_010, 1_150, 1_300,
    ]);
  });

  it('a time goes to the first column nearest it; outside the plot, to its edge', () => {
    expect(columnAt(window, 51, 1_150)).toBe(25);
    expect(columnAt(window, 51, 1_012)).toBe(2);
    expect(columnAt(window, 51, 0)).toBe(0);
    expect(columnAt(window, 51, 9_999)).toBe(50);
    // One column per point: the column is the point.
    expect(columnAt({start: 0, end: 600, step: 60}, 11, 420)).toBe(7);
  });
});

describe('the / filter', () => {
  const spec = fixturePanels['delivery-rate'];
  const matches = (text: string, labels: Record<string, string>): boolean | undefined =>
    labelFilter(spec, text)?.(0, labels);

  it('finds the text in the label set or the legend name, in any case', () => {
    expect(matches('FAIL', {status: 'failed'})).toBe(true);
    expect(matches('status="sent"', {status: 'sent'})).toBe(true);
    expect(matches('sent', {status: 'failed'})).toBe(false);
    expect(matches('  ', {status: 'failed'})).toBeUndefined();
  });

  it('a series is known by its query and labels, in any order', () => {
    expect(seriesKey({queryIndex: 1, labels: {b: '2', a: '1'}})).toBe(
      seriesKey({queryIndex: 1, labels: {a: '1', b: '2'}}),
    );
    expect(seriesKey({queryIndex: 0, labels: {a: '1'}})).not.toBe(
      seriesKey({queryIndex: 1, labels: {a: '1'}}),
    );
  });
});
