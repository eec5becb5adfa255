// planJobs: a chart's queries over its grid, plus an instant query each at the current second for
// the value now, its `$__rate_interval` from the scrape interval alone; identical jobs sent once.
import {describe, expect, it} from 'vitest';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import {planJobs, planPanelKeys} from '../../source/poller/jobs.js';
import {planFor} from './dashboards.js';

const dashboard: DashboardSpec = {
  id: 'd',
  title: 'D',
  rows: [
    {
      panels: [
        {
          id: 'rate',
          title: 'Rate',
          kind: 'timeseries',
          unit: 'perSecond',
          queries: [{expr: 'sum(rate(a_total[$__rate_interval]))'}, {expr: 'sum(g)'}],
        },
        // The same gauge: its range and instant jobs are shared with the chart above.
        {id: 'same', title: 'Same', kind: 'stat', unit: 'count', queries: [{expr: 'sum(g)'}]},
        {id: 'up', title: 'Up', kind: 'status', unit: 'count', queries: [{expr: 'up'}]},
        {
          id: 'pairs',
          title: 'Pairs',
          kind: 'correlation',
          unit: 'count',
          queries: [{expr: 'rate(b_total[$__rate_interval])'}],
        },
      ],
    },
  ],
};

// 2023-11-14 22:15:23.5 UTC: not on any step.
const now = 1_700_000_123.5;

describe('planJobs', () => {
  it('adds one instant job per chart query at the current second, 4 scrapes wide', () => {
    const plan = planJobs(planFor(dashboard, {rangeSeconds: 7 * 86_400}), now, 15);
    // 7d over 60 columns: a 10,080 s step; the grid ends at the last whole step, 2h15m ago.
    const window = {start: 1_699_397_280, end: 1_699_992_000, step: 10_080};
    const time = 1_700_000_123;
    const range = (expr: string) => ({id: `range 1699397280:1699992000:10080 ${expr}`, expr});
    const instant = (expr: string) => ({id: `instant ${time} ${expr}`, expr});
    // The range job's window: max(4 x 15 s, step + 15 s) = 2h48m15s; the instant's: 4 x 15 s.
    const jobs = [
      {type: 'range', ...range('sum(rate(a_total[2h48m15s]))')},
      {type: 'range', ...range('sum(g)')},
      {type: 'instant', ...instant('sum(rate(a_total[1m]))')},
      {type: 'instant', ...instant('sum(g)')},
      {type: 'instant', ...instant('up')},
      {type: 'range', ...range('rate(b_total[2h48m15s])')},
    ].map((job) => ({...job, window, time}));
    expect(plan.jobs).toEqual(jobs);
    expect(plan.panels).toEqual([
      {key: 'd/rate', jobIds: [jobs[0]?.id, jobs[1]?.id], freshJobIds: [jobs[2]?.id, jobs[3]?.id]},
      {key: 'd/same', jobIds: [jobs[1]?.id], freshJobIds: [jobs[3]?.id]},
      {key: 'd/up', jobIds: [jobs[4]?.id]},
      // A correlation shows no value now: no instant job.
      {key: 'd/pairs', jobIds: [jobs[5]?.id]},
    ]);
    // Two 15 s scrapes and the plan's 15 s refresh.
    expect(plan.freshness).toEqual({scrapeIntervalSeconds: 15, maxAgeMs: 45_000});
  });

  it('sizes the instant window from the scrape interval, whatever the range', () => {
    const exprs = (rangeSeconds: number, scrape: number) =>
      planJobs(planFor(dashboard, {rangeSeconds}), now, scrape)
        .jobs.filter((job) => job.type === 'instant')
        .map((job) => job.expr)[0];
    expect(exprs(300, 15)).toBe('sum(rate(a_total[1m]))');
    expect(exprs(30 * 86_400, 15)).toBe('sum(rate(a_total[1m]))');
    expect(exprs(3600, 1)).toBe('sum(rate(a_total[4s]))');
    expect(exprs(3600, 30)).toBe('sum(rate(a_total[2m]))');
    expect(planJobs(planFor(dashboard, {refreshMs: 5_000}), now, 1).freshness).toEqual({
      scrapeIntervalSeconds: 1,
      maxAgeMs: 7_000,
    });
  });
});

