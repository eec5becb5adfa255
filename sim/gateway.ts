// One simulated WebSocket gateway: connections, messages, errors, reconnections and latency.
import {createCarry, split} from './carry.js';
import {labelValues, type GatewayMetrics} from './metrics.js';
import {logNormal, randomRound, type Random} from './random.js';
import type {Conditions} from './scenarios.js';

const messageTypeWeights = [0.45, 0.25, 0.15, 0.15];
const errorTypeWeights = [0.3, 0.1, 0.4, 0.2];
const latencyMedianSeconds = {message: 0.02, typing: 0.008} as const;
/** Latency observations per tick and type: enough for stable percentiles, cheap to record. */
const latencySamplesPerTick = 25;

export type Tick = {
  readonly seconds: number;
  /** The daily traffic factor, noise included. */
  readonly load: number;
  readonly conditions: Conditions;
};

export type Gateway = {
  readonly tick: (tick: Tick, connectionsByConversation: readonly number[]) => void;
};

export function createGateway(metrics: GatewayMetrics, random: Random, share: number): Gateway {
  const errors = createCarry();
  const connectionErrors = createCarry();
  initialise(metrics);

  const sendMessages = ({seconds, load, conditions}: Tick): void => {
    const sent = randomRound(random, conditions.wsMessagesPerSecond * load * seconds);
    split(sent, messageTypeWeights).forEach((count, index) => {
      const messageType = labelValues.wsMessageType[index] ?? 'message';
      metrics.messagesSent.inc({message_type: messageType}, count);
      metrics.messagesReceived.inc({message_type: messageType}, randomRound(random, count * 0.98));
    });
    const failed = errors.take(sent * conditions.wsErrorRatio);
    split(failed, errorTypeWeights).forEach((count, index) => {
      metrics.errors.inc({error_type: labelValues.wsErrorType[index] ?? 'timeout'}, count);
    });
  };

  const churnConnections = ({seconds, load, conditions}: Tick): void => {
    const opened = randomRound(random, 3 * load * seconds);
    metrics.connections.inc({status: 'opened'}, opened);
    metrics.connections.inc({status: 'closed'}, randomRound(random, 3 * load * seconds));
    metrics.connections.inc(
      {status: 'error'},
      connectionErrors.take(opened * conditions.wsErrorRatio),
    );
    // Reconnections are rare (about 2 a minute), so they grow by fractions: a whole event every
    // 40 s would read as 7.5/min in the 8 s windows of the fast test rules and fire the alerts.
    const perMinute = conditions.reconnectsPerMinute;
    [perMinute.connectionLost, perMinute.heartbeatTimeout].forEach((rate, index) => {
      const amount = (rate * share * seconds * (1 + 0.1 * random.normal())) / 60;
      metrics.reconnections.inc(
        {reason: labelValues.reconnectReason[index] ?? ''},
        Math.max(0, amount),
      );
    });
  };

  const observeLatency = ({conditions}: Tick): void => {
    for (const messageType of labelValues.latencyMessageType) {
      for (let sample = 0; sample < latencySamplesPerTick; sample += 1) {
        const slow = random.next() < conditions.wsSlowShare;
        const seconds = slow
          ? 5.2 + 3.8 * random.next()
          : Math.min(4.5, logNormal(random, latencyMedianSeconds[messageType], 0.9));
        metrics.latency.observe({message_type: messageType}, seconds);
      }
    }
  };

  return {
    tick(tick, connectionsByConversation) {
      sendMessages(tick);
      churnConnections(tick);
      observeLatency(tick);
      connectionsByConversation.forEach((count, index) => {
        metrics.activeConnections.set({conversation_id: conversationId(index)}, count);
      });
    },
  };
}

export function conversationId(index: number): string {
  return `conv-${String(index + 1).padStart(2, '0')}`;
}

/** Every label combination exists from the first scrape, at 0, so every query finds a series. */
function initialise(metrics: GatewayMetrics): void {
  for (const status of labelValues.connectionStatus) metrics.connections.inc({status}, 0);
  for (const messageType of labelValues.wsMessageType) {
    metrics.messagesSent.inc({message_type: messageType}, 0);
    metrics.messagesReceived.inc({message_type: messageType}, 0);
  }
  for (const errorType of labelValues.wsErrorType) metrics.errors.inc({error_type: errorType}, 0);
  for (const reason of labelValues.reconnectReason) metrics.reconnections.inc({reason}, 0);
}
