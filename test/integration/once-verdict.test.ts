// One verdict whichever screen is printed: the real Prometheus scraping the test exporter, with the
// pending queue over its warning threshold (a panel of the overview and of messaging only) and
// everything else clear. `--once --json -d X` for every screen, at the same moment, exits 1 with
// the same reasons, including for the dashboards that do not show the queue.
import {execFile} from 'node:child_process';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {createRequest} from '../../source/http/http.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {freePort, startPrometheus, type ServerHandle} from '../../stack/servers.js';
import {normalProfile, startExporter, type Exporter, type Profile} from '../harness/exporter.js';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const inherited = Object.entries(process.env).filter(
  ([name]) => name !== 'CI' && !name.startsWith('CI_') && name !== 'CONTINUOUS_INTEGRATION',
);
const env = {...Object.fromEntries(inherited), FORCE_COLOR: '0', TZ: 'UTC'};

/** The exporter's normal values, all clear, but for 1,500 pending messages. */
const pendingBacklog: Profile = {
  ...normalProfile,
  gauges: {
    ...normalProfile.gauges,
    message_queue_depth: [
      {labels: {queue_type: 'pending'}, value: 1500},
      {labels: {queue_type: 'failed'}, value: 7},
      {labels: {queue_type: 'retry'}, value: 3},
    ],
  },
  counters: {
    ...normalProfile.counters,
    ws_errors_total: [{labels: {error_type: 'timeout'}, perScrape: 1.2}],
    // 6 a minute, under the warning (10).
    ws_reconnections_total: [{labels: {reason: 'connection_lost'}, perScrape: 0.1}],
  },
};

let exporter: Exporter;
let prometheus: ServerHandle;
/** Where no AlertManager listens: the alerts come from Prometheus (it has no rules: none fire). */
let noAlertmanager: string;

beforeAll(async () => {
  exporter = await startExporter(pendingBacklog);
  noAlertmanager = `http://127.0.0.1:${await freePort()}`;
  prometheus = await startPrometheus({
    configYaml: `global: {scrape_interval: 1s, evaluation_interval: 1s}
scrape_configs:
  - job_name: nova
    static_configs: [{targets: ['${exporter.target}']}]
`,
  });
  const client = createPrometheusClient(
    createRequest({url: prometheus.url, headers: [], timeoutMs: 2_000}),
  );
  // rate() needs a few samples in its window.
  const deadline = Date.now() + 40_000;
  for (;;) {
    const count = await client
      .query('count_over_time(up{job="nova"}[1m])', Date.now() / 1000)
      .then((answer) => answer.samples)
      .catch(() => []);
    if ((count[0]?.value ?? 0) >= 6) break;
    if (Date.now() > deadline) throw new Error('Prometheus has not scraped the exporter');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
  await exporter?.stop();
});

/** Every built-in dashboard's panels: a one-shot run reads them all. */
const panelCount = builtinDashboards.flatMap((d) => d.rows.flatMap((row) => row.panels)).length;

type Exit = {code: number; meaning: string; reasons: unknown[]; notCounted: unknown[]};

function once(screen: string): Promise<{status: number; exit: Exit; stderr: string}> {
  const argv = ['cli.tsx', '--json', '-p', prometheus.url, '-a', noAlertmanager, '-d', screen];
  const flags = ['--range', '5m', '--scrape-interval', '1s', '--width', '120'];
  return new Promise((resolve) => {
    execFile(tsx, [...argv, ...flags], {cwd: root, env}, (error, stdout, stderr) => {
      const status = typeof error?.code === 'number' ? error.code : 0;
      const exit = (JSON.parse(String(stdout)) as {exit: Exit}).exit;
      resolve({status, exit, stderr: String(stderr)});
    });
  });
}

const pending = (dashboard: string, panel: string, title: string) => ({
  level: 'warning',
  dashboard,
  panel,
  title,
  series: 'pending',
  value: 1500,
});

describe('the exit status of --once', () => {
  it('is the same for every screen at the same moment', async () => {
    const screens = ['overview', 'websocket', 'messaging', 'errors', 'alerts'];
    const results = await Promise.all(screens.map(once));
    const expected = {
      status: 1,
      stderr: '',
      exit: {
        code: 1,
        meaning: 'warning',
        reasons: [
          pending('overview', 'queues', 'Queue depths'),
          pending('messaging', 'queue-backlog', 'Queue backlog'),
        ],
        notCounted: [],
        panels: {read: panelCount, unreadable: 0, notRecorded: 0},
      },
    };
    expect(results).toEqual(screens.map(() => expected));
  }, 90_000);
});
