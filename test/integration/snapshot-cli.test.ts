// --record, --replay, --once, --json and the exit codes through the real CLI (spawned, stdout not
// a terminal) against a real Prometheus scraping the test exporter and a real AlertManager:
// canary credentials given on the command line never reach the file (compressed or not), and a
// replay of the recording prints the very panels the live run printed.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {builtinDashboard, builtinDashboards} from '../../source/dashboards/dashboards.js';
import {createRequest} from '../../source/http/http.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {
  freePort,
  startAlertmanager,
  startPrometheus,
  type ServerHandle,
} from '../../stack/servers.js';
import {startExporter, type Exporter} from '../harness/exporter.js';
import {validate} from '../one-shot/json-schema.js';
import {writeConstantSnapshot} from './snapshot-exit.js';

const systemOverview = builtinDashboard('overview');

const root = path.join(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
// Ink and chalk act differently under CI variables; the CLI is run as a user would run it.
const inherited = Object.entries(process.env).filter(
  ([name]) => name !== 'CI' && !name.startsWith('CI_') && !name.startsWith('NOVA_TOP_'),
);
const env = {...Object.fromEntries(inherited), TZ: 'UTC', PROMETHEUS_URL: '', ALERTMANAGER_URL: ''};

type Run = {readonly status: number | null; readonly stdout: string; readonly stderr: string};

/** The CLI with stdout and stderr piped (so --once is implied), as a script would run it. */
function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['cli.tsx', ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({status, stdout, stderr}));
  });
}

const canary = {
  token: 'tok-canary-9a8b7c6d',
  header: 'hdr-canary-5f1e2d3c',
  password: 'pw-canary-3c4d5e6f',
};

let exporter: Exporter;
let prometheus: ServerHandle;
let alertmanager: ServerHandle;
let dir: string;

