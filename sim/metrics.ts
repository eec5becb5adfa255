// The seed's metric families, one prom-client registry per simulated instance, so that each
// instance is its own scrape target with its own `job` and `instance` labels in Prometheus.
import type {Registry} from 'prom-client';
import {Counter, Gauge, Histogram} from 'prom-client';

/**
 * The seed's buckets for ws_message_latency_seconds (1ms, 5ms, 10ms, 50ms, 100ms, 500ms, 1s, 5s),
 * and 10s and 30s above them: with 5 s the largest, histogram_quantile could never say more than
 * 5 s, so a p95 above the alert's 5 s could not be seen on a panel.
 */
export const wsLatencyBuckets = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30];
/** The seed gives no buckets for these; they reach above every threshold the alerts and panels use. */
export const searchLatencyBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];
export const deliveryLatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
export const apiLatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export const labelValues = {
  connectionStatus: ['opened', 'closed', 'error'],
  wsMessageType: ['message', 'typing', 'ping', 'pong'],
  wsErrorType: ['timeout', 'decode', 'send_failed', 'connection_lost'],
  reconnectReason: ['connection_lost', 'heartbeat_timeout'],
  latencyMessageType: ['message', 'typing'],
  status: ['success', 'failed'],
  deliveryErrorType: ['network', 'timeout', 'invalid', 'other'],
  indexType: ['fulltext', 'bm25'],
  queueType: ['pending', 'failed', 'retry'],
  deliveryType: ['direct', 'queue', 'broadcast'],
  endpoint: ['send', 'receive', 'list', 'search'],
} as const;

export function gatewayMetrics(registry: Registry) {
  const registers = [registry];
  return {
    connections: new Counter({
      name: 'ws_connections_total',
      help: 'WebSocket connections by outcome.',
      labelNames: ['status'],
      registers,
    }),
    messagesSent: new Counter({
      name: 'ws_messages_sent_total',
      help: 'WebSocket messages sent by type.',
      labelNames: ['message_type'],
      registers,
    }),
    messagesReceived: new Counter({
      name: 'ws_messages_received_total',
      help: 'WebSocket messages received by type.',
      labelNames: ['message_type'],
      registers,
    }),
    errors: new Counter({
      name: 'ws_errors_total',
      help: 'WebSocket errors by type.',
      labelNames: ['error_type'],
      registers,
    }),
    reconnections: new Counter({
      name: 'ws_reconnections_total',
      help: 'Client reconnections by reason.',
      labelNames: ['reason'],
      registers,
    }),
    latency: new Histogram({
      name: 'ws_message_latency_seconds',
      help: 'WebSocket message latency.',
      labelNames: ['message_type'],
      buckets: wsLatencyBuckets,
      registers,
    }),
    activeConnections: new Gauge({
      name: 'ws_active_connections',
      help: 'Open WebSocket connections per conversation.',
      labelNames: ['conversation_id'],
      registers,
    }),
  };
}

export function messagingMetrics(registry: Registry) {
  const registers = [registry];
  const histogram = (name: string, help: string, label: string, buckets: number[]) =>
    new Histogram({name, help, labelNames: [label], buckets, registers});
  return {
    sent: new Counter({
      name: 'messages_sent_total',
      help: 'Messages sent through the API.',
      labelNames: ['status'],
      registers,
    }),
    received: new Counter({
      name: 'messages_received_total',
      help: 'Messages received through the API.',
      labelNames: ['status'],
      registers,
    }),
    deliveryFailures: new Counter({
      name: 'message_delivery_failures_total',
      help: 'Message deliveries that failed, by cause.',
      labelNames: ['error_type'],
      registers,
    }),
    searches: new Counter({
      name: 'message_searches_total',
      help: 'Message searches by index and outcome.',
      labelNames: ['index_type', 'status'],
      registers,
    }),
    searchLatency: histogram(
      'message_search_latency_seconds',
      'Message search latency.',
      'index_type',
      searchLatencyBuckets,
    ),
    queueDepth: new Gauge({
      name: 'message_queue_depth',
      help: 'Messages waiting, by queue.',
      labelNames: ['queue_type'],
      registers,
    }),
    deliveryLatency: histogram(
      'message_delivery_latency_seconds',
      'Time from send to delivery.',
      'delivery_type',
      deliveryLatencyBuckets,
    ),
    apiLatency: histogram(
      'message_api_latency_seconds',
      'REST API latency by endpoint.',
      'endpoint',
      apiLatencyBuckets,
    ),
  };
}

export function analyticsMetrics(registry: Registry) {
  return {
    conversations: new Counter({
      name: 'conversations_created_total',
      help: 'Conversations created, by outcome.',
      labelNames: ['status'],
      registers: [registry],
    }),
  };
}

export type GatewayMetrics = ReturnType<typeof gatewayMetrics>;
export type MessagingMetrics = ReturnType<typeof messagingMetrics>;
export type AnalyticsMetrics = ReturnType<typeof analyticsMetrics>;
