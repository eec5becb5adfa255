import type {DashboardSpec} from './spec.js';
import {seedThresholds} from './thresholds.js';

export const systemOverview: DashboardSpec = {
  id: 'overview',
  title: 'System Overview',
  rows: [
    {
      height: 1,
      panels: [
        {
          id: 'health',
          title: 'Service health',
          kind: 'status',
          unit: 'count',
          queries: [{expr: 'up', legend: '{{job}} {{instance}}'}],
          width: 2,
        },
        {
          id: 'connections',
          title: 'WebSocket connections',
          kind: 'stat',
          unit: 'count',
          queries: [{expr: 'sum(ws_active_connections)', legend: 'connections'}],
        },
      ],
    },
    {
      height: 2,
      panels: [
        {
          id: 'throughput',
          title: 'Message throughput',
          kind: 'timeseries',
          unit: 'perSecond',
          queries: [
            {expr: 'sum(rate(messages_sent_total[$__rate_interval]))', legend: 'sent'},
            {expr: 'sum(rate(messages_received_total[$__rate_interval]))', legend: 'received'},
          ],
        },
        {
          id: 'error-rate',
          title: 'Error rate',
          kind: 'timeseries',
          unit: 'percent',
          // Both error signals that page: WebSocket errors and delivery failures, each with its
          // alerts' thresholds.
          queries: [
            {
              expr: '100 * sum(rate(ws_errors_total[$__rate_interval])) / sum(rate(ws_messages_sent_total[$__rate_interval]))',
              legend: 'ws errors',
              thresholds: seedThresholds.wsErrorRatePercent,
            },
            {
              expr: '100 * sum(rate(messages_sent_total{status="failed"}[$__rate_interval])) / sum(rate(messages_sent_total[$__rate_interval]))',
              legend: 'delivery',
              thresholds: seedThresholds.deliveryFailurePercent,
            },
          ],
        },
      ],
    },
    {
      height: 2,
      panels: [
        {
          id: 'queues',
          title: 'Queue depths',
          kind: 'timeseries',
          unit: 'count',
          queries: [
            {
              expr: 'sum(message_queue_depth{queue_type="pending"})',
              legend: 'pending',
              thresholds: seedThresholds.pendingQueue,
            },
            {
              expr: 'sum(message_queue_depth{queue_type="failed"})',
              legend: 'failed',
              thresholds: seedThresholds.failedQueue,
            },
            {expr: 'sum(message_queue_depth{queue_type="retry"})', legend: 'retry'},
          ],
        },
      ],
    },
  ],
};
