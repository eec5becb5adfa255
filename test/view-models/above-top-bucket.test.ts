// A quantile in the +Inf bucket: Prometheus answers with the top finite bucket's bound, and the
// check query sent with it (source/dashboards/histogram.ts) says so. The panel then shows `> 30s`
// in the threshold's tone, never `30s` as if it were a measurement.
import {describe, expect, it} from 'vitest';
import {aboveTopBucketExpr, quantileQueries} from '../../source/dashboards/histogram.js';
import {panelReport} from '../../source/one-shot/once-report.js';
import type {QueryResult} from '../../source/store/panel-state.js';
import {buildPanelView} from '../../source/view-models/panel-view.js';
import {buildZoomView} from '../../source/view-models/zoom-view.js';
import {
  fresh,
  minuteWindow,
  panel,
  range,
  repeat,
  updatedAt,
} from '../components/panels/panel-data.js';

const latency = panel('latency');
const window = minuteWindow(10);
const now = updatedAt + 1_000;
// p50 1.5s throughout; p95 and p99 reach the top bucket (30 s) in the last three minutes, where the
// checks say the quantile is in +Inf; p99 touched 30 s once before, really (its check says 0).
const p50 = repeat(1.5, 10);
const p95 = [...repeat(2, 7), ...repeat(30, 3)];
const p99 = [4, 30, ...repeat(4, 5), ...repeat(30, 3)];
const inInf = [...repeat(0, 7), ...repeat(1, 3)];
const state = fresh([
  range(0, window, [[{}, p50]]),
  range(1, window, [[{}, p95]]),
  range(2, window, [[{}, p99]]),
  range(3, window, [[{}, repeat(0, 10)]]),
  range(4, window, [[{}, inInf]]),
  range(5, window, [[{}, inInf]]),
]);

const text = (line: readonly {readonly text: string}[] | undefined) =>
  (line ?? []).map((part) => part.text).join('');

