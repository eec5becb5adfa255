// Key response and memory under hostile answers (issue 13's budget: any single answer, however
// hostile, keeps RSS under 300 MB and key response under 200 ms). The shipped bundle runs on a
// 100x30 pseudo-terminal against a server that answers well, then misbehaves; during the fault,
// dashboard keys are pressed and timed from the key's write until its screen is drawn (the pty
// and the terminal emulator's own time included), and the peak RSS (VmHWM) is read at the end.
// Run: npx tsx bench/faults.ts [fault ...] (builds dist/cli.js first).
import {spawnSync} from 'node:child_process';
import process from 'node:process';
import {faults, startHostileServer, type HostileFault} from '../test/harness/hostile-prometheus.js';
import {startPty} from '../test/harness/pty-session.js';
import {percentile, printTable} from './app-harness.js';

export type FaultFigures = {
  readonly fault: HostileFault;
  readonly keyMedianMs: number;
  readonly keyMaxMs: number;
  readonly peakRssMb: number;
};

const presses = 10;
const settleMs = 8_000;

async function measure(fault: HostileFault): Promise<FaultFigures> {
  const server = await startHostileServer();
  const pty = startPty(
    ['-p', server.url, '-a', server.url, '--refresh', '1s', '--scrape-interval', '2s'],
    {bundle: true},
  );
  try {
    await pty.waitFor((screen) => screen.includes('3 up') && !screen.includes('loading'), 30_000);
    server.setFault(fault);
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const times: number[] = [];
    for (let press = 0; press < presses; press++) {
      const [key, title] = press % 2 === 0 ? ['2', 'WebSocket Health'] : ['1', 'System Overview'];
      const start = performance.now();
      pty.press(key);
      await pty.waitFor(
        (screen) => screen.split('\n', 1)[0]!.includes(`[${key} ${title}]`),
        20_000,
      );
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const {peakMb} = pty.memory();
    pty.press('q');
    await pty.exited();
    return {
      fault,
      keyMedianMs: percentile(times, 0.5),
      keyMaxMs: Math.max(...times),
      peakRssMb: peakMb,
    };
  } finally {
    pty.kill();
    await server.close();
  }
}

export async function run(only: readonly string[] = []): Promise<FaultFigures[]> {
  const chosen = faults.filter((fault) => only.length === 0 || only.includes(fault));
  const figures: FaultFigures[] = [];
  for (const fault of chosen) figures.push(await measure(fault));
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = spawnSync('node', ['scripts/build.mjs'], {stdio: 'inherit'});
  if (built.status !== 0) process.exit(built.status ?? 1);
  const figures = await run(process.argv.slice(2));
  printTable([
    ['fault', 'key median ms', 'key max ms', 'peak RSS MB'],
    ...figures.map((one) => [
      one.fault,
      one.keyMedianMs.toFixed(0),
      one.keyMaxMs.toFixed(0),
      one.peakRssMb.toFixed(0),
    ]),
  ]);
}
