import type {DashboardSpec} from './spec.js';
import {seedThresholds} from './thresholds.js';

export const errorAnalysis: DashboardSpec = {
  id: 'errors',
  title: 'Error Analysis',
  rows: [
    {
      panels: [
        {
          id: 'error-trend',
          title: 'Error rate by job',
          kind: 'timeseries',
          unit: 'percent',
          thresholds: seedThresholds.wsErrorRatePercent,
          queries: [
            {
              expr: '100 * sum by (job) (rate(ws_errors_total[$__rate_interval])) / sum by (job) (rate(ws_messages_sent_total[$__rate_interval]))',
              legend: '{{job}}',
            },
          ],
        },
        {
          // PersistentHighErrorRate's window: an hour, so that a short burst does not count.
          id: 'error-rate-1h',
          title: 'Error rate, 1h average',
          kind: 'stat',
          unit: 'percent',
          thresholds: seedThresholds.wsErrorRate1hPercent,
          queries: [
            {
              expr: '100 * sum(rate(ws_errors_total[1h])) / sum(rate(ws_messages_sent_total[1h]))',
              legend: 'ws errors 1h',
            },
          ],
        },
        {
          id: 'failed-queue',
          title: 'Failed queue depth',
          kind: 'timeseries',
          unit: 'count',
          thresholds: seedThresholds.failedQueue,
          queries: [{expr: 'sum(message_queue_depth{queue_type="failed"})', legend: 'failed'}],
        },
      ],
    },
    {
      panels: [
        {
          id: 'error-types',
          title: 'Error types',
          kind: 'breakdown',
          unit: 'count',
          queries: [
            {
              expr: 'sum by (error_type) (increase(ws_errors_total[$__range]))',
              legend: 'ws {{error_type}}',
            },
            {
              expr: 'sum by (error_type) (increase(message_delivery_failures_total[$__range]))',
              legend: 'delivery {{error_type}}',
            },
          ],
        },
        {
          id: 'top-sources',
          title: 'Top error sources',
          kind: 'topn',
          unit: 'count',
          limit: 5,
          queries: [
            {
              expr: 'topk(5, sum by (instance, error_type) (increase(ws_errors_total[$__range])))',
              legend: 'ws {{error_type}} {{instance}}',
            },
            {
              expr: 'topk(5, sum by (instance, error_type) (increase(message_delivery_failures_total[$__range])))',
              legend: 'delivery {{error_type}} {{instance}}',
            },
          ],
        },
      ],
    },
    {
      height: 2,
      panels: [
        {
          id: 'correlation',
          title: 'Error correlation',
          kind: 'correlation',
          unit: 'count',
          queries: [
            {expr: 'sum(rate(ws_errors_total[$__rate_interval]))', legend: 'ws errors'},
            {
              expr: 'sum(rate(message_delivery_failures_total[$__rate_interval]))',
              legend: 'delivery fail',
            },
            {expr: 'sum(rate(ws_reconnections_total[$__rate_interval]))', legend: 'reconnects'},
            {
              expr: 'sum(rate(message_searches_total{status="failed"}[$__rate_interval]))',
              legend: 'search fail',
            },
            {expr: 'sum(message_queue_depth{queue_type="failed"})', legend: 'failed queue'},
          ],
        },
      ],
    },
  ],
};
