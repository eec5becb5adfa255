// docker-compose.yml, prometheus.yml and alertmanager.yml hold what the design asks of them.
// Docker does not run in CI, so this checks the files: pinned images, mounted files that exist,
// the scrape tiers, and secrets read from files.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {deployDir} from '../../stack/deploy-files.js';

const read = (name: string) => readFileSync(path.join(deployDir, name), 'utf8');

type Compose = {services: Record<string, {image: string; volumes?: string[]; command?: string[]}>};
const compose = parse(read('docker-compose.yml')) as Compose;

describe('docker-compose.yml', () => {
  test('runs Prometheus, AlertManager, Grafana and nova-sim from pinned images', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'alertmanager',
      'grafana',
      'nova-sim',
      'prometheus',
    ]);
    for (const service of Object.values(compose.services)) {
      expect(service.image).toMatch(/:v?\d+\.\d+\.\d+(-[a-z-]+)?$/);
    }
  });

  test('mounts only files and folders that exist in deploy/', () => {
    const sources = Object.values(compose.services).flatMap((service) =>
      (service.volumes ?? [])
        .map((volume) => volume.split(':')[0] ?? '')
        .filter((source) => source.startsWith('.')),
    );
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources)
      expect(existsSync(path.join(deployDir, source)), source).toBe(true);
  });

  test('keeps 30 days of data and allows reloads', () => {
    expect(compose.services['prometheus']?.command).toEqual(
      expect.arrayContaining(['--storage.tsdb.retention.time=30d', '--web.enable-lifecycle']),
    );
  });
});

describe('prometheus.yml', () => {
  type Job = {
    job_name: string;
    scrape_interval: string;
    static_configs: {labels?: Record<string, string>}[];
  };
  const config = parse(read('prometheus.yml')) as {
    global: {scrape_interval: string; evaluation_interval: string};
    scrape_configs: Job[];
    alerting: {alertmanagers: {static_configs: {targets: string[]}[]}[]};
  };

  test('scrapes each tier at its interval: fast 10-15 s, medium 30 s, slow 60 s', () => {
    expect(config.scrape_configs.map((job) => [job.job_name, job.scrape_interval])).toEqual([
      ['prometheus', '15s'],
      ['alertmanager', '15s'],
      ['nova-websocket', '10s'],
      ['nova-messaging-api', '30s'],
      ['nova-analytics', '60s'],
    ]);
    expect(config.global).toEqual({
      scrape_interval: '15s',
      evaluation_interval: '15s',
      external_labels: {cluster: 'nova'},
    });
  });

  test('scrapes two WebSocket gateways as separate instances', () => {
    const gateways = config.scrape_configs.find((job) => job.job_name === 'nova-websocket');
    expect(gateways?.static_configs.map((target) => target.labels?.['instance'])).toEqual([
      'ws-gateway-1',
      'ws-gateway-2',
    ]);
  });

  test('sends alerts to AlertManager and shows a remote_write example', () => {
    expect(config.alerting.alertmanagers[0]?.static_configs[0]?.targets).toEqual([
      'alertmanager:9093',
    ]);
    expect(read('prometheus.yml')).toMatch(/^# remote_write:\n# {3}- url: /m);
  });
});

describe('alertmanager.yml', () => {
  const text = read('alertmanager.yml');
  const config = parse(text) as {
    route: {receiver: string; routes: {matchers: string[]; receiver: string; continue?: boolean}[]};
    inhibit_rules: {source_matchers: string[]; target_matchers: string[]; equal: string[]}[];
    receivers: Record<string, Record<string, string>[] | string>[];
  };

  test('routes critical to the pager and Slack (continuing), warning to Slack, the rest to default', () => {
    expect(config.route.receiver).toBe('default');
    expect(config.route.routes).toEqual([
      {matchers: ['severity="critical"'], receiver: 'critical', continue: true},
      {matchers: ['severity="warning"'], receiver: 'warning'},
    ]);
  });

  test('inhibits a warning while the critical alert with the same signal fires', () => {
    expect(config.inhibit_rules).toEqual([
      {
        source_matchers: ['severity="critical"', 'signal=~".+"'],
        target_matchers: ['severity="warning"'],
        equal: ['signal'],
      },
    ]);
  });

  test('reads every secret from a file and holds no ${VAR} placeholder', () => {
    expect(JSON.stringify(config)).not.toContain('${');
    const channels = config.receivers.flatMap((receiver) =>
      Object.values(receiver).flatMap((value) => (Array.isArray(value) ? value : [])),
    );
    expect(channels).toHaveLength(3);
    for (const channel of channels) {
      const secrets = Object.keys(channel).filter((key) => /url|key/.test(key));
      expect(
        secrets.every((key) => key.endsWith('_file')),
        JSON.stringify(channel),
      ).toBe(true);
    }
  });
});
