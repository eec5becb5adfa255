import {describe, expect, it} from 'vitest';
import {
  formatDurationSeconds,
  maxPointsPerSeries,
  queryWindow,
  rangeWindow,
  windowPoints,
} from '../../source/prometheus/query.js';

const now = 1_700_000_123;

describe('rangeWindow', () => {
  it.each([
    // range, width -> start, end, step, points
    [3600, 60, 1_699_996_560, 1_700_000_100, 60, 60],
    [3600, 100, 1_699_996_536, 1_700_000_100, 36, 100],
    [100, 7, 1_700_000_025, 1_700_000_115, 15, 7],
    [60, 200, 1_700_000_064, 1_700_000_123, 1, 60],
    [3600, 0, 1_699_999_200, 1_699_999_200, 3600, 1],
  ])('range %i s over %i columns', (range, width, start, end, step, points) => {
    const window = rangeWindow(now, range, width);
    expect(window).toEqual({start, end, step});
    expect(windowPoints(window)).toBe(points);
  });

  it('never asks for more than 11,000 points, however wide the chart', () => {
    const window = rangeWindow(now, 30 * 86_400, 20_000);
    expect(window.step).toBe(236);
    expect(windowPoints(window)).toBe(10_984);
    expect(rangeWindow(now, 86_400, 50_000).step).toBe(8);
    expect(windowPoints(rangeWindow(now, 86_400, 50_000))).toBe(10_800);
    expect(windowPoints(rangeWindow(now, 11_000, 11_000))).toBe(maxPointsPerSeries);
    expect(windowPoints(rangeWindow(now, 11_001, 20_000))).toBe(5_501);
  });

  it('holds for every range and width: aligned grid, range covered, points within the cap', () => {
    for (const range of [1, 59, 60, 61, 300, 3599, 3600, 7200, 86_400, 604_800, 2_592_000]) {
      for (const width of [1, 2, 17, 60, 80, 157, 300, 1000, 11_000, 11_001, 40_000]) {
        const window = rangeWindow(now, range, width);
        const points = windowPoints(window);
        expect(Number.isInteger(window.step)).toBe(true);
        expect([window.start % window.step, window.end % window.step]).toEqual([0, 0]);
        expect(points).toBeLessThanOrEqual(Math.min(width, maxPointsPerSeries));
        // The first step reaches back to (or past) the start of the range.
        expect(window.end - window.start + window.step).toBeGreaterThanOrEqual(range);
        expect(now - window.end).toBeLessThan(window.step);
      }
    }
  });

  it('keeps the grid from one poll to the next', () => {
    const first = rangeWindow(now, 3600, 60);
    const later = rangeWindow(now + 45, 3600, 60);
    expect(later.step).toBe(first.step);
    expect((later.start - first.start) % first.step).toBe(0);
    expect(rangeWindow(now + 15, 3600, 60)).toEqual(rangeWindow(now - 15, 3600, 60));
  });
});

describe('formatDurationSeconds', () => {
  it.each([
    [0, '0s'],
    [1, '1s'],
    [90, '1m30s'],
    [300, '5m'],
    [3600, '1h'],
    [5400, '1h30m'],
    [90_061, '1d1h1m1s'],
    [2.2, '3s'],
  ])('%d s -> %s', (seconds, text) => {
    expect(formatDurationSeconds(seconds)).toBe(text);
  });
});

describe('queryWindow: the step options of a target', () => {
  it.each([
    // range, width, options -> start, end, step, points
    [3600, 60, {}, 1_699_996_560, 1_700_000_100, 60, 60],
    [3600, 120, {maxDataPoints: 30}, 1_699_996_560, 1_700_000_040, 120, 30],
    [3600, 60, {minIntervalSeconds: 300}, 1_699_996_800, 1_700_000_100, 300, 12],
    [3600, 60, {minIntervalSeconds: 30}, 1_699_996_560, 1_700_000_100, 60, 60],
    [3600, 60, {intervalFactor: 2}, 1_699_996_560, 1_700_000_040, 120, 30],
    [3600, 100, {intervalFactor: 1}, 1_699_996_536, 1_700_000_100, 36, 100],
    [100, 7, {maxDataPoints: 7, intervalFactor: 1.5}, 1_700_000_016, 1_700_000_104, 22, 5],
    [300, 60, {minIntervalSeconds: 3600}, 1_699_999_200, 1_699_999_200, 3600, 1],
  ])('range %i s over %i columns with %o', (range, width, options, start, end, step, points) => {
    const window = queryWindow(now, range, width, options);
    expect(window).toEqual({start, end, step});
    expect(windowPoints(window)).toBe(points);
  });

  it('never asks for more than 11,000 points, whatever maxDataPoints says', () => {
    const window = queryWindow(now, 30 * 86_400, 20_000, {maxDataPoints: 50_000});
    expect(window.step).toBe(236);
    expect(windowPoints(window)).toBe(10_984);
  });
});
