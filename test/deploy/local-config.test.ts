// The local stack's configs are deploy/'s with loopback targets, no notification channels and,
// for tests, fast timings.
import {describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {
  fastRules,
  localAlertmanagerConfig,
  localPrometheusConfig,
  readDeployFiles,
} from '../../stack/deploy-files.js';
import {fastTimings} from '../../stack/start-stack.js';

const files = readDeployFiles();
const addresses = {
  sim: '127.0.0.1:1001',
  alertmanager: '127.0.0.1:1002',
  prometheus: '127.0.0.1:1003',
};

type Config = {
  global: Record<string, string>;
  rule_files: string[];
  scrape_configs: {
    job_name: string;
    scrape_interval: string;
    static_configs: {targets: string[]}[];
  }[];
  alerting: {alertmanagers: {static_configs: {targets: string[]}[]}[]};
};

describe('localPrometheusConfig', () => {
  test('points every target at the local processes and names the rule files without a folder', () => {
    const config = parse(localPrometheusConfig(files, addresses)) as Config;
    expect(config.rule_files).toEqual(['recording.rules.yml', 'alerts.rules.yml']);
    expect(config.alerting.alertmanagers[0]?.static_configs[0]?.targets).toEqual([
      '127.0.0.1:1002',
    ]);
    expect(
      config.scrape_configs.map((job) => job.static_configs.flatMap((s) => s.targets)),
    ).toEqual([
      ['127.0.0.1:1003'],
      ['127.0.0.1:1002'],
      ['127.0.0.1:1001', '127.0.0.1:1001'],
      ['127.0.0.1:1001'],
      ['127.0.0.1:1001'],
    ]);
    expect(config.scrape_configs.map((job) => job.scrape_interval)).toEqual([
      '15s',
      '15s',
      '10s',
      '30s',
      '60s',
    ]);
  });

  test('with fast timings scrapes and evaluates every second', () => {
    const config = parse(localPrometheusConfig(files, addresses, fastTimings)) as Config;
    expect(config.global['scrape_interval']).toBe('1s');
    expect(config.global['evaluation_interval']).toBe('1s');
    expect(new Set(config.scrape_configs.map((job) => job.scrape_interval))).toEqual(
      new Set(['1s']),
    );
  });
});

describe('fastRules', () => {
  test('drops group intervals and shortens every range and for', () => {
    const input = [
      'groups:',
      '  - name: g',
      '    interval: 1m',
      '    rules:',
      '      - record: a:b:rate5m',
      '        expr: sum(rate(x[5m])) / sum(rate(y[1h]))',
      '      - alert: A',
      '        expr: a:b:rate5m > 1',
      '        for: 15m',
      '',
    ].join('\n');
    expect(parse(fastRules(input, fastTimings))).toEqual({
      groups: [
        {
          name: 'g',
          rules: [
            {record: 'a:b:rate5m', expr: 'sum(rate(x[8s])) / sum(rate(y[8s]))'},
            {alert: 'A', expr: 'a:b:rate5m > 1', for: '1s'},
          ],
        },
      ],
    });
  });
});

describe('localAlertmanagerConfig', () => {
  test('keeps routes and inhibition, drops every notification channel', () => {
    const deploy = parse(files.alertmanagerYaml) as Record<string, unknown>;
    const local = parse(localAlertmanagerConfig(files)) as Record<string, unknown>;
    expect(local['route']).toEqual(deploy['route']);
    expect(local['inhibit_rules']).toEqual(deploy['inhibit_rules']);
    expect(local['receivers']).toEqual([{name: 'default'}, {name: 'critical'}, {name: 'warning'}]);
  });

  test('with fast timings groups for one second', () => {
    const local = parse(localAlertmanagerConfig(files, fastTimings)) as {
      route: Record<string, unknown>;
    };
    expect(local.route['group_wait']).toBe('1s');
    expect(local.route['group_interval']).toBe('1s');
  });
});
