import {describe, expect, it} from 'vitest';
import {metricNames} from '../../source/prometheus/metric-names.js';

describe('metricNames', () => {
  it.each([
    {expr: 'up', names: ['up']},
    {expr: 'up{job="api"} == 0', names: ['up']},
    {
      expr: 'sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) / on(job) group_left sum by (job) (rate(http_requests_total[5m]))',
      names: ['http_requests_total'],
    },
    {
      expr: 'histogram_quantile(0.99, sum by (le) (rate(search_latency_seconds_bucket[5m]))) > 2',
      names: ['search_latency_seconds_bucket'],
    },
    {
      expr: 'rate(a_total[5m]) / rate(b_total[5m] offset 1h) > bool 0.1',
      names: ['a_total', 'b_total'],
    },
    {expr: 'max_over_time(queue_depth[10m:1m])', names: ['queue_depth']},
    // The name as a matcher, and Prometheus 3's quoted names.
    {expr: '{__name__="ws_errors_total", job="chat"}', names: ['ws_errors_total']},
    {expr: '{"my.dotted.metric", job="chat"}', names: ['my.dotted.metric']},
    {expr: `{__name__='single_quoted'}`, names: ['single_quoted']},
    // A regex on the name, another 8-letter label, strings, numbers and functions name no metric.
    {expr: '{__name__=~"ws_.*"}', names: []},
    {expr: '{instance="host_a"}', names: []},
    {expr: 'label_replace(vector(1), "dst", "$1", "src", "(.*)")', names: []},
    {expr: '"just a string"', names: []},
    {expr: 'time() - 42', names: []},
    // Keywords and grouping labels are not metrics.
    {expr: 'sum without (instance) (up) unless on (job) down', names: ['up', 'down']},
    // An expression that does not parse still yields its selectors.
    {expr: 'rate(open_connections[5m]', names: ['open_connections']},
    {expr: '', names: []},
  ])('$expr', ({expr, names}) => {
    expect([...metricNames(expr)].sort()).toEqual([...names].sort());
  });
});
