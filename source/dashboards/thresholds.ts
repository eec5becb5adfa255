// The seed's alert thresholds, in the units the panels show (percent, per minute, seconds), named
// once so that dashboards and tests agree on them.
import type {Thresholds} from './spec.js';

export const seedThresholds = {
  wsErrorRatePercent: {warning: 5, critical: 15},
  reconnectionsPerMinute: {warning: 10},
  wsLatencyP95Seconds: {warning: 5},
  deliveryFailurePercent: {warning: 2, critical: 10},
  pendingQueue: {warning: 1000},
  failedQueue: {critical: 500},
  searchLatencyP95Seconds: {warning: 2},
  deliveryLatencyP95Seconds: {warning: 0.5},
  apiLatencyP99Seconds: {warning: 1},
  /** ConversationCreationFailure fires above 5% failures, i.e. below 95% success. */
  conversationSuccessPercent: {warning: 95, direction: 'below'},
} as const satisfies Record<string, Thresholds>;
