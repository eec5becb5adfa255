// `npm run record-demo`: regenerates the snapshot `nova-top --demo` replays (demo/nova-incident.jsonl.gz)
// from the real stack. It starts nova-sim, Prometheus and AlertManager with fast timings, lets
// normal traffic fill the charts, then runs nova-top's own pollers (every dashboard, and the
// alerts sources) with the recorder through an incident: normal traffic, WebSocket errors and
// failed deliveries rise and the failed queue piles up (critical alerts fire, warnings go pending
// then fire), then recovery. About four minutes.
//   npm run record-demo -- [--out FILE] [--seed N]
import {chmodSync, mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {createAlertmanagerClient} from '../source/alerts/alertmanager-client.js';
import {createRulesClient} from '../source/alerts/rules-client.js';
import {builtinDashboards} from '../source/dashboards/dashboards.js';
import {createRequest} from '../source/http/http.js';
import type {EndpointConfig} from '../source/config/endpoint.js';
import {createPoller} from '../source/poller/poller.js';
import type {Poller} from '../source/poller/types.js';
import {createAlertsPoller, type AlertsPoller} from '../source/poller/alerts-poller.js';
import {createPrometheusClient} from '../source/prometheus/client.js';
import {createRecorder, type Recorder} from '../source/record-replay/recorder.js';
import {createSnapshotFile} from '../source/record-replay/snapshot-file.js';
import {findScenario, type Scenario} from '../sim/scenarios.js';
import {startStack, waitForData, type Stack} from '../stack/start-stack.js';
import {demoPlan, demoSettings} from './demo-plan.js';

const {values} = parseArgs({
  options: {
    out: {type: 'string', default: 'demo/nova-incident.jsonl.gz'},
    seed: {type: 'string', default: '7'},
  },
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const say = (text: string) => process.stdout.write(`record-demo: ${text}\n`);

function scenarioNamed(name: string): Scenario {
  const scenario = findScenario(name);
  if (scenario === undefined) throw new Error(`nova-sim has no scenario ${name}`);
  return scenario;
}

/** Several of nova-sim's failures at once: the scenarios' changes applied one after another. */
function combined(names: readonly string[]): Scenario {
  const parts = names.map(scenarioNamed);
  return {
    name: names.join('+'),
    description: parts.map((part) => part.description).join(' '),
    alerts: parts.flatMap((part) => part.alerts),
    apply: (normal) => parts.reduce((conditions, part) => part.apply(conditions), normal),
  };
}

/**
 * The alerts screen's requests, by its own poller: AlertManager's alerts, silences, status and
 * route groups, and Prometheus' alerting rules.
 */
function pollAlerts(
  recorder: Recorder,
  prometheus: EndpointConfig,
  alertmanager: EndpointConfig,
): AlertsPoller {
  const request = recorder.wrap('alertmanager', createRequest(alertmanager));
  const {poller} = createAlertsPoller({
    alertmanagers: [{name: 'alertmanager', client: createAlertmanagerClient(request)}],
    rules: createRulesClient(recorder.wrap('prometheus', createRequest(prometheus))),
    prometheusName: 'prometheus',
    refreshMs: demoSettings.refreshMs,
  });
  poller.start();
  return poller;
}

function startPollers(recorder: Recorder, prometheus: EndpointConfig): Poller[] {
  const request = recorder.wrap('prometheus', createRequest(prometheus));
  return builtinDashboards.map((dashboard) => {
    // Whole windows every cycle: each recorded cycle answers on its own when replayed. The rate()
    // windows follow the fast stack's scrape interval, as `npm run stack -- --fast` tells nova-top.
    const {poller} = createPoller({
      client: createPrometheusClient(request),
      incremental: false,
      scrapeIntervalSeconds: demoSettings.scrapeIntervalSeconds,
    });
    poller.setPlan({
      dashboard,
      rangeSeconds: demoSettings.rangeSeconds,
      refreshMs: demoSettings.refreshMs,
      chartWidths: demoSettings.chartWidths(dashboard),
    });
    return poller;
  });
}

async function record(stack: Stack, out: string): Promise<void> {
  const endpoint = (url: string): EndpointConfig => ({url, headers: [], timeoutMs: 10_000});
  const prometheus = endpoint(stack.prometheus.url);
  const alertmanager = endpoint(stack.alertmanager.url);
  mkdirSync(path.dirname(out), {recursive: true});
  const file = createSnapshotFile(out);
  const recorder = createRecorder({
    novaTop: (JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}).version,
    sources: [
      {name: 'prometheus', url: 'http://prometheus.nova.example:9090'},
      {name: 'alertmanager', url: 'http://alertmanager.nova.example:9093'},
    ],
    options: {
      dashboard: builtinDashboards[0]?.id ?? 'overview',
      rangeSeconds: demoSettings.rangeSeconds,
      refreshMs: demoSettings.refreshMs,
      scrapeIntervalSeconds: demoSettings.scrapeIntervalSeconds,
    },
    clock: Date.now,
    secrets: [],
    write: file.write,
    onError: (message) => say(message),
  });
  const pollers = startPollers(recorder, prometheus);
  const alerts = pollAlerts(recorder, prometheus, alertmanager);
  for (const phase of demoPlan) {
    say(`${phase.seconds} s: ${phase.title}`);
    stack.sim.workload.setScenario(combined(phase.scenarios));
    await sleep(phase.seconds * 1000);
  }
  for (const poller of pollers) poller.stop();
  alerts.stop();
  await sleep(1000);
  recorder.close();
  file.close();
  // Snapshots are private to their owner by default; this one is published in the package.
  chmodSync(out, 0o644);
  const {recorded, refused} = recorder.stats();
  say(`wrote ${out}: ${recorded} answers (${refused} refused)`);
}

async function main(): Promise<void> {
  const stack = await startStack({
    seed: Number(values.seed),
    scenario: 'normal',
    fast: demoSettings.timings,
  });
  try {
    say('waiting for the first scrapes');
    await waitForData(stack.prometheus.url, 90_000);
    say(`warming up for ${demoSettings.warmUpSeconds} s so the charts have history`);
    await sleep(demoSettings.warmUpSeconds * 1000);
    await record(stack, values.out);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`record-demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
