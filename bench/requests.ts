// What each refresh asks of Prometheus, per built-in dashboard, measured against the real
// Prometheus (stack/servers.ts) scraping the test exporter (test/harness/exporter.ts) every second:
// HTTP requests, series, points and bytes on the wire (gzip, as sent) for a full refetch and for a
// steady-state refresh with incremental range queries (the tail only, merged into the cache).
// Every range query runs on a 60-point grid, as a 1h range on a 60-column chart does (step 60s);
// here the range is 60 s (step 1 s) so that a server started a minute ago holds all of it, and the
// steady refresh comes 1 s (one step) after the previous one, the case where the tail is longest.
// Run: npx tsx bench/requests.ts
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {builtinDashboards} from '../source/dashboards/dashboards.js';
import type {DashboardSpec} from '../source/dashboards/spec.js';
import {createRequest} from '../source/http/http.js';
import type {RequestFn} from '../source/http/types.js';
import {createPoller} from '../source/poller/poller.js';
import type {PollPlan} from '../source/poller/types.js';
import type {Store} from '../source/store/store.js';
import type {StoreState} from '../source/store/store-state.js';
import {createPrometheusClient} from '../source/prometheus/client.js';
import {startPrometheus, type ServerHandle} from '../stack/servers.js';
import {startExporter, type Exporter} from '../test/harness/exporter.js';
import {printTable} from './app-harness.js';

const rangeSeconds = 60;
const gridPoints = 60;
/** The first scrape, then enough for a rate() at the start of the 60 s range. */
const warmUpMs = 70_000;

type Tally = {requests: number; series: number; points: number; bytes: number; rangeBytes: number};
const emptyTally = (): Tally => ({requests: 0, series: 0, points: 0, bytes: 0, rangeBytes: 0});

function countingRequest(request: RequestFn, tally: {current: Tally}): RequestFn {
  return async (sent) => {
    const response = await request(sent);
    const result = (response.data as {data?: {result?: unknown}}).data?.result;
    const series = Array.isArray(result) ? (result as {values?: unknown[]}[]) : [];
    tally.current.requests += 1;
    tally.current.bytes += response.bytes;
    if (sent.path.endsWith('/query_range')) tally.current.rangeBytes += response.bytes;
    tally.current.series += series.length;
    tally.current.points += series.reduce((sum, one) => sum + (one.values?.length ?? 1), 0);
    return response;
  };
}

const planOf = (dashboard: DashboardSpec): PollPlan => ({
  dashboard,
  rangeSeconds,
  refreshMs: 3_600_000,
  chartWidths: Object.fromEntries(
    dashboard.rows.flatMap((row) => row.panels.map((panel) => [panel.id, gridPoints])),
  ),
});

/** Resolves when the poller has committed the next cycle (a plan change commits before it). */
function nextCycle(store: Store<StoreState>, start: () => void): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe(() => {
      if (store.getState().lastCycleAt === undefined) return;
      unsubscribe();
      resolve();
    });
    start();
  });
}

export type DashboardRequests = {
  readonly id: string;
  /** A refetch of everything (the first poll, or incremental queries off). */
  readonly full: Tally;
  /** A refresh after the grid moved one step: the tail of every range query. */
  readonly tail: Tally;
  /** A refresh on an unchanged grid whose points are final: instant queries only. */
  readonly unchanged: Tally;
};

async function measure(request: RequestFn, dashboard: DashboardSpec): Promise<DashboardRequests> {
  const tally = {current: emptyTally()};
  const client = createPrometheusClient(countingRequest(request, tally));
  const whole = createPoller({client, incremental: false});
  await nextCycle(whole.store, () => whole.poller.setPlan(planOf(dashboard)));
  whole.poller.stop();
  const full = tally.current;
  tally.current = emptyTally();
  // A pinned clock, a few seconds behind, so that every grid point asked for is already scraped.
  const time = {now: Date.now() - 3_000};
  const {poller, store} = createPoller({client, clock: () => time.now, lateSamplesMs: 0});
  await nextCycle(store, () => poller.setPlan(planOf(dashboard)));
  time.now += 1_000;
  tally.current = emptyTally();
  await nextCycle(store, () => poller.refreshNow());
  const tail = tally.current;
  tally.current = emptyTally();
  await nextCycle(store, () => poller.refreshNow());
  poller.stop();
  return {id: dashboard.id, full, tail, unchanged: tally.current};
}

/**
 * Refreshes per step of a 1h range on a 60-column chart (step 60 s) at refresh 5 s, and how many
 * of them ask for tails: the one after the grid moves, and the first one after the 15 s
 * late-sample margin of its newest point (store/range-cache.ts); the others ask only the instant
 * queries. Both tails are counted as the measured one after the grid moved, one point longer than
 * the second really is: the figure errs high.
 */
