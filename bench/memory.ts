// Heap after GC over a long run, sampled as it goes: 10,000 poll cycles through the real poller,
// store and range cache (System Overview against the stand-in Prometheus, the clock moving 5 s a
// cycle, so every cycle merges a tail), then 1,000 of them drawn by the real App and output stage
// at 160x48 (every cycle a frame; Ink's ~20 ms per frame makes 10,000 drawn cycles too slow for a
// routine bench). Run: npx tsx bench/memory.ts [cycles] [drawn cycles]
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import {builtinDashboards} from '../source/dashboards/dashboards.js';
import {createPoller} from '../source/poller/poller.js';
import type {PollPlan, Poller} from '../source/poller/types.js';
import type {Store} from '../source/store/store.js';
import type {StoreState} from '../source/store/store-state.js';
import {createPrometheusClient} from '../source/prometheus/client.js';
import {printTable} from './app-harness.js';
import {createFakePrometheus} from './fake-prometheus.js';

const refreshMs = 5_000;

export type MemoryResult = {
  /** Heap after GC (MB) every tenth of the run, for the data layer alone and with the screen. */
  readonly dataLayerMb: readonly number[];
  readonly drawnMb: readonly number[];
  readonly cycles: number;
  readonly drawnCycles: number;
};

function collectGarbage(): () => number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
}

type Rig = {
  readonly poller: Poller;
  readonly store: Store<StoreState>;
  readonly time: {now: number};
};

function createRig(): Rig {
  const time = {now: Date.UTC(2026, 10, 27, 12, 0, 0)};
  const {poller, store} = createPoller({
    client: createPrometheusClient(createFakePrometheus().request),
    clock: () => time.now,
  });
  return {poller, store, time};
}

/** One refresh, `refreshMs` of virtual time later; resolves when the store has the cycle. */
function cycle(rig: Rig): Promise<void> {
  rig.time.now += refreshMs;
  return new Promise((resolve) => {
    const unsubscribe = rig.store.subscribe(() => {
      if (rig.store.getState().lastCycleAt !== rig.time.now) return;
      unsubscribe();
      resolve();
    });
    rig.poller.refreshNow();
  });
}

async function sampleRun(rig: Rig, cycles: number, heapMb: () => number): Promise<number[]> {
  const samples: number[] = [];
  const every = Math.max(1, Math.floor(cycles / 10));
  for (let index = 1; index <= cycles; index++) {
    await cycle(rig);
    if (index % every === 0) samples.push(heapMb());
  }
  return samples;
}

const overview = builtinDashboards[0];
const plan = (): PollPlan => ({
  dashboard: overview as NonNullable<typeof overview>,
  rangeSeconds: 3600,
  refreshMs,
  chartWidths: {},
});

export async function run(cycles = 10_000, drawnCycles = 1_000): Promise<MemoryResult> {
  const heapMb = collectGarbage();
  const data = createRig();
  data.poller.setPlan(plan());
  const dataLayerMb = await sampleRun(data, cycles, heapMb);
  data.poller.stop();

  const {mountApp} = await import('./app-harness.js');
  const drawn = createRig();
  const app = await mountApp({
    store: drawn.store,
    poller: drawn.poller,
    refreshMs,
    rangeSeconds: 3600,
    clock: () => drawn.time.now,
  });
  await cycle(drawn);
  const drawnMb = await sampleRun(drawn, drawnCycles, heapMb);
  drawn.poller.stop();
  app.unmount();

  const result = {dataLayerMb, drawnMb, cycles, drawnCycles};
  print(result);
  return result;
}

function print(result: MemoryResult): void {
  const list = (values: readonly number[]) => values.map((value) => value.toFixed(1)).join(' ');
  const growth = (values: readonly number[]) =>
    ((values.at(-1) ?? 0) - (values[0] ?? 0)).toFixed(1);
  console.log('\nHeap after GC (MB), sampled every tenth of the run');
  printTable([
    ['run', 'samples', 'growth', 'budget'],
    [
      `${result.cycles} poll cycles, data layer`,
      list(result.dataLayerMb),
      growth(result.dataLayerMb),
      'flat, <= 20',
    ],
    [
      `${result.drawnCycles} cycles drawn, 160x48`,
      list(result.drawnMb),
      growth(result.drawnMb),
      'flat, <= 20',
    ],
  ]);
}

// Run on its own; not when bundled into bench/run.ts, where every module shares one URL.
if (
  process.env['NOVA_TOP_BENCH_BUNDLE'] !== '1' &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  await run(Number(process.argv[2] ?? 10_000) || 10_000, Number(process.argv[3] ?? 1_000) || 1_000);
}
