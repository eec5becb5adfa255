// `npm run deploy:generate`: writes deploy/'s generated files (Grafana dashboards from the
// dashboard specs, Kubernetes manifests from the rule files). A test fails when they are stale.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {builtinDashboards} from '../source/dashboards/dashboards.js';
import {deployDir, readDeployFiles} from '../stack/deploy-files.js';
import {dashboardFiles, grafanaDashboard} from './grafana-dashboards.js';
import {prometheusRuleManifest, serviceMonitorManifests} from './kubernetes-manifests.js';

/** Relative path under deploy/ -> contents, for every generated file. */
export function generatedDeployFiles(): Record<string, string> {
  const files = readDeployFiles();
  const dashboards = builtinDashboards.map((spec) => [
    `grafana/dashboards/${dashboardFiles[spec.id] ?? `${spec.id}.json`}`,
    `${JSON.stringify(grafanaDashboard(spec), null, 2)}\n`,
  ]);
  return {
    ...Object.fromEntries(dashboards),
    'kubernetes/prometheus-rule.yaml': prometheusRuleManifest(files),
    'kubernetes/service-monitors.yaml': serviceMonitorManifests(files),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const [name, contents] of Object.entries(generatedDeployFiles())) {
    const target = path.join(deployDir, name);
    mkdirSync(path.dirname(target), {recursive: true});
    writeFileSync(target, contents);
    process.stdout.write(`wrote deploy/${name}\n`);
  }
}
