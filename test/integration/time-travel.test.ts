// Time travel against the real Prometheus: a gauge with a known value for every minute of the last
// 40 minutes is backfilled with promtool (a just-started server has no past of its own), and the
// dashboards held 10 minutes ago show the values Prometheus itself answers for that time, asked
// directly with `time=`; the held chart's window ends there, and a live poll after it still asks now.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {DashboardSpec, PanelSpec} from '../../source/dashboards/spec.js';
import {createRequest} from '../../source/http/http.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {createPoller} from '../../source/poller/poller.js';
import {createHeldPoller} from '../../source/poller/time-travel.js';
import type {Store} from '../../source/store/store.js';
import {panelKey, type StoreState} from '../../source/store/store-state.js';
import {panelValues} from '../../source/view-models/fresh-values.js';
import {buildPanelView} from '../../source/view-models/panel-view.js';
import {startPrometheus, type ServerHandle} from '../../stack/servers.js';

const minute = 60;
/** Whole minutes: the backfilled samples lie on them. */
const nowSeconds = Math.floor(Date.now() / 1000 / minute) * minute;
/** The gauge's value at minute m before now: 1000 + 7 m, one sample every 15 s. */
const valueAt = (minutesBefore: number): number => 1000 + 7 * minutesBefore;

const gauge: PanelSpec = {
  id: 'gauge',
  title: 'Gauge',
  kind: 'stat',
  unit: 'count',
  queries: [{expr: 'sum(tt_gauge)'}],
};
const chart: PanelSpec = {
  id: 'chart',
  title: 'Chart',
  kind: 'timeseries',
  unit: 'count',
  queries: [{expr: 'max(tt_gauge)', legend: 'gauge'}],
};
const dashboard: DashboardSpec = {id: 'tt', title: 'TT', rows: [{panels: [gauge, chart]}]};

let server: ServerHandle;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'nova-top-time-travel-'));
  const lines = ['# TYPE tt_gauge gauge'];
  for (let back = 40; back >= 2; back -= 1) {
    for (const offset of [0, 15, 30, 45]) {
      lines.push(`tt_gauge{job="tt"} ${valueAt(back)} ${nowSeconds - back * minute + offset}`);
    }
  }
  lines.push('# EOF', '');
  const file = path.join(dataDir, 'backfill.om');
  writeFileSync(file, lines.join('\n'));
  execFileSync(
    'promtool',
    ['tsdb', 'create-blocks-from', 'openmetrics', file, path.join(dataDir, 'tsdb')],
    {
      stdio: 'ignore',
    },
  );
  server = await startPrometheus({configYaml: 'global: {scrape_interval: 15s}\n', dataDir});
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, {recursive: true, force: true});
});

/** Prometheus' own answer for `expr` at `time`, asked directly. */
async function direct(expr: string, time: number): Promise<number> {
  const url = `${server.url}/api/v1/query?query=${encodeURIComponent(expr)}&time=${time}`;
  const body = (await (await fetch(url)).json()) as {
    data: {result: {value: [number, string]}[]};
  };
  return Number(body.data.result[0]?.value[1]);
}

async function settled(store: Store<StoreState>, key: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (store.getState().panels[key]?.results === undefined) {
    if (Date.now() > deadline) throw new Error(`no answer for ${key}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('held 10 minutes ago', () => {
  it('shows what Prometheus answers for that time, not what it answers now', async () => {
    const client = createPrometheusClient(
      createRequest({url: server.url, headers: [], timeoutMs: 5_000}),
    );
    const heldAt = (nowSeconds - 10 * minute + 20) * 1000;
    const held = createHeldPoller({client, scrapeIntervalSeconds: 15}, heldAt);
    held.poller.setPlan({
      dashboard,
      rangeSeconds: 1800,
      refreshMs: 15_000,
      chartWidths: {chart: 60},
    });
    await settled(held.store, panelKey('tt', 'gauge'));
    await settled(held.store, panelKey('tt', 'chart'));
    held.poller.stop();

    const expected = await direct('sum(tt_gauge)', heldAt / 1000);
    expect(expected).toBe(valueAt(10));
    expect(await direct('sum(tt_gauge)', nowSeconds - 3 * minute)).toBe(valueAt(3));
    const state = held.store.getState();
    const [gaugeValue] = panelValues(gauge, state.panels[panelKey('tt', 'gauge')], heldAt);
    expect(gaugeValue?.value).toBe(expected);
    const [chartValue] = panelValues(chart, state.panels[panelKey('tt', 'chart')], heldAt);
    expect(chartValue).toMatchObject({
      value: await direct('max(tt_gauge)', heldAt / 1000),
      stale: false,
    });
    // The chart ends at the held time, and its panel shows the held value, as of then.
    const result = state.panels[panelKey('tt', 'chart')]?.results?.[0];
    expect(result?.type === 'range' && result.window.end).toBeLessThanOrEqual(heldAt / 1000);
    expect(result?.type === 'range' && result.window.end).toBeGreaterThan(heldAt / 1000 - 60);
    const view = buildPanelView(
      gauge,
      state.panels[panelKey('tt', 'gauge')],
      {width: 30, height: 6},
      heldAt,
    );
    expect(JSON.stringify(view.lines)).not.toContain('ago');

    // A live poller on the same server afterwards asks now: the held answers never reach it.
    const live = createPoller({client, scrapeIntervalSeconds: 15});
    live.poller.setPlan({
      dashboard,
      rangeSeconds: 1800,
      refreshMs: 60_000,
      chartWidths: {chart: 60},
    });
    await settled(live.store, panelKey('tt', 'gauge'));
    live.poller.stop();
    const [liveValue] = panelValues(
      gauge,
      live.store.getState().panels[panelKey('tt', 'gauge')],
      Date.now(),
    );
    // Nothing newer than 2 minutes ago was backfilled: the lookback of 5 minutes still finds it.
    expect(liveValue?.value).toBe(valueAt(2));
  }, 60_000);
});
