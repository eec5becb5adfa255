// The seed's alert thresholds, in the units the panels show (percent, per minute, seconds), named
// once so that dashboards and tests agree on them.
import type {Thresholds} from './spec.js';

export const seedThresholds = {
  wsErrorRatePercent: {warning: 5, critical: 15},
  /** PersistentHighErrorRate: the error rate averaged over an hour is critical above 5%. */
  wsErrorRate1hPercent: {critical: 5},
  reconnectionsPerMinute: {warning: 10},
  /** WebSocketHeartbeatFailures, MessageSearchFailures, IdleConversationsTooHigh are info. */
  heartbeatTimeoutsPerMinute: {warning: 2, info: true},
  /** WebSocketConnectionTimeoutExceeded: p95 > 5s is "more than 5% of messages slower than 5s". */
  slowerThan5sPercent: {warning: 5},
  idleConversationsPercent: {warning: 90, info: true},
  wsLatencyP95Seconds: {warning: 5},
  deliveryFailurePercent: {warning: 2, critical: 10},
  pendingQueue: {warning: 1000},
  failedQueue: {critical: 500},
  searchLatencyP95Seconds: {warning: 2},
  searchFailurePercent: {warning: 1, info: true},
  deliveryLatencyP95Seconds: {warning: 0.5},
  apiLatencyP99Seconds: {warning: 1},
  /** ConversationCreationFailure fires above 5% failures, i.e. below 95% success. */
  conversationSuccessPercent: {warning: 95, direction: 'below'},
} as const satisfies Record<string, Thresholds>;
