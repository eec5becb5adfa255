// `npm run stack` as a user runs it: it prints the nova-top command line once data flows, and
// stops every process it started on Ctrl-C or as soon as one of them dies. Six targets: Prometheus,
// AlertManager, two WebSocket gateways, the messaging API and analytics.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, test} from 'vitest';

const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
let child: ChildProcess | undefined;

afterEach(async () => {
  // A failed test still stops the stack the way a user would, so no server is left behind.
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
});

type Started = {readonly output: () => string; readonly exited: Promise<number | null>};

function startStackCommand(): Started {
  // node --import tsx, not the tsx wrapper: the child must be the stack itself, or a signal to
  // it would not reach the stack.
  child = spawn(process.execPath, ['--import', 'tsx', 'stack/run.ts', '--fast', '--seed', '5'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child?.once('exit', (code) => resolve(code)),
  );
  return {output: () => output, exited};
}

async function waitForOutput(started: Started, pattern: RegExp): Promise<RegExpMatchArray> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const match = pattern.exec(started.output());
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no ${pattern} in:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Alive and not a zombie, read from /proc (no procps needed; a zombie still answers kill -0). */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function serverPids(started: Started): Promise<number[]> {
  const prometheus = await waitForOutput(started, /Prometheus +\S+ +\(pid (\d+)\)/);
  const alertmanager = await waitForOutput(started, /AlertManager +\S+ +\(pid (\d+)\)/);
  return [Number(prometheus[1]), Number(alertmanager[1])];
}

/** Resolves once the stack's AlertManager lists the alert (Prometheus sends it about 1 s after it fires). */
async function untilAlertmanagerHas(url: string, alertname: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const alerts = (await (await fetch(`${url}/api/v2/alerts`)).json()) as {
      labels: Record<string, string>;
    }[];
    if (alerts.some((alert) => alert.labels['alertname'] === alertname)) return;
    if (Date.now() > deadline) throw new Error(`AlertManager at ${url} never listed ${alertname}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

test("prints a nova-top command line that shows the stack's data and alerts, and stops everything on Ctrl-C", async () => {
  const started = startStackCommand();
  // The fast stack scrapes every second, and nova-top is told so; and which AlertManager is its.
  const command = await waitForOutput(
    started,
    /\n {2}(npx tsx cli\.tsx -p (http:\/\/127\.0\.0\.1:\d+) -a (http:\/\/127\.0\.0\.1:\d+) --scrape-interval 1s)\n/,
  );
  const [, line = '', prometheusUrl, alertmanagerUrl = ''] = command;
  const query = await fetch(`${prometheusUrl}/api/v1/query?query=count(up%3D%3D1)`);
  expect(
    ((await query.json()) as {data: {result: {value: [number, string]}[]}}).data.result[0]
      ?.value[1],
  ).toBe('6');
  const pids = await serverPids(started);

  // Pasted as is (stdout not a terminal: one report), it shows the alert the stack's AlertManager
  // has: only AlertManager's alerts are listed as firing there.
  const sim = await waitForOutput(started, /nova-sim +(\S+)/);
  await fetch(`${sim[1]}/scenario/failed-queue`, {method: 'POST'});
  await untilAlertmanagerHas(alertmanagerUrl, 'FailedMessageQueueCritical');
  const pasted = spawnSync('sh', ['-c', line], {encoding: 'utf8', timeout: 60_000});
  expect(pasted.stdout).toMatch(/\nAlerts: \d+ firing \([^)]*FailedMessageQueueCritical/);
  // And they come from that AlertManager, not from Prometheus standing in for an absent one.
  const screen = spawnSync('sh', ['-c', `${line} -d alerts`], {encoding: 'utf8', timeout: 60_000});
  expect(screen.stdout).toContain(`${alertmanagerUrl.replace('http://', '')} ok`);
  expect(screen.stdout).not.toContain('from Prometheus');

  child?.kill('SIGINT');
  expect(await started.exited).toBe(0);
  expect(pids.filter(isRunning)).toEqual([]);
});

test('stops everything and exits non-zero when one of its servers dies', async () => {
  const started = startStackCommand();
  const [prometheus = 0, alertmanager = 0] = await serverPids(started);
  process.kill(alertmanager, 'SIGKILL');
  expect(await started.exited).toBe(1);
  expect(started.output()).toContain(
    `AlertManager (pid ${alertmanager}) exited; stopping the stack.`,
  );
  expect(isRunning(prometheus)).toBe(false);
});

test('says how to install Prometheus when it is missing, and exits non-zero', () => {
  const bin = mkdtempSync(path.join(tmpdir(), 'nova-path-'));
  try {
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const result = spawnSync(process.execPath, [tsx, 'stack/run.ts'], {
      encoding: 'utf8',
      env: {...process.env, PATH: bin},
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'stack: prometheus, prometheus-alertmanager or alertmanager not found on PATH.\n' +
        'Install on Debian or Ubuntu: sudo apt-get install -y --no-install-recommends prometheus prometheus-alertmanager\n' +
        'Elsewhere: https://prometheus.io/download/ (prometheus and alertmanager).\n',
    );
  } finally {
    rmSync(bin, {recursive: true, force: true});
  }
});
