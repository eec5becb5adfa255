// Small dashboards for poller tests: each query names the panel it belongs to.
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import type {PollPlan} from '../../source/poller/types.js';

export const first: DashboardSpec = {
  id: 'first',
  title: 'First',
  rows: [
    {
      panels: [
        {
          id: 'rates',
          title: 'Rates',
          kind: 'timeseries',
          unit: 'perSecond',
          queries: [
            {expr: 'sum(rate(a_total[$__rate_interval]))'},
            {expr: 'sum(rate(b_total[$__rate_interval]))'},
          ],
        },
        {
          id: 'shares',
          title: 'Shares',
          kind: 'breakdown',
          unit: 'count',
          queries: [{expr: 'sum by (x) (increase(c_total[$__range]))'}],
        },
        {id: 'gauge', title: 'Gauge', kind: 'stat', unit: 'count', queries: [{expr: 'sum(g)'}]},
      ],
    },
  ],
};

/**
 * One range query and nothing else: a correlation panel shows no value now, so it has no instant
 * companion, and each cycle is exactly one request, which the scheduling tests count.
 */
export const second: DashboardSpec = {
  id: 'second',
  title: 'Second',
  rows: [
    {
      panels: [
        {
          id: 'only',
          title: 'Only',
          kind: 'correlation',
          unit: 'count',
          queries: [{expr: 'sum(h)'}],
        },
      ],
    },
  ],
};

export const planFor = (dashboard: DashboardSpec, extra: Partial<PollPlan> = {}): PollPlan => ({
  dashboard,
  rangeSeconds: 3600,
  refreshMs: 15_000,
  chartWidths: {},
  ...extra,
});