const refreshesPerStep = 12;
const tailRefreshesPerStep = 2;

const steadyAverage = (tail: number, unchanged: number): number =>
  (tailRefreshesPerStep * tail + (refreshesPerStep - tailRefreshesPerStep) * unchanged) /
  refreshesPerStep;

export type Servers = {
  readonly prometheus: ServerHandle;
  readonly exporter: Exporter;
  readonly readyAt: number;
  stop(): Promise<void>;
};

/** Starts Prometheus and the exporter; the data is complete at `readyAt` (about 70 s later). */
export async function startServers(): Promise<Servers> {
  const exporter = await startExporter();
  const prometheus = await startPrometheus({
    configYaml: `global: {scrape_interval: 1s}
scrape_configs:
  - job_name: nova
    static_configs: [{targets: ['${exporter.target}']}]
`,
  });
  return {
    prometheus,
    exporter,
    readyAt: Date.now() + warmUpMs,
    async stop() {
      await prometheus.stop();
      await exporter.stop();
    },
  };
}

export type RequestsResult = {
  readonly dashboards: readonly DashboardRequests[];
  /** Steady refresh vs full refetch over all four dashboards, in %. */
  readonly totals: {readonly rangePercent: number; readonly allPercent: number};
};

function totals(dashboards: readonly DashboardRequests[]): RequestsResult['totals'] {
  const sum = (pick: (entry: DashboardRequests) => number) =>
    dashboards.reduce((total, entry) => total + pick(entry), 0);
  const full = sum((entry) => entry.full.bytes);
  const fullRange = sum((entry) => entry.full.rangeBytes);
  const steady = steadyAverage(
    sum((entry) => entry.tail.bytes),
    sum((entry) => entry.unchanged.bytes),
  );
  const steadyRange = steadyAverage(
    sum((entry) => entry.tail.rangeBytes),
    0,
  );
  return {rangePercent: (100 * steadyRange) / fullRange, allPercent: (100 * steady) / full};
}

export async function run(given?: Servers): Promise<RequestsResult> {
  const servers = given ?? (await startServers());
  try {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, servers.readyAt - Date.now())));
    const request = createRequest({url: servers.prometheus.url, headers: [], timeoutMs: 5_000});
    const dashboards: DashboardRequests[] = [];
    for (const dashboard of builtinDashboards) dashboards.push(await measure(request, dashboard));
    print(dashboards);
    return {dashboards, totals: totals(dashboards)};
  } finally {
    if (given === undefined) await servers.stop();
  }
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;

function print(dashboards: readonly DashboardRequests[]): void {
  console.log(
    `\nPer refresh of each dashboard, real Prometheus, ${gridPoints}-point grids (as a 1h range at 60 s step), bytes as sent (gzip)`,
  );
  const row = (id: string, pick: <T>(use: (entry: DashboardRequests) => T) => T[]): string[] => {
    const total = (use: (entry: DashboardRequests) => number) =>
      pick(use).reduce((a, b) => a + b, 0);
    const full = total((entry) => entry.full.bytes);
    const fullRange = total((entry) => entry.full.rangeBytes);
    const tail = total((entry) => entry.tail.bytes);
    const unchanged = total((entry) => entry.unchanged.bytes);
    const tailRange = total((entry) => entry.tail.rangeBytes);
    return [
      id,
      String(total((entry) => entry.full.requests)),
      String(total((entry) => entry.full.series)),
      String(total((entry) => entry.full.points)),
      String(full),
      `${total((entry) => entry.tail.requests)} / ${total((entry) => entry.tail.points)} / ${tail}`,
      `${total((entry) => entry.unchanged.requests)} / ${unchanged}`,
      percent(steadyAverage(tail, unchanged), full),
      percent(steadyAverage(tailRange, 0), fullRange),
    ];
  };
  printTable([
    [
      'dashboard',
      'requests',
      'series',
      'points',
      'bytes',
      'grid moved: req/points/bytes',
      'grid unchanged: req/bytes',
      'steady/full, all',
      'range queries (<= 10%)',
    ],
    ...dashboards.map((entry) => row(entry.id, (use) => [use(entry)])),
    row('all four', (use) => dashboards.map(use)),
  ]);
  console.log(
    `"steady" averages a step of a 1h range at refresh 5 s: ${tailRefreshesPerStep} of ${refreshesPerStep} refreshes ask for tails (when the grid moves, and once after the 15 s late-sample margin), the rest only instant queries.`,
  );
}

// Run on its own; not when bundled into bench/run.ts, where every module shares one URL.
if (
  process.env['NOVA_TOP_BENCH_BUNDLE'] !== '1' &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  await run();
}
