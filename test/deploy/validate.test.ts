// The deploy/ files pass the servers' own checkers: promtool check config/rules, amtool
// check-config and the promtool rule unit tests, and so do the local and Kubernetes variants
// made from them. CI installs prometheus and prometheus-alertmanager (.ci/run).
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {parse, stringify} from 'yaml';
import {prometheusRuleManifest} from '../../scripts/kubernetes-manifests.js';
import {
  deployDir,
  localAlertmanagerConfig,
  localPrometheusConfig,
  localRuleFiles,
  readDeployFiles,
} from '../../stack/deploy-files.js';
import {findBinary} from '../../stack/servers.js';
import {fastTimings} from '../../stack/start-stack.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'nova-deploy-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** Runs a checker and returns its output; the test fails with that output when it exits non-zero. */
function check(tool: string, args: readonly string[]): string {
  const binary = findBinary([tool]);
  if (binary === undefined) {
    throw new Error(
      `${tool} is not installed: apt-get install -y --no-install-recommends prometheus prometheus-alertmanager`,
    );
  }
  const result = spawnSync(binary, args, {cwd: deployDir, encoding: 'utf8', timeout: 60_000});
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status, output).toBe(0);
  return output;
}

const files = readDeployFiles();
const addresses = {
  sim: '127.0.0.1:9464',
  alertmanager: '127.0.0.1:9093',
  prometheus: '127.0.0.1:9090',
};

describe('deploy/ files', () => {
  test('promtool check config accepts prometheus.yml and its two rule files', () => {
    expect(check('promtool', ['check', 'config', 'prometheus.yml'])).toContain(
      'SUCCESS: 2 rule files found',
    );
  });

  test('promtool check rules accepts every rule file', () => {
    const output = check('promtool', ['check', 'rules', ...Object.keys(files.ruleFiles)]);
    expect(output).toContain('SUCCESS: 15 rules found');
  });

  test('amtool check-config accepts alertmanager.yml', () => {
    expect(check('amtool', ['check-config', 'alertmanager.yml'])).toContain('1 inhibit rules');
  });

  test('promtool test rules passes every rule unit test', () => {
    const tests = readdirSync(path.join(deployDir, 'rules/tests')).filter((name) =>
      name.endsWith('.test.yml'),
    );
    expect(tests.length).toBeGreaterThan(0);
    const output = check('promtool', [
      'test',
      'rules',
      ...tests.map((name) => `rules/tests/${name}`),
    ]);
    expect(output).not.toContain('FAILED');
  });
});

describe('files made from deploy/', () => {
  for (const [label, fast] of [
    ['deploy timings', undefined],
    ['fast timings', fastTimings],
  ] as const) {
    test(`the local Prometheus config with ${label} passes promtool check config`, () => {
      const directory = mkdtempSync(path.join(scratch, 'prometheus-'));
      for (const [name, text] of Object.entries(localRuleFiles(files, fast))) {
        writeFileSync(path.join(directory, name), text);
      }
      const config = path.join(directory, 'prometheus.yml');
      writeFileSync(config, localPrometheusConfig(files, addresses, fast));
      expect(check('promtool', ['check', 'config', config])).toContain(
        'SUCCESS: 2 rule files found',
      );
    });

    test(`the local AlertManager config with ${label} passes amtool check-config`, () => {
      const config = path.join(scratch, `alertmanager-${fast ? 'fast' : 'deploy'}.yml`);
      writeFileSync(config, localAlertmanagerConfig(files, fast));
      expect(check('amtool', ['check-config', config])).toContain('3 receivers');
    });
  }

  test('the Kubernetes PrometheusRule holds rules that promtool accepts', () => {
    const manifest = parse(prometheusRuleManifest(files)) as {spec: {groups: unknown[]}};
    const rules = path.join(scratch, 'kubernetes.rules.yml');
    writeFileSync(rules, stringify({groups: manifest.spec.groups}));
    expect(check('promtool', ['check', 'rules', rules])).toContain('SUCCESS: 34 rules found');
  });
});
