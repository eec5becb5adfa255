import type {DashboardSpec} from './spec.js';
import {seedThresholds} from './thresholds.js';

const latency = (quantile: number, legend: string) => ({
  expr: `histogram_quantile(${quantile}, sum by (le) (rate(ws_message_latency_seconds_bucket[$__rate_interval])))`,
  legend,
});

export const websocketHealth: DashboardSpec = {
  id: 'websocket',
  title: 'WebSocket Health',
  rows: [
    {
      panels: [
        {
          id: 'connection-states',
          title: 'Connection states',
          kind: 'breakdown',
          unit: 'count',
          queries: [
            {
              expr: 'sum by (status) (increase(ws_connections_total[$__range]))',
              legend: '{{status}}',
            },
          ],
        },
        {
          id: 'latency',
          title: 'Message latency',
          kind: 'percentiles',
          unit: 'seconds',
          queries: [
            latency(0.5, 'p50'),
            {...latency(0.95, 'p95'), thresholds: seedThresholds.wsLatencyP95Seconds},
            latency(0.99, 'p99'),
          ],
        },
      ],
    },
    {
      panels: [
        {
          id: 'reconnections',
          title: 'Reconnections',
          kind: 'timeseries',
          unit: 'perMinute',
          queries: [
            {
              expr: '60 * sum(rate(ws_reconnections_total[$__rate_interval]))',
              legend: 'total',
              thresholds: seedThresholds.reconnectionsPerMinute,
            },
            {
              expr: '60 * sum by (reason) (rate(ws_reconnections_total[$__rate_interval]))',
              legend: '{{reason}}',
            },
          ],
        },
        {
          id: 'error-breakdown',
          title: 'Errors by type',
          kind: 'breakdown',
          unit: 'count',
          queries: [
            {
              expr: 'sum by (error_type) (increase(ws_errors_total[$__range]))',
              legend: '{{error_type}}',
            },
          ],
        },
      ],
    },
    {
      panels: [
        {
          id: 'heartbeats',
          title: 'Heartbeat failures',
          kind: 'timeseries',
          unit: 'perMinute',
          queries: [
            {
              expr: '60 * sum(rate(ws_reconnections_total{reason="heartbeat_timeout"}[$__rate_interval]))',
              legend: 'heartbeat timeouts',
            },
          ],
        },
      ],
    },
  ],
};
