// Resident memory of the published entry point (dist/cli.js, the one bundled file, started as
// the installed `nova-top` is: as a program, through its launcher line) at rest, as it sits for hours in a tmux pane: each case runs on a real 160x48 pty (`script`) and
// /proc/<pid>/status of the node process is read every second. Live asks the stand-in Prometheus
// (bench/fake-prometheus.ts, served over HTTP, refresh 5s); --demo replays the shipped recording;
// --demo --once prints one frame and exits (its peak, VmHWM, is the figure). Steady state is the
// median VmRSS after the first 10 s. Linux only (/proc). Run: npx tsx bench/rss.ts [seconds]
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';
import {pathToFileURL} from 'node:url';
import {percentile, printTable} from './app-harness.js';
import {asInstalled} from './as-installed.js';
import {createFakePrometheus} from './fake-prometheus.js';

// npm runs scripts from the package root; bench/run.ts runs a bundle from elsewhere.
const root = process.cwd();
const cli = path.join(root, 'dist', 'cli.js');
/** Samples before this are start-up, not steady state. */
const settleMs = 10_000;

export type RssFigures = {
  /** Median VmRSS after settling (MB). */
  readonly steadyMb: number;
  /** Median RssAnon after settling (MB): the heaps, not the mapped code. */
  readonly anonMb: number;
  /** Median RssFile after settling (MB): the pages of the node binary (code, ICU data) in use. */
  readonly fileMb: number;
  /** VmHWM at the end of the run (MB). */
  readonly peakMb: number;
};

export type RssResult = {
  readonly seconds: number;
  readonly live: RssFigures;
  readonly demo: RssFigures;
  /** `--demo --once`: VmHWM just before it exits (MB). */
  readonly oncePeakMb: number;
};

type Status = {
  readonly rssKb: number;
  readonly anonKb: number;
  readonly fileKb: number;
  readonly hwmKb: number;
};

function readStatus(pid: number): Status | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1]);
  const status = {
    rssKb: field('VmRSS'),
    anonKb: field('RssAnon'),
    fileKb: field('RssFile'),
    hwmKb: field('VmHWM'),
  };
  return Number.isFinite(status.rssKb) ? status : undefined;
}

/** The node process `script` started (its shell execs node): a child of `script`. */
function nodeChild(parent: number): number | undefined {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const comm = readFileSync(`/proc/${name}/comm`, 'utf8').trim();
      if (Number(fields[1]) === parent && comm === 'node') return Number(name);
    } catch {
      // Gone meanwhile.
    }
  }
  return undefined;
}

function onPty(args: string): ChildProcess {
  const environment: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color'};
  delete environment['CI'];
  delete environment['NODE_OPTIONS'];
  const command = `stty cols 160 rows 48; exec ${cli} ${args}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: asInstalled(environment),
    stdio: ['pipe', 'pipe', 'ignore'],
    detached: true,
  });
  child.stdout?.resume();
  return child;
}

function stop(child: ChildProcess): void {
  if (child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function findNode(child: ChildProcess): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const pid = child.pid === undefined ? undefined : nodeChild(child.pid);
    if (pid !== undefined) return pid;
    await sleep(10);
  }
  throw new Error('bench/rss: the node process under script did not start');
}

const mb = (kb: number): number => kb / 1024;

/** Runs `args` on the pty for `seconds`, reading its status every second. */
async function sample(args: string, seconds: number): Promise<RssFigures> {
  const child = onPty(args);
  try {
    const pid = await findNode(child);
    const started = performance.now();
    const steady: Status[] = [];
    let last: Status | undefined;
    while (performance.now() - started < seconds * 1000) {
      await sleep(1000);
      const status = readStatus(pid);
      if (status === undefined) throw new Error(`bench/rss: nova-top ${args} exited early`);
      last = status;
      if (performance.now() - started >= settleMs) steady.push(status);
    }
    const median = (kb: (status: Status) => number) => mb(percentile(steady.map(kb), 0.5));
    return {
      steadyMb: median((status) => status.rssKb),
      anonMb: median((status) => status.anonKb),
      fileMb: median((status) => status.fileKb),
      peakMb: mb(last?.hwmKb ?? 0),
    };
  } finally {
    stop(child);
  }
}

/** VmHWM of a run that exits by itself, read as often as possible until it is gone. */
async function peakUntilExit(args: string): Promise<number> {
  const child = onPty(args);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    const pid = await findNode(child);
    let peakKb = 0;
    for (;;) {
      const status = readStatus(pid);
      if (status === undefined) break;
      peakKb = Math.max(peakKb, status.hwmKb);
      await sleep(5);
    }
    await exited;
    return mb(peakKb);
  } finally {
    stop(child);
  }
}

/** The stand-in Prometheus over HTTP; AlertManager's paths answer empty lists. */
async function serveFakePrometheus(): Promise<{url: string; server: Server}> {
  const fake = createFakePrometheus();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const answer = url.pathname.startsWith('/api/v2/')
      ? Promise.resolve({data: url.pathname === '/api/v2/status' ? {} : []})
      : fake.request({
          method: 'GET',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
        });
    void answer.then(({data}) => {
      response.writeHead(200, {'content-type': 'application/json'});
      response.end(JSON.stringify(data));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${port}`, server};
}

export async function run(seconds = 30): Promise<RssResult> {
  if (!existsSync(cli) || process.env['BENCH_REBUILD'] !== '0') {
    spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {stdio: 'inherit'});
  }
  const {url, server} = await serveFakePrometheus();
  let live: RssFigures;
  try {
    live = await sample(`-p ${url} -a ${url} --refresh 5s`, seconds);
  } finally {
    server.close();
  }
  const demo = await sample('--demo', seconds);
  const oncePeakMb = await peakUntilExit('--demo --once');
  const result: RssResult = {seconds, live, demo, oncePeakMb};
  const fixed = (value: number) => value.toFixed(0);
  console.log(
    `\nResident memory (MB) over ${seconds} s on a 160x48 pty, steady = median after 10 s`,
  );
  printTable([
    ['case', 'VmRSS steady', 'RssAnon', 'RssFile', 'VmHWM peak', 'budget'],
    ...[['live, refresh 5s', live] as const, ['--demo', demo] as const].map(([name, figures]) => [
      name,
      fixed(figures.steadyMb),
      fixed(figures.anonMb),
      fixed(figures.fileMb),
      fixed(figures.peakMb),
      '<= 90',
    ]),
    ['--demo --once', '-', '-', '-', fixed(oncePeakMb), '<= 90'],
  ]);
  return result;
}

// Run on its own; not when bundled into bench/run.ts, where every module shares one URL.
if (
  process.env['NOVA_TOP_BENCH_BUNDLE'] !== '1' &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  await run(Number(process.argv[2] ?? 30) || 30);
}
