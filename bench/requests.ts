// HTTP requests and points fetched per refresh of each built-in dashboard, measured against the
// real Prometheus scraping the test exporter: `npx tsx bench/requests.ts [columns]`.
// Chart widths follow a simple layout estimate for a terminal `columns` wide (default 160): a
// row's width shared by its panels' relative widths, minus 2 cells of border per panel.
// The fresh test server holds seconds of data, not an hour, so the refresh runs over a 5m range
// (same requests, same series) and "points (1h)" is each request's series times its grid points
// over 1h: what a refresh fetches once Prometheus holds the whole range. "bytes (5m)" is what
// came over the wire for the 5m refresh.
import {builtinDashboards} from '../source/dashboards/dashboards.js';
import type {DashboardSpec} from '../source/dashboards/spec.js';
import {createRequest} from '../source/http/http.js';
import type {RequestFn} from '../source/http/types.js';
import {planJobs} from '../source/poller/jobs.js';
import {createPoller} from '../source/poller/poller.js';
import type {PollPlan} from '../source/poller/types.js';
import {createPrometheusClient} from '../source/prometheus/client.js';
import {windowPoints} from '../source/prometheus/query.js';
import {startPrometheus} from '../stack/servers.js';
import {startExporter} from '../test/harness/exporter.js';

const columns = Number(process.argv[2] ?? 160);
const measuredRange = 300;
const reportedRange = 3600;

type Tally = {bytes: number; readonly series: number[]};

/** Counts bytes, and series per request in the order the requests were sent. */
function countingRequest(request: RequestFn, tally: Tally): RequestFn {
  return async (sent) => {
    const index = tally.series.push(0) - 1;
    const response = await request(sent);
    tally.bytes += response.bytes;
    const result = (response.data as {data?: {result?: unknown}}).data?.result;
    tally.series[index] = Array.isArray(result) ? result.length : 0;
    return response;
  };
}

function chartWidths(dashboard: DashboardSpec): Record<string, number> {
  const widths: Record<string, number> = {};
  for (const row of dashboard.rows) {
    const total = row.panels.reduce((sum, panel) => sum + (panel.width ?? 1), 0);
    for (const panel of row.panels) {
      widths[panel.id] = Math.max(1, Math.floor((columns * (panel.width ?? 1)) / total) - 2);
    }
  }
  return widths;
}

const planOf = (dashboard: DashboardSpec, rangeSeconds: number): PollPlan => ({
  dashboard,
  rangeSeconds,
  refreshMs: 60_000,
  chartWidths: chartWidths(dashboard),
});

/** One refresh: queries, requests, series, points over 1h, bytes. */
async function measure(request: RequestFn, dashboard: DashboardSpec): Promise<number[]> {
  const tally: Tally = {bytes: 0, series: []};
  const {poller, store} = createPoller({
    client: createPrometheusClient(countingRequest(request, tally)),
  });
  await new Promise<void>((resolve) => {
    const unsubscribe = store.subscribe(() => {
      if (store.getState().lastCycleAt === undefined) return;
      unsubscribe();
      resolve();
    });
    poller.setPlan(planOf(dashboard, measuredRange));
  });
  poller.stop();
  // The same jobs over 1h, in the order the poller sent them (dedupe is the same at both ranges).
  const jobs = planJobs(planOf(dashboard, reportedRange), Date.now() / 1000).jobs;
  const grid = jobs.map((job) => (job.type === 'range' ? windowPoints(job.window) : 1));
  const points = tally.series.reduce((sum, series, index) => sum + series * (grid[index] ?? 0), 0);
  const panels = dashboard.rows.flatMap((row) => row.panels);
  const queries = panels.reduce((sum, panel) => sum + panel.queries.length, 0);
  const series = tally.series.reduce((sum, count) => sum + count, 0);
  return [queries, tally.series.length, series, points, tally.bytes];
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => row[index]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
      )
      .join('  ');
  for (const row of [header, ...rows]) console.log(line(row));
}

const exporter = await startExporter();
const prometheus = await startPrometheus({
  configYaml: `global: {scrape_interval: 1s}
scrape_configs:
  - job_name: nova
    static_configs: [{targets: ['${exporter.target}']}]
`,
});
try {
  // The first scrape lands about 6 s after start; rate() needs a second one.
  await new Promise((resolve) => setTimeout(resolve, 9_000));
  const request = createRequest({url: prometheus.url, headers: [], timeoutMs: 5_000});
  const rows: string[][] = [];
  for (const dashboard of builtinDashboards) {
    rows.push([dashboard.id, ...(await measure(request, dashboard)).map(String)]);
  }
  console.log(`Per refresh of each dashboard, ${columns}-column terminal:`);
  printTable(['dashboard', 'queries', 'requests', 'series', 'points (1h)', 'bytes (5m)'], rows);
} finally {
  await prometheus.stop();
  await exporter.stop();
}
