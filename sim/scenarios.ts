// The workload's conditions, and the named fault scenarios that change them. Each scenario says
// which alerts of deploy/rules/alerts.rules.yml it drives; the integration tests hold it to that.

/** Everything a scenario can change. Rates are per second at the daily peak. */
export type Conditions = {
  /** WebSocket messages sent per gateway. */
  readonly wsMessagesPerSecond: number;
  /** ws_errors_total per ws_messages_sent_total. */
  readonly wsErrorRatio: number;
  /** Share of WebSocket message latencies slower than 5 s. */
  readonly wsSlowShare: number;
  /** Reconnections per minute over all gateways, by reason. */
  readonly reconnectsPerMinute: {
    readonly connectionLost: number;
    readonly heartbeatTimeout: number;
  };
  /** messages_sent_total{status="failed"} per messages_sent_total. */
  readonly deliveryFailureRatio: number;
  /** Where each message_queue_depth settles. */
  readonly queueTargets: {
    readonly pending: number;
    readonly failed: number;
    readonly retry: number;
  };
  readonly searchesPerSecond: number;
  /** Median search latency in seconds, by index type. */
  readonly searchMedianSeconds: {readonly fulltext: number; readonly bm25: number};
  readonly searchFailureRatio: number;
  readonly conversationsPerSecond: number;
  readonly conversationFailureRatio: number;
  /** How many of the 24 conversations have no open connection. */
  readonly idleConversations: number;
  /** Instances whose /metrics answer 503, as if the process were gone. */
  readonly downInstances: readonly string[];
};

export const conversationCount = 24;

export const normalConditions: Conditions = {
  wsMessagesPerSecond: 40,
  wsErrorRatio: 0.01,
  wsSlowShare: 0,
  reconnectsPerMinute: {connectionLost: 1.5, heartbeatTimeout: 0.5},
  deliveryFailureRatio: 0.004,
  queueTargets: {pending: 120, failed: 15, retry: 30},
  searchesPerSecond: 6,
  searchMedianSeconds: {fulltext: 0.08, bm25: 0.04},
  // Any failed search is noticed (MessageSearchFailures fires above 1%), so healthy is none.
  searchFailureRatio: 0,
  conversationsPerSecond: 4,
  conversationFailureRatio: 0.004,
  idleConversations: 10,
  downInstances: [],
};

export type Scenario = {
  readonly name: string;
  readonly description: string;
  /** The alerts this scenario makes fire (on top of a quiet baseline). */
  readonly alerts: readonly string[];
  readonly apply: (normal: Conditions) => Conditions;
};

export const scenarios: readonly Scenario[] = [
  {
    name: 'normal',
    description: 'Healthy traffic with the daily shape and noise; no alert fires.',
    alerts: [],
    apply: (c) => c,
  },
  {
    name: 'ws-error-burst',
    description: '25% of WebSocket messages fail (timeouts, send failures, lost connections).',
    alerts: ['CriticalWebSocketErrorRate', 'HighWebSocketErrorRate', 'PersistentHighErrorRate'],
    apply: (c) => ({...c, wsErrorRatio: 0.25}),
  },
  {
    name: 'ws-latency',
    description: '15% of WebSocket messages take 5-9 s (p95 above 5 s).',
    alerts: ['WebSocketConnectionTimeoutExceeded'],
    apply: (c) => ({...c, wsSlowShare: 0.15}),
  },
  {
    name: 'reconnection-storm',
    description: 'Clients lose their connections: 40 reconnections a minute.',
    alerts: ['HighWebSocketReconnectionRate'],
    apply: (c) => ({...c, reconnectsPerMinute: {...c.reconnectsPerMinute, connectionLost: 40}}),
  },
  {
    name: 'heartbeat-timeouts',
    description: 'Heartbeats go unanswered: 5 heartbeat-timeout reconnections a minute.',
    alerts: ['WebSocketHeartbeatFailures'],
    apply: (c) => ({...c, reconnectsPerMinute: {...c.reconnectsPerMinute, heartbeatTimeout: 5}}),
  },
  {
    name: 'delivery-failures',
    description: '15% of message sends fail (network, timeout, invalid, other).',
    alerts: ['CriticalMessageDeliveryFailure', 'HighMessageDeliveryFailureRate'],
    apply: (c) => ({...c, deliveryFailureRatio: 0.15}),
  },
  {
    name: 'failed-queue',
    description: 'Undeliverable messages pile up: about 800 in the failed queue.',
    alerts: ['FailedMessageQueueCritical'],
    apply: (c) => ({...c, queueTargets: {...c.queueTargets, failed: 800}}),
  },
  {
    name: 'queue-backlog',
    description: 'Delivery falls behind: about 1,800 messages pending.',
    alerts: ['MessageQueueBacklog'],
    apply: (c) => ({...c, queueTargets: {...c.queueTargets, pending: 1800, retry: 200}}),
  },
  {
    name: 'search-slowdown',
    description: 'The search index struggles: p95 above 2 s and 5% of searches time out.',
    alerts: ['HighMessageSearchLatency', 'MessageSearchFailures'],
    apply: (c) => ({
      ...c,
      searchMedianSeconds: {fulltext: 3.5, bm25: 2.5},
      searchFailureRatio: 0.05,
    }),
  },
  {
    name: 'conversation-failures',
    description: '15% of conversation creations fail.',
    alerts: ['ConversationCreationFailure'],
    apply: (c) => ({...c, conversationFailureRatio: 0.15}),
  },
  {
    name: 'service-down',
    description: 'WebSocket gateway ws-gateway-2 stops answering scrapes.',
    alerts: ['ServiceDown'],
    apply: (c) => ({...c, downInstances: ['ws-gateway-2']}),
  },
  {
    name: 'idle-conversations',
    description: '23 of the 24 conversations have no open connection (96% idle).',
    alerts: ['IdleConversationsTooHigh'],
    apply: (c) => ({...c, idleConversations: conversationCount - 1}),
  },
];

export function findScenario(name: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.name === name);
}
