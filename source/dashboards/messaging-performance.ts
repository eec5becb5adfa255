import {quantileQueries} from './histogram.js';
import type {DashboardSpec} from './spec.js';
import {seedThresholds} from './thresholds.js';

export const messagingPerformance: DashboardSpec = {
  id: 'messaging',
  title: 'Messaging Performance',
  rows: [
    {
      panels: [
        {
          id: 'delivery-rate',
          title: 'Delivery rate',
          kind: 'timeseries',
          unit: 'perSecond',
          queries: [
            {
              expr: 'sum by (status) (rate(messages_sent_total[$__rate_interval]))',
              legend: '{{status}}',
            },
          ],
        },
        {
          id: 'delivery-failures',
          title: 'Delivery failures',
          kind: 'stat',
          unit: 'percent',
          thresholds: seedThresholds.deliveryFailurePercent,
          queries: [
            {
              expr: '100 * sum(rate(messages_sent_total{status="failed"}[$__rate_interval])) / sum(rate(messages_sent_total[$__rate_interval]))',
              legend: 'failed',
            },
          ],
        },
        {
          id: 'conversations',
          title: 'Conversation creation',
          kind: 'stat',
          unit: 'percent',
          thresholds: seedThresholds.conversationSuccessPercent,
          queries: [
            {
              expr: '100 * sum(rate(conversations_created_total{status="success"}[$__rate_interval])) / sum(rate(conversations_created_total[$__rate_interval]))',
              legend: 'success',
            },
          ],
        },
      ],
    },
    {
      panels: [
        {
          id: 'search-latency',
          title: 'Search latency p95',
          kind: 'timeseries',
          unit: 'seconds',
          thresholds: seedThresholds.searchLatencyP95Seconds,
          queries: quantileQueries([
            {
              quantile: 0.95,
              metric: 'message_search_latency_seconds',
              by: 'index_type',
              legend: '{{index_type}}',
            },
          ]),
        },
        {
          id: 'search-failures',
          title: 'Search failures',
          kind: 'stat',
          unit: 'percent',
          thresholds: seedThresholds.searchFailurePercent,
          queries: [
            {
              expr: '100 * sum(rate(message_searches_total{status="failed"}[$__rate_interval])) / sum(rate(message_searches_total[$__rate_interval]))',
              legend: 'failed',
            },
          ],
        },
        {
          id: 'queue-backlog',
          title: 'Queue backlog',
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
    {
      panels: [
        {
          id: 'api-latency',
          title: 'API latency p99',
          kind: 'timeseries',
          unit: 'seconds',
          thresholds: seedThresholds.apiLatencyP99Seconds,
          queries: quantileQueries([
            {
              quantile: 0.99,
              metric: 'message_api_latency_seconds',
              by: 'endpoint',
              legend: '{{endpoint}}',
            },
          ]),
        },
        {
          id: 'delivery-latency',
          title: 'Delivery latency p95',
          kind: 'timeseries',
          unit: 'seconds',
          thresholds: seedThresholds.deliveryLatencyP95Seconds,
          queries: quantileQueries([
            {
              quantile: 0.95,
              metric: 'message_delivery_latency_seconds',
              by: 'delivery_type',
              legend: '{{delivery_type}}',
            },
          ]),
        },
      ],
    },
  ],
};