describe('a quantile above its top bucket', () => {
  it('has a check per quantile, sent after the drawn queries', () => {
    expect(
      latency.queries.map((query) => query.legend ?? `check of ${query.aboveTopBucketOf}`),
    ).toEqual(['p50', 'p95', 'p99', 'check of 0', 'check of 1', 'check of 2']);
    expect(latency.queries[4]?.expr).toBe(
      'sum (rate(ws_message_latency_seconds_bucket{le="+Inf"}[$__rate_interval])) * 0.95' +
        ' > bool max (sum by (le) (rate(ws_message_latency_seconds_bucket{le!="+Inf"}[$__rate_interval])))',
    );
    expect(
      aboveTopBucketExpr({quantile: 0.99, metric: 'x', by: 'endpoint', legend: '{{endpoint}}'}),
    ).toBe(
      'sum by (endpoint) (rate(x_bucket{le="+Inf"}[$__rate_interval])) * 0.99' +
        ' > bool max by (endpoint) (sum by (le, endpoint) (rate(x_bucket{le!="+Inf"}[$__rate_interval])))',
    );
    expect(quantileQueries([]).length).toBe(0);
  });

  it('shows `> 30s` in the warning tone in the panel, and the max as `> 30s` only when it was', () => {
    const view = buildPanelView(latency, state, {width: 60, height: 6}, now);
    // Ten points at the right edge of a 31-cell sparkline, on the three quantiles' shared scale:
    // from zero to the round number above 30 s (view-models/chart-scale.ts), so 30 s is not a wall.
    const spark = (chart: string) => ' '.repeat(21) + chart;
    expect(view.lines.map(text)).toEqual([
      `p50 ${spark('▁▁▁▁▁▁▁▁▁▁')}   1.5s ↓  1.5s ↑  1.5s`,
      `p95 ${spark('▁▁▁▁▁▁▁▅▅▅')}  > 30s ↓    2s ↑ > 30s`,
      `p99 ${spark('▂▅▂▂▂▂▂▅▅▅')}  > 30s ↓    4s ↑ > 30s`,
      'p95 warn >5s · scale 0s–50s'.padEnd(58),
    ]);
    expect(view.lines[1]).toContainEqual({text: ' > 30s', tone: 'warning'});
    // Without thresholds the value keeps its series' tone, but still says `>`.
    expect(view.lines[2]?.find((part) => part.text === ' > 30s')?.tone).toBe('normal');
  });

  it('says `now > 30s` in the zoomed view', () => {
    const view = buildZoomView(latency, state, {width: 60, height: 20}, now);
    expect(text(view.lines[1])).toMatch(/^● p95 +now > 30s {2}min 2s {2}max > 30s$/);
    expect(view.lines[1]).toContainEqual({text: '> 30s', tone: 'warning'});
  });

  it('reads as the bound itself, in green, where the check says 0', () => {
    const within = fresh([
      range(0, window, [[{}, p50]]),
      range(1, window, [[{}, repeat(5, 10)]]),
      range(2, window, [[{}, repeat(5, 10)]]),
      range(3, window, [[{}, repeat(0, 10)]]),
      range(4, window, [[{}, repeat(0, 10)]]),
      range(5, window, [[{}, repeat(0, 10)]]),
    ]);
    const view = buildPanelView(latency, within, {width: 60, height: 6}, now);
    expect(text(view.lines[1])).toBe(`p95 ${' '.repeat(21)}██████████     5s ↓    5s ↑    5s`);
    expect(view.lines[1]).toContainEqual({text: '    5s', tone: 'ok'});
  });

  it('takes the value now and its check from the instant answers when they came', () => {
    // The chart's last points are 2 s, within the buckets; the instant answers say 30 s, in +Inf.
    const at = window.end + 30;
    const withNow = (result: QueryResult, value: number): QueryResult =>
      result.type === 'range'
        ? {...result, fresh: {time: at, samples: [{labels: {}, timestamp: at, value}]}}
        : result;
    const nowAbove = fresh([
      withNow(range(0, window, [[{}, p50]]), 1.5),
      withNow(range(1, window, [[{}, repeat(2, 10)]]), 30),
      withNow(range(2, window, [[{}, repeat(4, 10)]]), 4),
      withNow(range(3, window, [[{}, repeat(0, 10)]]), 0),
      withNow(range(4, window, [[{}, repeat(0, 10)]]), 1),
      withNow(range(5, window, [[{}, repeat(0, 10)]]), 0),
    ]);
    const view = buildPanelView(latency, nowAbove, {width: 60, height: 6}, now);
    expect(text(view.lines[1])).toMatch(/ > 30s ↓ {4}2s ↑ > 30s$/);
    expect(view.lines[1]).toContainEqual({text: ' > 30s', tone: 'warning'});
    expect(text(view.lines[2])).toMatch(/ {4}4s ↓ {4}4s ↑ {4}4s$/);
    const report = panelReport(latency, nowAbove, {now, maxAgeMs: 45_000});
    expect(report.series[1]).toMatchObject({last: 30, state: 'warning', lastAboveTopBucket: true});

    // And the other way: the range's last points in +Inf, the instant answer back within buckets.
    const nowWithin = fresh([
      withNow(range(0, window, [[{}, p50]]), 1.5),
      withNow(range(1, window, [[{}, p95]]), 3),
      withNow(range(2, window, [[{}, p99]]), 4),
      withNow(range(3, window, [[{}, repeat(0, 10)]]), 0),
      withNow(range(4, window, [[{}, inInf]]), 0),
      withNow(range(5, window, [[{}, inInf]]), 0),
    ]);
    const within = buildPanelView(latency, nowWithin, {width: 60, height: 6}, now);
    expect(text(within.lines[1])).toMatch(/ {4}3s ↓ {4}2s ↑ > 30s$/);
    expect(within.lines[1]).toContainEqual({text: '    3s', tone: 'ok'});
    expect(panelReport(latency, nowWithin, {now, maxAgeMs: 45_000}).series[1]).not.toHaveProperty(
      'lastAboveTopBucket',
    );
  });

  it('counts as above the threshold in --json, and says the value is a bound', () => {
    const report = panelReport(latency, state, {now, maxAgeMs: 45_000});
    expect(report.state).toBe('warning');
    expect(report.series.map((series) => [series.name, series.last, series.state])).toEqual([
      ['p50', 1.5, 'none'],
      ['p95', 30, 'warning'],
      ['p99', 30, 'none'],
    ]);
    expect(report.series[1]?.lastAboveTopBucket).toBe(true);
    expect(report.series[0]).not.toHaveProperty('lastAboveTopBucket');
  });
});
