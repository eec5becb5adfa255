// The real app in steady state: App + output stage at 160x48, refresh 5s, range 1h, polling a
// stand-in Prometheus whose data changes every poll (bench/fake-prometheus.ts), the header's
// "updated N s ago" ticking. Measures bytes to the terminal per second, frames, full-screen
// clears, CPU per frame and CPU while idle. Run: npx tsx bench/app-stream.ts [seconds]
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {createPoller} from '../source/poller/poller.js';
import {createPrometheusClient} from '../source/prometheus/client.js';
import {mountApp, pause, percentile, printTable} from './app-harness.js';
import {createFakePrometheus} from './fake-prometheus.js';

const refreshMs = 5_000;

export type AppStreamResult = {
  readonly seconds: number;
  readonly bytesPerSecond: number;
  readonly inkFramesPerMinute: number;
  readonly writesPerMinute: number;
  readonly clears: number;
  readonly fullRepaints: number;
  readonly frameCpuMedianMs: number;
  readonly frameCpuP95Ms: number;
  /** CPU of the whole process over the steady state, % of one core. */
  readonly cpuPercent: number;
  /** CPU ms per second outside frames: polling, timers, GC. */
  readonly idleCpuMsPerSecond: number;
};

export async function run(seconds = 30): Promise<AppStreamResult> {
  const prometheus = createFakePrometheus();
  const {poller, store} = createPoller({client: createPrometheusClient(prometheus.request)});
  const app = await mountApp({store, poller, refreshMs, rangeSeconds: 3600});
  // Two polls to reach the steady state (first paint, first full fetch, first tail).
  await pause(2 * refreshMs + 500);
  const writesBefore = app.tty.writes;
  const bytesBefore = app.tty.bytes;
  const clearsBefore = app.tty.clears;
  const framesBefore = app.output.stats.frames;
  const repaintsBefore = app.output.stats.fullRepaints;
  app.resetFrames();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await pause(seconds * 1000);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const frameCpu = [...app.frameCpuMs];
  poller.stop();
  app.unmount();
  const frameTotal = frameCpu.reduce((sum, value) => sum + value, 0);
  const result: AppStreamResult = {
    seconds: elapsed,
    bytesPerSecond: (app.tty.bytes - bytesBefore) / elapsed,
    inkFramesPerMinute: ((app.output.stats.frames - framesBefore) * 60) / elapsed,
    writesPerMinute: ((app.tty.writes - writesBefore) * 60) / elapsed,
    clears: app.tty.clears - clearsBefore,
    fullRepaints: app.output.stats.fullRepaints - repaintsBefore,
    frameCpuMedianMs: percentile(frameCpu, 0.5),
    frameCpuP95Ms: percentile(frameCpu, 0.95),
    cpuPercent: (cpuMs / 1000 / elapsed) * 100,
    idleCpuMsPerSecond: Math.max(0, cpuMs - frameTotal) / elapsed,
  };
  print(result);
  return result;
}

function print(result: AppStreamResult): void {
  const fixed = (value: number, digits = 0) => value.toFixed(digits);
  console.log(
    `\nThe app in steady state: 160x48, refresh 5s, range 1h, System Overview, ${fixed(result.seconds)} s`,
  );
  printTable([
    ['figure', 'measured', 'budget'],
    ['bytes to the terminal per second', fixed(result.bytesPerSecond), '<= 400'],
    ['full-screen clears', String(result.clears), '0'],
    ['full repaints by the output stage', String(result.fullRepaints), '0'],
    ['Ink frames per minute', fixed(result.inkFramesPerMinute), '<= 72 (1/s + polls)'],
    ['terminal writes per minute', fixed(result.writesPerMinute), '-'],
    ['CPU ms per frame, median', fixed(result.frameCpuMedianMs, 1), '<= 15'],
    ['CPU ms per frame, p95', fixed(result.frameCpuP95Ms, 1), '-'],
    ['CPU outside frames (ms per second)', fixed(result.idleCpuMsPerSecond, 1), '-'],
    ['CPU of the process (% of one core)', fixed(result.cpuPercent, 1), '-'],
  ]);
}

// Run on its own; not when bundled into bench/run.ts, where every module shares one URL.
if (
  process.env['NOVA_TOP_BENCH_BUNDLE'] !== '1' &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  await run(Number(process.argv[2] ?? 30) || 30);
}
