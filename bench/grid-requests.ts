// What a refresh of a 100-panel grid dashboard asks of Prometheus when only the panels on screen
// are queried (issue 11, part 3), against the real Prometheus of bench/requests.ts scraping the
// test exporter: 10 sections of 10 panels (test/fixtures/dashboards/tall-grid.ts), each asking
// its own query (the built-in dashboards' expressions in turn), laid out on a 160x48 terminal.
// Three plans: every panel (what a dashboard without visible-only queries costs), the panels on
// screen at the top, and the same with sections 2-10 collapsed. For each, HTTP requests and bytes
// as sent (gzip) for a whole refetch (the first refresh) and for a steady refresh one step later
// (the tails of the range queries and the instant queries), as bench/requests.ts measures them.
// Run: npx tsx bench/grid-requests.ts
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import {builtinDashboards} from '../source/dashboards/dashboards.js';
import {createRequest} from '../source/http/http.js';
import type {RequestFn} from '../source/http/types.js';
import {createPoller} from '../source/poller/poller.js';
import type {PollPlan} from '../source/poller/types.js';
import {createPrometheusClient} from '../source/prometheus/client.js';
import type {Store} from '../source/store/store.js';
import type {StoreState} from '../source/store/store-state.js';
import {layoutDashboard} from '../source/view-models/layout.js';
import {tallGrid} from '../test/fixtures/dashboards/tall-grid.js';
import {printTable} from './app-harness.js';
import {startServers, type Servers} from './requests.js';

const sections = 10;
const size = {columns: 160, rows: 48};
/** 60 s on 60-point charts or so: a server started a minute ago holds all of it. */
const rangeSeconds = 60;

type Tally = {requests: number; bytes: number};
export type GridCase = {
  readonly name: string;
  readonly panels: number;
  readonly full: Tally;
  readonly steady: Tally;
};

const dashboard = tallGrid(
  sections,
  builtinDashboards.flatMap((one) =>
    one.rows.flatMap((row) => row.panels.flatMap((panel) => panel.queries.map((q) => q.expr))),
  ),
);

function planOf(collapsed: ReadonlySet<number>, visibleOnly: boolean): PollPlan {
  const layout = layoutDashboard(dashboard, size, undefined, undefined, {top: 0, collapsed});
  if (layout.kind !== 'dashboard' || layout.gridView === undefined) throw new Error('no grid');
  const plan = {dashboard, rangeSeconds, refreshMs: 3_600_000, chartWidths: layout.chartWidths};
  return visibleOnly ? {...plan, visiblePanelIds: layout.gridView.visiblePanelIds} : plan;
}

function counting(request: RequestFn, tally: {current: Tally}): RequestFn {
  return async (sent) => {
    const response = await request(sent);
    tally.current.requests += 1;
    tally.current.bytes += response.bytes;
    return response;
  };
}

/** Resolves when the poller has committed its next cycle. */
function nextCycle(store: Store<StoreState>, start: () => void): Promise<void> {
  return new Promise((resolve) => {
    const before = store.getState().lastCycleAt;
    const unsubscribe = store.subscribe(() => {
      const at = store.getState().lastCycleAt;
      if (at === undefined || at === before) return;
      unsubscribe();
      resolve();
    });
    start();
  });
}

async function measure(request: RequestFn, name: string, plan: PollPlan): Promise<GridCase> {
  const tally = {current: {requests: 0, bytes: 0}};
  const client = createPrometheusClient(counting(request, tally));
  // A pinned clock a few seconds behind, so that every point asked for is scraped already.
  const time = {now: Date.now() - 3_000};
  const {poller, store} = createPoller({client, clock: () => time.now, lateSamplesMs: 0});
  await nextCycle(store, () => poller.setPlan(plan));
  const full = tally.current;
  time.now += 1_000;
  tally.current = {requests: 0, bytes: 0};
  await nextCycle(store, () => poller.refreshNow());
  poller.stop();
  const panels = plan.visiblePanelIds?.size ?? dashboard.rows.flatMap((row) => row.panels).length;
  return {name, panels, full, steady: tally.current};
}

export async function run(servers: Servers): Promise<readonly GridCase[]> {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, servers.readyAt - Date.now())));
  const request = createRequest({url: servers.prometheus.url, headers: [], timeoutMs: 5_000});
  const rest = new Set(Array.from({length: sections - 1}, (_, index) => index + 1));
  const cases = [
    await measure(request, 'all 100 panels', planOf(new Set(), false)),
    await measure(request, 'visible at 160x48', planOf(new Set(), true)),
    await measure(request, 'sections 2-10 collapsed', planOf(rest, true)),
  ];
  print(cases);
  return cases;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

function print(cases: readonly GridCase[]): void {
  console.log(
    `\nPer refresh of a ${sections * 10}-panel grid dashboard, real Prometheus, ${size.columns}x${size.rows}, bytes as sent (gzip)`,
  );
  printTable([
    ['plan', 'panels queried', 'first refresh: req / bytes', 'steady refresh: req / bytes'],
    ...cases.map((one) => [
      one.name,
      String(one.panels),
      `${one.full.requests} / ${kb(one.full.bytes)}`,
      `${one.steady.requests} / ${kb(one.steady.bytes)}`,
    ]),
  ]);
}

// Run on its own; not when bundled into bench/run.ts, where every module shares one URL.
if (
  process.env['NOVA_TOP_BENCH_BUNDLE'] !== '1' &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  const servers = await startServers();
  try {
    await run(servers);
  } finally {
    await servers.stop();
  }
}
