// The whole simulated Nova platform: two WebSocket gateways, the messaging API and analytics, each
// with its own registry, advanced one tick at a time under the current scenario.
import {Registry} from 'prom-client';
import {createGateway} from './gateway.js';
import {analyticsMetrics, gatewayMetrics, messagingMetrics} from './metrics.js';
import {createAnalytics, createMessaging} from './messaging.js';
import {seededRandom, randomRound, type Random} from './random.js';
import {conversationCount, normalConditions, type Scenario, scenarios} from './scenarios.js';
import {dailyFactor, hourOfDay} from './traffic.js';

/** The scrape targets, each served at `/<instance>/metrics`. */
export const instances = {
  gateways: ['ws-gateway-1', 'ws-gateway-2'],
  messaging: 'messaging-api-1',
  analytics: 'analytics-1',
} as const;

export const allInstances: readonly string[] = [
  ...instances.gateways,
  instances.messaging,
  instances.analytics,
];

export type WorkloadOptions = {
  readonly seed: number;
  /** Pins the traffic shape to this hour of the day (UTC) instead of following the clock. */
  readonly hour?: number;
};

export type Workload = {
  readonly registries: ReadonlyMap<string, Registry>;
  readonly scenario: () => Scenario;
  readonly setScenario: (scenario: Scenario) => void;
  readonly isDown: (instance: string) => boolean;
  /** Advances the workload by `seconds` of traffic, ending at `nowMs`. */
  readonly tick: (nowMs: number, seconds: number) => void;
};

export function createWorkload(options: WorkloadOptions): Workload {
  const random = seededRandom(options.seed);
  const registries = new Map(allInstances.map((instance) => [instance, new Registry()]));
  const registry = (instance: string): Registry => registries.get(instance) ?? new Registry();
  const gateways = instances.gateways.map((instance) =>
    createGateway(gatewayMetrics(registry(instance)), random, 1 / instances.gateways.length),
  );
  const messaging = createMessaging(messagingMetrics(registry(instances.messaging)), random);
  const analytics = createAnalytics(analyticsMetrics(registry(instances.analytics)), random);
  const weights = conversationWeights(random);
  let current: Scenario = scenarios[0] as Scenario;

  return {
    registries,
    scenario: () => current,
    setScenario: (scenario) => (current = scenario),
    isDown: (instance) => current.apply(normalConditions).downInstances.includes(instance),
    tick(nowMs, seconds) {
      const conditions = current.apply(normalConditions);
      const hour = options.hour ?? hourOfDay(nowMs);
      const load = Math.max(0.05, dailyFactor(hour) * (1 + 0.08 * random.normal()));
      const tick = {seconds, load, conditions};
      const open = weights.map((weight, index) =>
        index < conditions.idleConversations ? 0 : Math.max(1, randomRound(random, weight * load)),
      );
      gateways.forEach((gateway, index) => {
        gateway.tick(
          tick,
          open.map((count) => splitConnections(count, index)),
        );
      });
      messaging.tick(tick);
      analytics.tick(tick);
    },
  };
}

/** How many connections each conversation has at full load; the idle ones come first. */
function conversationWeights(random: Random): number[] {
  return Array.from({length: conversationCount}, () => 2 + 10 * random.next());
}

/** Gateway 0 takes the larger half of a conversation's connections. */
function splitConnections(count: number, gateway: number): number {
  return gateway === 0 ? Math.ceil(count / 2) : Math.floor(count / 2);
}
