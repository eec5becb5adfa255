// Drill-down's rewrite of a panel's PromQL: every aggregation on the way to the selectors keeps
// the chosen label (histogram_quantile keeps `le`), and what cannot be split safely is wrapped.
// The real Prometheus checks the same table in test/integration/split-query.test.ts.
import {describe, expect, it} from 'vitest';
import {splitByLabel} from '../../source/prometheus/split-query.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {builtinSplits} from '../fixtures/split-queries.js';

describe('splitByLabel', () => {
  it('covers every query of the built-in dashboards', () => {
    const queries = builtinDashboards.flatMap((dashboard) =>
      dashboard.rows.flatMap((row) =>
        row.panels.flatMap((panel) => panel.queries.map((query) => query.expr)),
      ),
    );
    expect(new Set(builtinSplits.map(([expr]) => expr))).toEqual(new Set(queries));
  });

  it.each(builtinSplits)('built-in: %s', (expr, split) => {
    expect(splitByLabel(expr, 'instance')).toBe(split);
  });

  it.each([
    ['sum(a)', 'sum by (job) (a)'],
    ['sum (a)', 'sum by (job) (a)'],
    ['sum(x) by (le)', 'sum(x) by (le, job)'],
    ['sum by () (a)', 'sum by (job) (a)'],
    ['sum by (job) (a)', 'sum by (job) (a)'],
    ['sum without (job, x) (a)', 'sum without (x) (a)'],
    ['sum without (x, job) (a)', 'sum without (x) (a)'],
    ['sum without (job) (a)', 'sum without () (a)'],
    ['sum without (x) (a)', 'sum without (x) (a)'],
    ['avg(rate(a[5m]))', 'avg by (job) (rate(a[5m]))'],
    ['quantile(0.9, a)', 'quantile by (job) (0.9, a)'],
    ['count_values("v", a)', 'count_values by (job) ("v", a)'],
    ['max(sum by (le) (a))', 'max by (job) (sum by (le, job) (a))'],
    ['topk(3, sum by (x) (a))', 'topk(3, sum by (x, job) (a))'],
    ['topk(3, rate(a[5m]))', 'sum by (job) (topk(3, rate(a[5m])))'],
    ['sum(a) / on (x) sum(b)', 'sum by (job) (a) / on (x, job) sum by (job) (b)'],
    [
      'sum by (x) (a) / ignoring (job) sum by (x) (b)',
      'sum by (x, job) (a) / ignoring () sum by (x, job) (b)',
    ],
    ['sum(a) or vector(0)', 'sum by (job) (a)'],
    ['(sum(a) or vector(0)) / sum(b)', '(sum by (job) (a)) / sum by (job) (b)'],
    ['sum(a) or sum(b)', 'sum by (job) (a) or sum by (job) (b)'],
    ['-sum(a)', '-sum by (job) (a)'],
    ['sum(a offset 1h)', 'sum by (job) (a offset 1h)'],
    [
      'max_over_time(sum(rate(a[1m]))[10m:1m])',
      'max_over_time(sum by (job) (rate(a[1m]))[10m:1m])',
    ],
    [
      'histogram_quantile(0.9, sum by (le) (rate(a_bucket[$__rate_interval])))',
      'histogram_quantile(0.9, sum by (le, job) (rate(a_bucket[$__rate_interval])))',
    ],
    // No aggregation: the series carry the label, the panel wants one line per value of it.
    ['up', 'sum by (job) (up)'],
    ['rate(a[5m])', 'sum by (job) (rate(a[5m]))'],
    // An aggregate beside a raw vector would no longer match it: the whole is wrapped.
    ['sum(a) / b', 'sum by (job) (sum(a) / b)'],
    ['a / on (x) b', 'sum by (job) (a / on (x) b)'],
    // A parse error: wrapped as it is (Prometheus then says what is wrong).
    ['sum(rate(a[5m]', 'sum by (job) (sum(rate(a[5m])'],
    // A scalar has no labels to split by.
    ['scalar(sum(a))', 'scalar(sum(a))'],
    ['1 + 1', '1 + 1'],
  ])('%s', (expr, split) => {
    expect(splitByLabel(expr, 'job')).toBe(split);
  });

  it('refuses a label that PromQL cannot name', () => {
    expect(splitByLabel('sum(a)', '__name__')).toBeUndefined();
    expect(splitByLabel('sum(a)', 'bad-name')).toBeUndefined();
    expect(splitByLabel('sum(a)', 'x) or on() vector(1')).toBeUndefined();
  });
});
