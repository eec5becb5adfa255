// The simulated messaging API (sends, deliveries, queues, search, endpoint latency) and the
// analytics service (conversation creation).
import {createCarry, split} from './carry.js';
import {labelValues, type AnalyticsMetrics, type MessagingMetrics} from './metrics.js';
import {logNormal, randomRound, type Random} from './random.js';
import type {Tick} from './gateway.js';

const deliveryErrorWeights = [0.4, 0.3, 0.1, 0.2];
const deliveryMedianSeconds = {direct: 0.02, queue: 0.12, broadcast: 0.06} as const;
const apiMedianSeconds = {send: 0.03, receive: 0.02, list: 0.05} as const;
/** Queues move towards their target with this time constant (seconds). */
const queueTimeConstant = 3;
const samplesPerTick = 10;

export type Messaging = {readonly tick: (tick: Tick) => void};

export function createMessaging(metrics: MessagingMetrics, random: Random): Messaging {
  const sendFailures = createCarry();
  const receiveFailures = createCarry();
  const searchFailures = createCarry();
  const depths = {pending: 0, failed: 0, retry: 0};
  initialise(metrics);

  const send = ({seconds, load, conditions}: Tick): void => {
    const sent = randomRound(random, conditions.wsMessagesPerSecond * 0.9 * load * seconds);
    const failed = Math.min(sent, sendFailures.take(sent * conditions.deliveryFailureRatio));
    metrics.sent.inc({status: 'success'}, sent - failed);
    metrics.sent.inc({status: 'failed'}, failed);
    split(failed, deliveryErrorWeights).forEach((count, index) => {
      metrics.deliveryFailures.inc({error_type: labelValues.deliveryErrorType[index] ?? ''}, count);
    });
    const received = randomRound(random, sent * 0.97);
    const lost = Math.min(received, receiveFailures.take(received * 0.001));
    metrics.received.inc({status: 'success'}, received - lost);
    metrics.received.inc({status: 'failed'}, lost);
  };

  const search = ({seconds, load, conditions}: Tick): void => {
    const searches = randomRound(random, conditions.searchesPerSecond * load * seconds);
    const [fulltext = 0, bm25 = 0] = split(searches, [0.6, 0.4]);
    const failedTotal = searchFailures.take(searches * conditions.searchFailureRatio);
    const [failedFulltext = 0, failedBm25 = 0] = split(failedTotal, [0.6, 0.4]);
    const counts = {fulltext: [fulltext, failedFulltext], bm25: [bm25, failedBm25]} as const;
    for (const indexType of labelValues.indexType) {
      const [count, failed] = counts[indexType];
      const ok = Math.max(0, count - failed);
      metrics.searches.inc({index_type: indexType, status: 'success'}, ok);
      metrics.searches.inc({index_type: indexType, status: 'failed'}, Math.min(count, failed));
      const median = conditions.searchMedianSeconds[indexType];
      for (let index = 0; index < count; index += 1) {
        const latency = logNormal(random, median, 0.5);
        metrics.searchLatency.observe({index_type: indexType}, latency);
        metrics.apiLatency.observe({endpoint: 'search'}, latency + 0.01);
      }
    }
  };

  const queue = ({seconds, conditions}: Tick): void => {
    const step = 1 - Math.exp(-seconds / queueTimeConstant);
    for (const queueType of labelValues.queueType) {
      const target = conditions.queueTargets[queueType];
      const noisy = target * (1 + 0.05 * random.normal());
      depths[queueType] = Math.max(0, depths[queueType] + (noisy - depths[queueType]) * step);
      metrics.queueDepth.set({queue_type: queueType}, Math.round(depths[queueType]));
    }
  };

  const observeLatency = (): void => {
    const backlog = depths.pending > 1000 ? 4 : 1;
    for (let sample = 0; sample < samplesPerTick; sample += 1) {
      for (const deliveryType of labelValues.deliveryType) {
        const median =
          deliveryMedianSeconds[deliveryType] * (deliveryType === 'queue' ? backlog : 1);
        metrics.deliveryLatency.observe(
          {delivery_type: deliveryType},
          logNormal(random, median, 0.6),
        );
      }
      for (const endpoint of ['send', 'receive', 'list'] as const) {
        const latency = logNormal(random, apiMedianSeconds[endpoint], 0.7);
        metrics.apiLatency.observe({endpoint}, latency);
      }
    }
  };

  return {
    tick(tick) {
      send(tick);
      search(tick);
      queue(tick);
      observeLatency();
    },
  };
}

export type Analytics = {readonly tick: (tick: Tick) => void};

export function createAnalytics(metrics: AnalyticsMetrics, random: Random): Analytics {
  const failures = createCarry();
  for (const status of labelValues.status) metrics.conversations.inc({status}, 0);
  return {
    tick({seconds, load, conditions}) {
      const created = randomRound(random, conditions.conversationsPerSecond * load * seconds);
      const failed = Math.min(
        created,
        failures.take(created * conditions.conversationFailureRatio),
      );
      metrics.conversations.inc({status: 'success'}, created - failed);
      metrics.conversations.inc({status: 'failed'}, failed);
    },
  };
}

function initialise(metrics: MessagingMetrics): void {
  for (const status of labelValues.status) {
    metrics.sent.inc({status}, 0);
    metrics.received.inc({status}, 0);
  }
  for (const errorType of labelValues.deliveryErrorType) {
    metrics.deliveryFailures.inc({error_type: errorType}, 0);
  }
  for (const indexType of labelValues.indexType) {
    for (const status of labelValues.status)
      metrics.searches.inc({index_type: indexType, status}, 0);
  }
}
