// The files of deploy/, read and adapted to a local run: targets on loopback ports instead of
// docker-compose host names, no notification channels, and (for tests and demos) fast timings.
// The deploy files stay the single source; nothing here is a second copy of them.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse, stringify} from 'yaml';

export const deployDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../deploy');

export type DeployFiles = {
  readonly prometheusYaml: string;
  readonly alertmanagerYaml: string;
  /** Rule file path as prometheus.yml names it (relative to deploy/) -> contents. */
  readonly ruleFiles: Readonly<Record<string, string>>;
};

export function readDeployFiles(directory = deployDir): DeployFiles {
  const read = (name: string) => readFileSync(path.join(directory, name), 'utf8');
  const prometheusYaml = read('prometheus.yml');
  const names = asStrings((parse(prometheusYaml) as {rule_files?: unknown}).rule_files);
  return {
    prometheusYaml,
    alertmanagerYaml: read('alertmanager.yml'),
    ruleFiles: Object.fromEntries(names.map((name) => [name, read(name)])),
  };
}

export type LocalAddresses = {
  /** host:port of each docker-compose address in prometheus.yml. */
  readonly sim: string;
  readonly alertmanager: string;
  readonly prometheus: string;
};

/** How fast the local stack runs; undefined keeps the deploy files' own timings. */
export type FastTimings = {
  /** Scrape and evaluation interval, e.g. `1s`. */
  readonly interval: string;
  /** Replaces every range in a rule expression (`[5m]`, `[1h]`), e.g. `8s`. */
  readonly window: string;
  /** Replaces every alert's `for`. */
  readonly for: string;
  /** AlertManager's group_wait and group_interval. */
  readonly grouping: string;
};

const composeAddresses = {
  'nova-sim:9464': 'sim',
  'alertmanager:9093': 'alertmanager',
  'localhost:9090': 'prometheus',
} as const satisfies Record<string, keyof LocalAddresses>;

type Mapping = Record<string, unknown>;

export function localPrometheusConfig(
  files: DeployFiles,
  addresses: LocalAddresses,
  fast?: FastTimings,
): string {
  const config = parse(files.prometheusYaml) as Mapping;
  const swap = (target: string): string =>
    target in composeAddresses
      ? addresses[composeAddresses[target as keyof typeof composeAddresses]]
      : target;
  // The server writes rule files next to its config, so they are named without a folder.
  config['rule_files'] = Object.keys(files.ruleFiles).map((name) => path.basename(name));
  for (const group of [...scrapeConfigs(config), ...alertmanagerConfigs(config)]) {
    for (const staticConfig of asMappings(group['static_configs'])) {
      staticConfig['targets'] = asStrings(staticConfig['targets']).map(swap);
    }
  }
  if (fast) {
    config['global'] = {
      ...asMapping(config['global']),
      scrape_interval: fast.interval,
      evaluation_interval: fast.interval,
    };
    for (const job of scrapeConfigs(config)) job['scrape_interval'] = fast.interval;
  }
  return stringify(config);
}

/** The rule files as the local Prometheus reads them: by base name, fast timings if asked. */
export function localRuleFiles(files: DeployFiles, fast?: FastTimings): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files.ruleFiles).map(([name, text]) => [
      path.basename(name),
      fast ? fastRules(text, fast) : text,
    ]),
  );
}

/** A test copy of a rule file: group intervals dropped, every range and `for` shortened. */
export function fastRules(text: string, fast: FastTimings): string {
  const file = parse(text) as Mapping;
  for (const group of asMappings(file['groups'])) {
    delete group['interval'];
    for (const rule of asMappings(group['rules'])) {
      if (typeof rule['expr'] === 'string') {
        rule['expr'] = rule['expr'].replace(/\[\d+[smhdwy]\]/g, `[${fast.window}]`);
      }
      if ('for' in rule) rule['for'] = fast.for;
    }
  }
  return stringify(file);
}

/**
 * alertmanager.yml with the same routes, grouping and inhibition, but receivers without
 * notification channels: a local run must not page anyone or read secret files.
 */
export function localAlertmanagerConfig(files: DeployFiles, fast?: FastTimings): string {
  const config = parse(files.alertmanagerYaml) as Mapping;
  config['receivers'] = asMappings(config['receivers']).map((receiver) => ({
    name: receiver['name'],
  }));
  if (fast) {
    Object.assign(asMapping(config['route']), {
      group_wait: fast.grouping,
      group_interval: fast.grouping,
    });
  }
  return stringify(config);
}

function scrapeConfigs(config: Mapping): Mapping[] {
  return asMappings(config['scrape_configs']);
}

function alertmanagerConfigs(config: Mapping): Mapping[] {
  return asMappings(asMapping(config['alerting'])['alertmanagers']);
}

function asMapping(value: unknown): Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Mapping)
    : {};
}

function asMappings(value: unknown): Mapping[] {
  return Array.isArray(value) ? value.map(asMapping) : [];
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
