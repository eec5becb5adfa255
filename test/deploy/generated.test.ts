// deploy/'s generated files (Grafana dashboards, Kubernetes manifests) are up to date with their
// sources, and say what those sources say.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parseAllDocuments} from 'yaml';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {generatedDeployFiles} from '../../scripts/generate-deploy.js';
import {dashboardFiles, thresholdSteps} from '../../scripts/grafana-dashboards.js';
import {deployDir} from '../../stack/deploy-files.js';

const generated = generatedDeployFiles();

describe('generated deploy files', () => {
  test.each(Object.keys(generated))('deploy/%s is up to date (npm run generate)', (name) => {
    const file = path.join(deployDir, name);
    expect(existsSync(file), `deploy/${name} is missing`).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(generated[name]);
  });

  test('every dashboard query appears in its Grafana dashboard, instant kinds as instant queries', () => {
    for (const spec of builtinDashboards) {
      const json = JSON.parse(
        generated[`grafana/dashboards/${dashboardFiles[spec.id]}`] ?? '{}',
      ) as {
        uid: string;
        panels: {
          title: string;
          targets: {expr: string; instant?: boolean; datasource: {uid: string}}[];
        }[];
      };
      expect(json.uid).toBe(`nova-${spec.id}`);
      const panels = spec.rows.flatMap((row) => row.panels);
      expect(json.panels.map((panel) => panel.title)).toEqual(panels.map((panel) => panel.title));
      panels.forEach((panel, index) => {
        const targets = json.panels[index]?.targets ?? [];
        expect(targets.map((target) => target.expr)).toEqual(
          panel.queries.map((query) => query.expr),
        );
        const instant = ['breakdown', 'status', 'topn'].includes(panel.kind);
        for (const target of targets) {
          expect(target.instant === true).toBe(instant);
          expect(target.datasource.uid).toBe('prometheus');
        }
      });
    }
  });

  test('the Grafana data source uid is the one the dashboards use', () => {
    const provisioning = readFileSync(
      path.join(deployDir, 'grafana/provisioning/datasources/prometheus.yml'),
      'utf8',
    );
    expect(provisioning).toContain('uid: prometheus');
  });

  test('ServiceMonitors carry each Nova job with the scrape interval of its tier', () => {
    const documents = parseAllDocuments(generated['kubernetes/service-monitors.yaml'] ?? '').map(
      (document) =>
        document.toJS() as {metadata: {name: string}; spec: {endpoints: {interval: string}[]}},
    );
    expect(
      documents.map((document) => [document.metadata.name, document.spec.endpoints[0]?.interval]),
    ).toEqual([
      ['nova-websocket', '10s'],
      ['nova-messaging-api', '30s'],
      ['nova-analytics', '60s'],
    ]);
  });
});

describe('thresholdSteps', () => {
  test.each([
    [undefined, [{color: 'green', value: null}]],
    [
      {warning: 5, critical: 15},
      [
        {color: 'green', value: null},
        {color: 'yellow', value: 5},
        {color: 'red', value: 15},
      ],
    ],
    [
      {warning: 95, direction: 'below' as const},
      [
        {color: 'yellow', value: null},
        {color: 'green', value: 95},
      ],
    ],
    [
      {warning: 95, critical: 80, direction: 'below' as const},
      [
        {color: 'red', value: null},
        {color: 'yellow', value: 80},
        {color: 'green', value: 95},
      ],
    ],
  ])('%j -> %j', (thresholds, steps) => {
    expect(thresholdSteps(thresholds)).toEqual({mode: 'absolute', steps});
  });
});
