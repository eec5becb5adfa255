// Start to first frame of the published entry point (dist/cli.js, the one bundled file, started as
// the installed `nova-top` is: as a program, through its launcher line) against `node -e 0`, both through `script` so that each runs on a real pty (160x48) and pays the
// same wrapper cost, alternated, median of N. Prometheus is a port where nothing listens: the
// first frame does not wait for it. Run: npx tsx bench/startup.ts [runs]
import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {freePort} from '../stack/servers.js';
import {percentile, printTable} from './app-harness.js';
import {asInstalled} from './as-installed.js';

// npm runs scripts from the package root; bench/run.ts runs a bundle from elsewhere.
const root = process.cwd();
const cli = path.join(root, 'dist', 'cli.js');
/** Text of the first frame (the active tab at 160 columns). */
const firstFrameText = 'System Overview';

export type StartupResult = {
  readonly runs: number;
  readonly nodeMedianMs: number;
  readonly firstFrameMedianMs: number;
  readonly ratio: number;
};

/** Milliseconds from spawn until `until` is seen on the pty (or the process exits, without it). */
function timeRun(command: string, until: string | undefined): Promise<number> {
  const environment: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color'};
  delete environment['CI'];
  const started = performance.now();
  const child = spawn('script', ['-qfec', `stty cols 160 rows 48; exec ${command}`, '/dev/null'], {
    env: asInstalled(environment),
    stdio: ['pipe', 'pipe', 'ignore'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    const done = (ms: number) => {
      if (child.exitCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
      resolve(ms);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (until === undefined) return;
      seen += chunk.toString('utf8');
      if (seen.includes(until)) done(performance.now() - started);
    });
    child.on('error', reject);
    child.on('exit', () => {
      if (until === undefined) resolve(performance.now() - started);
      else if (!seen.includes(until)) reject(new Error(`no first frame from: ${command}`));
    });
  });
}

export async function run(runs = 15): Promise<StartupResult> {
  if (!existsSync(cli) || process.env['BENCH_REBUILD'] !== '0') {
    spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {stdio: 'inherit'});
  }
  const port = await freePort();
  const app = `${cli} -p http://127.0.0.1:${port}`;
  const floor = `${process.execPath} -e 0`;
  // One of each to warm the file cache.
  await timeRun(floor, undefined);
  await timeRun(app, firstFrameText);
  const node: number[] = [];
  const frame: number[] = [];
  for (let index = 0; index < runs; index++) {
    node.push(await timeRun(floor, undefined));
    frame.push(await timeRun(app, firstFrameText));
  }
  const result: StartupResult = {
    runs,
    nodeMedianMs: percentile(node, 0.5),
    firstFrameMedianMs: percentile(frame, 0.5),
    ratio: percentile(frame, 0.5) / percentile(node, 0.5),
  };
  console.log(`\nStart to first frame, median of ${runs} (each through script on a 160x48 pty)`);
  printTable([
    ['figure', 'measured', 'budget'],
    ['node -e 0 (ms)', result.nodeMedianMs.toFixed(0), '-'],
    ['nova-top (dist/cli.js) to first frame (ms)', result.firstFrameMedianMs.toFixed(0), '-'],
    ['ratio', `${result.ratio.toFixed(2)}x`, '<= 4x'],
  ]);
  return result;
}

// Run on its own; not when bundled into bench/run.ts, where every module shares one URL.
if (
  process.env['NOVA_TOP_BENCH_BUNDLE'] !== '1' &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  await run(Number(process.argv[2] ?? 15) || 15);
}