describe('planJobs for the Grafana kinds', () => {
  const grafana: DashboardSpec = {
    id: 'g',
    title: 'G',
    rows: [
      {
        panels: [
          {id: 'gauge', title: 'Gauge', kind: 'gauge', unit: 'percent', queries: [{expr: 'a'}]},
          {id: 'bars', title: 'Bars', kind: 'bargauge', unit: 'bytes', queries: [{expr: 'b'}]},
          {id: 'table', title: 'Table', kind: 'table', unit: 'none', queries: [{expr: 'c'}]},
          {id: 'heat', title: 'Heat', kind: 'heatmap', unit: 's', queries: [{expr: 'h'}]},
          // Text and placeholders send nothing, even with a query in the spec.
          {
            id: 'text',
            title: 'Text',
            kind: 'text',
            unit: 'none',
            queries: [{expr: 'never'}],
            text: 'hi',
          },
          {
            id: 'pie',
            title: 'Pie',
            kind: 'unsupported',
            unit: 'none',
            queries: [{expr: 'never'}],
            unsupported: {type: 'piechart', reason: 'not drawn in a terminal yet'},
          },
        ],
      },
    ],
  };

  it('gauge, bargauge and table are instant; heatmap is a range without a value now', () => {
    const plan = planJobs(planFor(grafana, {rangeSeconds: 3600}), now, 15);
    expect(plan.jobs.map((job) => `${job.type} ${job.expr}`)).toEqual([
      'instant a',
      'instant b',
      'instant c',
      'range h',
    ]);
    expect(plan.panels.map((panel) => [panel.key, panel.jobIds.length, panel.freshJobIds])).toEqual(
      [
        ['g/gauge', 1, undefined],
        ['g/bars', 1, undefined],
        ['g/table', 1, undefined],
        ['g/heat', 1, undefined],
      ],
    );
    expect(planPanelKeys(planFor(grafana, {rangeSeconds: 3600}))).toEqual([
      'g/gauge',
      'g/bars',
      'g/table',
      'g/heat',
    ]);
  });
});

describe('planJobs: variables and step options', () => {
  const templated: DashboardSpec = {
    id: 't',
    title: 'Nodes',
    variables: [{name: 'job', kind: 'custom', options: [{text: 'node', value: 'node'}]}],
    rows: [
      {
        panels: [
          {
            id: 'cpu',
            title: 'CPU',
            kind: 'timeseries',
            unit: 'perSecond',
            queries: [
              {expr: 'rate(x{job="$job"}[$__interval])', minIntervalSeconds: 300},
              {expr: 'count(up{job=~"$job"}) + $__interval_ms', maxDataPoints: 30},
            ],
          },
        ],
      },
    ],
  };

  it("gives each query its own step, writes the plan's variables and $__interval in", () => {
    const plan = planJobs(
      planFor(templated, {variables: {job: {values: ['node', 'api']}}}),
      now,
      15,
    );
    const time = 1_700_000_123;
    // 1h at 300 s (minInterval), and 1h in 30 points (120 s).
    const slow = {start: 1_699_996_800, end: 1_700_000_100, step: 300};
    const fine = {start: 1_699_996_560, end: 1_700_000_040, step: 120};
    const grid = (window: typeof slow) => `${window.start}:${window.end}:${window.step}`;
    const exprs = [
      ['range', slow, 'rate(x{job="(node|api)"}[5m])'],
      ['range', fine, 'count(up{job=~"(node|api)"}) + 120000'],
      ['instant', slow, 'rate(x{job="(node|api)"}[5m])'],
      ['instant', fine, 'count(up{job=~"(node|api)"}) + 120000'],
    ] as const;
    expect(plan.jobs).toEqual(
      exprs.map(([type, window, expr]) => ({
        id: `${type} ${type === 'range' ? grid(window) : time} ${expr}`,
        type,
        expr,
        window,
        time,
      })),
    );
  });

  it('leaves a variable the plan has no value for as written', () => {
    const plan = planJobs(planFor(templated), now, 15);
    expect(plan.jobs[0]?.expr).toBe('rate(x{job="$job"}[5m])');
  });
});