beforeAll(async () => {
  exporter = await startExporter();
  dir = mkdtempSync(path.join(tmpdir(), 'nova-top-snapshot-cli-'));
  alertmanager = await startAlertmanager({
    configYaml: 'route: {receiver: none}\nreceivers: [{name: none}]\n',
  });
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
  const deadline = Date.now() + 30_000;
  for (;;) {
    const count = (await client.query('count_over_time(up{job="nova"}[1m])', Date.now() / 1000))
      .samples;
    if ((count[0]?.value ?? 0) >= 4) break;
    if (Date.now() > deadline) throw new Error('Prometheus has no data from the exporter');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(async () => {
  await prometheus?.stop();
  await alertmanager?.stop();
  await exporter?.stop();
  if (dir) rmSync(dir, {recursive: true, force: true});
});

/** The panels and alerts of a --once screen: everything below the two header lines. */
const belowHeader = (text: string): string[] => text.split('\n').slice(2);

function expectNoCanary(file: string): void {
  const compressed = readFileSync(file);
  const text = gunzipSync(compressed);
  const basic = Buffer.from(`nova:${canary.password}`).toString('base64');
  for (const secret of [canary.token, canary.header, canary.password, basic]) {
    expect(compressed.includes(secret)).toBe(false);
    expect(text.includes(secret)).toBe(false);
  }
  // The recording did write answers: the check above looked at real content.
  expect(text.toString('utf8')).toContain('/api/v1/query_range');
  expect(text.toString('utf8')).toContain('/api/v2/alerts');
}

describe('nova-top --record, then --replay', () => {
  it('keeps a bearer token and a header value out of the file, and replays the same panels', async () => {
    const tokenFile = path.join(dir, 'token');
    writeFileSync(tokenFile, `${canary.token}\n`);
    const file = path.join(dir, 'bearer.jsonl.gz');
    const common = ['--width', '100', '--range', '5m', '--refresh', '2s'];
    const live = await run([
      ...['-p', prometheus.url, '-a', alertmanager.url, ...common],
      ...['--header', `X-Scope-OrgID: ${canary.header}`, '--bearer-token-file', tokenFile],
      ...['--record', file, '--scrape-interval', '1s'],
    ]);
    expect(live.stderr).toBe('');
    // What the quiet exporter shows is its own business (a slow scrape can mark it down).
    expect([0, 1, 2]).toContain(live.status);
    expectNoCanary(file);
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const header = JSON.parse(text.split('\n')[0] ?? '') as {options: unknown};
    expect(header.options).toEqual({
      dashboard: 'overview',
      rangeSeconds: 300,
      refreshMs: 2000,
      scrapeIntervalSeconds: 1,
    });
    // 1 s scrapes and a 7 s step (5m on the message-rate chart at 100 columns): max(4 s, 8 s).
    expect(text).toContain('"query":"sum(rate(messages_sent_total[8s]))","start"');

    // Without --scrape-interval, the replay asks the recorded expressions.
    const replay = await run(['--replay', file, ...common]);
    expect(replay.stderr).toBe('');
    expect(replay.status).toBe(live.status);
    expect(replay.stdout.split('\n')[0]).toContain('REPLAY END');
    expect(belowHeader(replay.stdout)).toEqual(belowHeader(live.stdout));
    expect(replay.stdout).not.toContain('not recorded');
    // Another scrape interval asks other rate() windows: the recorded ones answer.
    const other = await run(['--replay', file, ...common, '--scrape-interval', '15s']);
    expect(belowHeader(other.stdout)).toEqual(belowHeader(live.stdout));
  });

  it('keeps the basic-auth password of the URL out of the file', async () => {
    const file = path.join(dir, 'basic.jsonl.gz');
    const url = prometheus.url.replace('http://', `http://nova:${canary.password}@`);
    const live = await run(['-p', url, '-a', alertmanager.url, '--record', file, '--json']);
    expect(live.stderr).toBe('');
    expectNoCanary(file);
  });
});

describe('nova-top for scripts', () => {
  const schema = JSON.parse(
    readFileSync(path.join(root, 'docs/once-json.schema.json'), 'utf8'),
  ) as Record<string, unknown>;

  it('prints JSON that matches its schema, and exits with the code it states', async () => {
    const result = await run(['-p', prometheus.url, '-a', alertmanager.url, '--json']);
    const report = JSON.parse(result.stdout) as {exit: {code: number}; alerts: unknown};
    expect(validate(report, schema)).toEqual([]);
    expect(result.status).toBe(report.exit.code);
    expect(report.alerts).toEqual({available: true, source: 'alertmanager', alerts: []});
  });

  it.each([
    [0, 1, 'all clear'],
    [2, 20, 'critical'],
  ])('exits %d when every value is %d (%s)', async (status, value, meaning) => {
    const file = path.join(dir, `constant-${value}.jsonl.gz`);
    await writeConstantSnapshot(file, value);
    const result = await run(['--replay', file, '--json']);
    expect(result.status).toBe(status);
    // The recording holds the overview only (and what other panels share with it): the rest of
    // the dashboards are not recorded, so not counted.
    const {exit} = JSON.parse(result.stdout) as {
      exit: {panels: {read: number; unreadable: number; notRecorded: number}};
    };
    expect(exit).toMatchObject({code: status, meaning, notCounted: []});
    const overview = systemOverview.rows.flatMap((row) => row.panels).length;
    const all = builtinDashboards.flatMap((d) => d.rows.flatMap((row) => row.panels)).length;
    expect(exit.panels.unreadable).toBe(0);
    expect(exit.panels.read).toBeGreaterThanOrEqual(overview);
    expect(exit.panels.read + exit.panels.notRecorded).toBe(all);
  });

  it('replays a version-1 recording with today\'s dashboards: what it lacks is "not recorded"', async () => {
    const fixture = path.join(root, 'test/fixtures/snapshot/v1-overview.jsonl.gz');
    const result = await run(['--replay', fixture, '--width', '100']);
    // The error-rate panel now also asks for delivery failures, which the recording lacks: it
    // is not recorded (and not counted), never answered with another query's numbers.
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/╭ Error rate ─+ not recorded ╮/);
    expect(result.stdout).toMatch(/│pending +120 {2}min 120 {2}max 120│/);
    expect(result.status).toBe(0);
  });

  it('exits 3 when Prometheus is unreachable, and suggests the demo', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const result = await run(['-p', closed, '-a', closed, '--width', '80']);
    expect(result.status).toBe(3);
    expect(result.stdout.split('\n')[1]).toContain('Prometheus unreachable (try --demo)');
    expect(result.stderr).toMatch(
      new RegExp(
        `^nova-top: Prometheus at ${closed} is unreachable .*; without a Prometheus, try nova-top --demo\\n$`,
      ),
    );
  });

  it('exits 2 on a usage error with nothing on stdout and one line on stderr', async () => {
    const result = await run(['--width', '20']);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'nova-top: --width "20" is not a width; expected a number of columns from 80 to 1000\n',
    });
    const missing = await run(['--replay', path.join(dir, 'nothing.jsonl.gz')]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(
      /^nova-top: cannot read .*nothing\.jsonl\.gz: no such file or folder\n$/,
    );
  });

  it("runs the demo from the bundle, wherever it is started (the README's first command)", () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: root});
    const result = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), '--demo'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    // 0-2: the state the recording ends in (never 3: no Prometheus is asked).
    expect(result.stderr).toBe('');
    expect([0, 1, 2]).toContain(result.status);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^\[1 System Overview\] .* REPLAY END$/);
    expect(lines[1]).toMatch(
      /^demo \(recorded incident\) {2}range 5m {2}refresh 2s .* of \d+:\d\d$/,
    );
  });

  it('replays the shipped demo on every dashboard, with one verdict for all of them', async () => {
    const statuses: (number | null)[] = [];
    for (const dashboard of ['overview', 'websocket', 'messaging', 'errors']) {
      const result = await run(['--demo', '--json', '-d', dashboard]);
      const report = JSON.parse(result.stdout) as {
        panels: {status: string}[];
        exit: {code: number};
      };
      expect(validate(report, schema)).toEqual([]);
      // Panels newer than the recording show "not recorded": demo-recording.test.ts says which,
      // and that `npm run record-demo` records them; here the replay itself must work.
      expect(report.panels.map((panel) => panel.status)).not.toContain('error');
      expect(result.status).toBe(report.exit.code);
      statuses.push(result.status);
    }
    // The recording ends after the recovery, but the hour's average error rate still holds the
    // incident (critical above 5%): the same status whichever dashboard is printed.
    expect(statuses).toEqual([2, 2, 2, 2]);
  });

  it("ships a demo recorded at the fast stack's scrape interval, with route groups", () => {
    const demo = gunzipSync(readFileSync(path.join(root, 'demo/nova-incident.jsonl.gz')));
    const [headerLine = '', ...entries] = demo.toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(headerLine) as {options: Record<string, unknown>};
    expect(header.options['scrapeIntervalSeconds']).toBe(1);
    const paths = new Set(
      entries.map((line) => (JSON.parse(line) as {request: {path: string}}).request.path),
    );
    expect(paths).toContain('/api/v2/alerts/groups');
  });
});
