import {describe, expect, it} from 'vitest';
import {
  expandQuery,
  formatDurationSeconds,
  maxPointsPerSeries,
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

describe('expandQuery', () => {
  it.each([
    // Grafana's rule: max(4 x scrape interval, step + scrape interval); the seed scrapes every 15 s.
    ['rate(x[$__rate_interval])', 60, 3600, undefined, 'rate(x[1m15s])'],
    ['rate(x[$__rate_interval])', 60, 3600, 15, 'rate(x[1m15s])'],
    ['rate(x[$__rate_interval])', 15, 900, 15, 'rate(x[1m])'],
    ['rate(x[$__rate_interval])', 45, 3600, 15, 'rate(x[1m])'],
    ['rate(x[$__rate_interval])', 46, 3600, 15, 'rate(x[1m1s])'],
    ['rate(x[$__rate_interval])', 600, 86_400, undefined, 'rate(x[10m15s])'],
    // The fast stack scrapes every second.
    ['rate(x[$__rate_interval])', 1, 60, 1, 'rate(x[4s])'],
    ['rate(x[$__rate_interval])', 5, 300, 1, 'rate(x[6s])'],
    ['rate(x[$__rate_interval])', 60, 3600, 1, 'rate(x[1m1s])'],
    ['rate(x[$__rate_interval])', 60, 3600, 600, 'rate(x[40m])'],
    ['increase(x[$__range])', 60, 5400, 1, 'increase(x[1h30m])'],
    ['a[$__range] / b[$__range] + c[$__range_s]', 1, 600, 15, 'a[10m] / b[10m] + c[$__range_s]'],
    [
      '100 * sum(rate(ws_errors_total[$__rate_interval])) / sum(rate(ws_messages_sent_total[$__rate_interval]))',
      60,
      3600,
      15,
      '100 * sum(rate(ws_errors_total[1m15s])) / sum(rate(ws_messages_sent_total[1m15s]))',
    ],
  ])('%s (step %i, range %i, scrapes every %s s)', (expr, step, rangeSeconds, scrape, expanded) => {
    const context =
      scrape === undefined
        ? {step, rangeSeconds}
        : {step, rangeSeconds, scrapeIntervalSeconds: scrape};
    expect(expandQuery(expr, context)).toBe(expanded);
  });
});
