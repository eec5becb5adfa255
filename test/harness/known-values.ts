// What the test exporter's normal profile implies for each dashboard panel, computed from its
// known values independently of Prometheus and of nova-top.
import {
  defaultBuckets,
  expectedQuantile,
  normalProfile,
  perScrape,
  wsLatencyBuckets,
} from './exporter.js';

/** The profile the exporter serves unless told otherwise. */
export const profile = normalProfile;

const gauge = (name: string, labels: Readonly<Record<string, string>> = {}): number =>
  (profile.gauges[name] ?? [])
    .filter((item) => Object.entries(labels).every(([key, value]) => item.labels[key] === value))
    .reduce((sum, item) => sum + item.value, 0);

/** sum(ws_active_connections). */
export const connections = gauge('ws_active_connections');
/** message_queue_depth by queue_type. */
export const queues = {
  pending: gauge('message_queue_depth', {queue_type: 'pending'}),
  failed: gauge('message_queue_depth', {queue_type: 'failed'}),
  retry: gauge('message_queue_depth', {queue_type: 'retry'}),
} as const;
export const errorRatePercent =
  (100 * perScrape(profile, 'ws_errors_total')) / perScrape(profile, 'ws_messages_sent_total');
export const deliveryFailurePercent =
  (100 * perScrape(profile, 'messages_sent_total', {status: 'failed'})) /
  perScrape(profile, 'messages_sent_total');
export const conversationSuccessPercent =
  (100 * perScrape(profile, 'conversations_created_total', {status: 'success'})) /
  perScrape(profile, 'conversations_created_total');

/** histogram_quantile of a histogram family, optionally of one label value. */
export function quantileOf(metric: string, q: number, label?: string, value?: string): number {
  const observations = (profile.histograms[metric] ?? []).filter(
    (item) => label === undefined || item.labels[label] === value,
  );
  const buckets = metric === 'ws_message_latency_seconds' ? wsLatencyBuckets : defaultBuckets;
  return expectedQuantile(q, buckets, observations);
}

/** Each label value's share of a counter family's growth, e.g. {opened: 0.5, ...}. */
export function sharesOf(metric: string, label: string, prefix = ''): Record<string, number> {
  const total = perScrape(profile, metric);
  return Object.fromEntries(
    (profile.counters[metric] ?? []).map((step) => [
      `${prefix}${step.labels[label]}`,
      step.perScrape / total,
    ]),
  );
}
