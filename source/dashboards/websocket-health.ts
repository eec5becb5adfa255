import {quantileQueries} from './histogram.js';
import type {DashboardSpec} from './spec.js';
import {seedThresholds} from './thresholds.js';

const metric = 'ws_message_latency_seconds';
const rate = (series: string) => `sum(rate(${series}[$__rate_interval]))`;

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
          queries: quantileQueries([
            {quantile: 0.5, metric, legend: 'p50'},
            {quantile: 0.95, metric, legend: 'p95', thresholds: seedThresholds.wsLatencyP95Seconds},
            {quantile: 0.99, metric, legend: 'p99'},
          ]),
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
          thresholds: seedThresholds.heartbeatTimeoutsPerMinute,
          width: 2,
          queries: [
            {
              expr: '60 * sum(rate(ws_reconnections_total{reason="heartbeat_timeout"}[$__rate_interval]))',
              legend: 'timeouts',
            },
          ],
        },
        {
          // WebSocketConnectionTimeoutExceeded's own measure: p95 > 5 s is more than 5% slower.
          id: 'slow-messages',
          title: 'Slower than 5s',
          kind: 'stat',
          unit: 'percent',
          thresholds: seedThresholds.slowerThan5sPercent,
          queries: [
            {
              expr: `100 * (${rate(`${metric}_count`)} - ${rate(`${metric}_bucket{le="5"}`)}) / ${rate(`${metric}_count`)}`,
              legend: 'slower than 5s',
            },
          ],
        },
        {
          // A conversation is idle when no gateway has a connection open to it (the rules' rule).
          id: 'idle-conversations',
          title: 'Idle conversations',
          kind: 'stat',
          unit: 'percent',
          thresholds: seedThresholds.idleConversationsPercent,
          queries: [
            {
              expr: '100 * (count(sum by (conversation_id) (ws_active_connections) == 0) or vector(0)) / count(sum by (conversation_id) (ws_active_connections))',
              legend: 'idle',
            },
          ],
        },
      ],
    },
  ],
};
