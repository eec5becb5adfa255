// The real alerting chain for integration tests: a prom-client exporter of message_queue_depth the
// test controls, AlertManager, and Prometheus scraping the exporter every second with a rule file
// (by default `queueRules`) and sending its alerts to that AlertManager. All on 127.0.0.1, free
// ports, temp storage.
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {Gauge, Registry} from 'prom-client';
import {startAlertmanager, startPrometheus, type ServerHandle} from '../../stack/servers.js';

/**
 * A critical alert when the failed queue passes 500 (at once, with a runbook), a warning when the
 * pending queue passes 1000 for a minute (so it shows pending first).
 */
export const queueRules = `groups:
  - name: nova-messaging
    interval: 1s
    rules:
      - alert: FailedMessageQueueCritical
        expr: message_queue_depth{queue_type="failed"} > 500
        labels: {severity: critical}
        annotations:
          summary: 'Failed queue depth {{ $value }}'
          runbook_url: https://runbooks.example/failed-queue
      - alert: MessageQueueBacklog
        expr: message_queue_depth{queue_type="pending"} > 1000
        for: 1m
        labels: {severity: warning}
        annotations: {summary: 'Pending queue depth {{ $value }}'}
`;

/** One receiver, grouped by alert name, sent to at once (1s waits): alerts show up quickly. */
export const alertmanagerYaml = `route:
  receiver: default
  group_by: [alertname]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: default
`;

export type AlertStack = {
  readonly prometheus: ServerHandle;
  readonly alertmanager: ServerHandle;
  /** message_queue_depth by queue_type on the exporter; every queue starts at 0. */
  readonly queueDepth: Gauge;
  readonly stop: () => Promise<void>;
};

async function startQueueExporter(): Promise<{server: Server; port: number; queueDepth: Gauge}> {
  const registry = new Registry();
  const queueDepth = new Gauge({
    name: 'message_queue_depth',
    help: 'Messages awaiting delivery, by queue.',
    labelNames: ['queue_type'],
    registers: [registry],
  });
  queueDepth.set({queue_type: 'failed'}, 0);
  queueDepth.set({queue_type: 'pending'}, 0);
  const server = createServer((_request, response) => {
    void registry.metrics().then((text) => {
      response.writeHead(200, {'Content-Type': registry.contentType}).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, port: (server.address() as AddressInfo).port, queueDepth};
}

/** Resolves once Prometheus has scraped the exporter (about 6 s after start), within 30 s. */
async function firstScrape(prometheus: ServerHandle): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${prometheus.url}/api/v1/query?query=up`);
    const body = (await response.json()) as {data?: {result?: {value?: [number, string]}[]}};
    if (body.data?.result?.some((series) => series.value?.[1] === '1')) return;
    if (Date.now() > deadline) throw new Error(`Prometheus has not scraped the exporter`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Starts the chain with `rules` (a Prometheus rule file) and waits for the first scrape. */
export async function startAlertStack(rules = queueRules): Promise<AlertStack> {
  const exporter = await startQueueExporter();
  const alertmanager = await startAlertmanager({configYaml: alertmanagerYaml});
  const prometheus = await startPrometheus({
    configYaml: `global: {scrape_interval: 1s, evaluation_interval: 1s}
rule_files: [rules.yml]
scrape_configs:
  - job_name: nova
    static_configs: [{targets: ['127.0.0.1:${exporter.port}']}]
alerting:
  alertmanagers: [{static_configs: [{targets: ['127.0.0.1:${alertmanager.port}']}]}]
`,
    ruleFiles: {'rules.yml': rules},
    // Alerts that fire before AlertManager is discovered would otherwise wait a minute to be re-sent.
    extraArgs: ['--rules.alert.resend-delay=1s'],
  });
  const stop = async () => {
    await prometheus.stop();
    await alertmanager.stop();
    await new Promise((resolve) => exporter.server.close(resolve));
  };
  await firstScrape(prometheus).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return {prometheus, alertmanager, queueDepth: exporter.queueDepth, stop};
}
