import {describe, expect, it} from 'vitest';
import {
  autoIntervalSeconds,
  builtinScope,
  expandQuery,
} from '../../source/prometheus/builtin-variables.js';
import type {VariableScope} from '../../source/dashboards/variable-spec.js';

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
    ['a[$__range] / b[$__range] + c[$__range_s]', 1, 600, 15, 'a[10m] / b[10m] + c[600]'],
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

describe('builtinScope', () => {
  it("gives Grafana's built-ins for a step, a range and a dashboard", () => {
    const scope = builtinScope({
      rangeSeconds: 3600,
      intervalSeconds: 90,
      rateStepSeconds: 0,
      scrapeIntervalSeconds: 15,
      dashboardTitle: 'Node "exporter"',
      variables: [
        {name: 'iv', kind: 'interval', options: ['1m'], auto: {count: 30, minSeconds: 10}},
        {name: 'plain', kind: 'interval', options: ['1m']},
      ],
    });
    expect(scope).toEqual({
      __range: {values: ['1h']},
      __range_s: {values: ['3600']},
      __range_ms: {values: ['3600000']},
      __interval: {values: ['1m30s']},
      __interval_ms: {values: ['90000']},
      __rate_interval: {values: ['1m']},
      __dashboard: {values: ['Node "exporter"']},
      __auto_interval_iv: {values: ['2m']},
    });
  });

  it('leaves the interval built-ins out without a step', () => {
    expect(Object.keys(builtinScope({rangeSeconds: 60}))).toEqual([
      '__range',
      '__range_s',
      '__range_ms',
    ]);
  });

  it.each([
    [3600, 30, 10, 120],
    [300, 30, 60, 60],
    [100, 0, 0, 100],
    [10, 100, 0, 1],
  ])('auto interval of %i s in %i steps, at least %i s: %i s', (range, count, min, seconds) => {
    expect(autoIntervalSeconds(range, {count, minSeconds: min})).toBe(seconds);
  });
});

describe('expandQuery with variables and step options', () => {
  const variables: VariableScope = {
    job: {values: ['node']},
    instance: {values: ['a:1', 'b:2']},
    __interval: {values: ['shadowed']},
  };
  it.each([
    ['rate(x{job="$job"}[$__interval])', 'rate(x{job="node"}[2m])'],
    [
      'sum(rate(x{instance=~"$instance"}[$__rate_interval]))',
      'sum(rate(x{instance=~"(a:1|b:2)"}[2m15s]))',
    ],
    ['x * $__interval_ms / $__range_ms + $__range_s', 'x * 120000 / 3600000 + 3600'],
    ['label_replace(x, "d", "$__dashboard", "", "")', 'label_replace(x, "d", "Nodes", "", "")'],
    ['avg_over_time(x[$iv])', 'avg_over_time(x[$iv])'],
  ])('%s', (expr, expanded) => {
    expect(
      expandQuery(expr, {
        step: 120,
        rangeSeconds: 3600,
        scrapeIntervalSeconds: 15,
        dashboard: {title: 'Nodes'},
        variables,
      }),
    ).toBe(expanded);
  });

  it("writes an instant query's $__interval as its chart's step, its rate interval as 4 scrapes", () => {
    expect(
      expandQuery('rate(x[$__interval]) + rate(x[$__rate_interval])', {
        step: 0,
        intervalSeconds: 60,
        rangeSeconds: 3600,
        scrapeIntervalSeconds: 15,
      }),
    ).toBe('rate(x[1m]) + rate(x[1m])');
  });
});
