// The local Nova monitoring stack: nova-sim, a real Prometheus and a real AlertManager on
// loopback, configured from deploy/. Used by `npm run stack` and the integration tests.
import {findScenario, type Scenario} from '../sim/scenarios.js';
import {startSim, type SimHandle} from '../sim/server.js';
import {
  localAlertmanagerConfig,
  localPrometheusConfig,
  localRuleFiles,
  readDeployFiles,
  type FastTimings,
} from './deploy-files.js';
import {freePort, startAlertmanager, startPrometheus, type ServerHandle} from './servers.js';

/** Timings for tests and demos: alerts fire and resolve within seconds. */
export const fastTimings: FastTimings = {interval: '1s', window: '8s', for: '1s', grouping: '1s'};

export type StackOptions = {
  readonly seed: number;
  readonly scenario?: string;
  readonly hour?: number;
  readonly fast?: FastTimings;
};

export type Stack = {
  readonly sim: SimHandle;
  readonly prometheus: ServerHandle;
  readonly alertmanager: ServerHandle;
  /** Stops everything that was started, last started first. */
  readonly stop: () => Promise<void>;
};

export async function startStack(options: StackOptions): Promise<Stack> {
  const scenario = resolveScenario(options.scenario ?? 'normal');
  const files = readDeployFiles();
  const started: {stop: () => Promise<void>}[] = [];
  const stop = async (): Promise<void> => {
    for (const handle of started.reverse()) await handle.stop();
  };
  try {
    const sim = await startSim({
      port: 0,
      host: '127.0.0.1',
      seed: options.seed,
      scenario,
      tickMs: options.fast ? 250 : 1000,
      ...(options.hour === undefined ? {} : {hour: options.hour}),
    });
    started.push(sim);
    const alertmanager = await startAlertmanager({
      configYaml: localAlertmanagerConfig(files, options.fast),
    });
    started.push(alertmanager);
    const prometheusPort = await freePort();
    const addresses = {
      sim: `127.0.0.1:${sim.port}`,
      alertmanager: `127.0.0.1:${alertmanager.port}`,
      prometheus: `127.0.0.1:${prometheusPort}`,
    };
    const prometheus = await startPrometheus({
      port: prometheusPort,
      configYaml: localPrometheusConfig(files, addresses, options.fast),
      ruleFiles: localRuleFiles(files, options.fast),
    });
    started.push(prometheus);
    return {sim, prometheus, alertmanager, stop};
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Resolves true once Prometheus has scraped every configured target successfully, or false as
 * soon as `cancelled()` says so.
 */
export async function waitForData(
  prometheusUrl: string,
  timeoutMs: number,
  cancelled: () => boolean = () => false,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (cancelled()) return false;
    const health = await targetHealth(prometheusUrl);
    if (health.length > 0 && health.every((state) => state === 'up')) return true;
    if (Date.now() > deadline) {
      throw new Error(`Prometheus has no data from every target after ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The health of each active target: `up`, `down` or `unknown` (not scraped yet). */
async function targetHealth(prometheusUrl: string): Promise<string[]> {
  try {
    const url = `${prometheusUrl}/api/v1/targets?state=active`;
    const response = await fetch(url, {signal: AbortSignal.timeout(2_000)});
    const body = (await response.json()) as {data?: {activeTargets?: {health?: string}[]}};
    return (body.data?.activeTargets ?? []).map((target) => target.health ?? 'unknown');
  } catch {
    return [];
  }
}

function resolveScenario(name: string): Scenario {
  const scenario = findScenario(name);
  if (!scenario) throw new Error(`Unknown scenario "${name}"`);
  return scenario;
}
