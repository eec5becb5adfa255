// Fresh headline values against the real Prometheus and the real VictoriaMetrics (scraping the test exporter every second):
// after the workload changes on a known schedule, the value each panel shows as "now" equals a
// direct instant query of the same expression and window, taken within one refresh, at ranges 5m,
// 1h and 7d; a series younger than one step shows at every range; and once Prometheus stops
// answering, the panel says how old its values are.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import type {DashboardSpec, PanelSpec} from '../../source/dashboards/spec.js';
import {createPoller} from '../../source/poller/poller.js';
import type {Store} from '../../source/store/store.js';
import {panelKey, type StoreState} from '../../source/store/store-state.js';
import {expandQuery} from '../../source/prometheus/builtin-variables.js';
import {formatClock} from '../../source/view-models/clock.js';
import {panelValues, type SeriesValue} from '../../source/view-models/fresh-values.js';
import {labelsKey} from '../../source/view-models/panel-data.js';
import {buildPanelView} from '../../source/view-models/panel-view.js';
import {normalProfile, type Profile} from '../harness/exporter.js';
import {
  backends,
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';

let stack: PrometheusWithExporter;

const scrapeSeconds = 1;
const refreshMs = 1_000;

const builtin = (dashboardId: string, panelId: string): PanelSpec => {
  const found = builtinDashboards
    .find((dashboard) => dashboard.id === dashboardId)
    ?.rows.flatMap((row) => row.panels)
    .find((panel) => panel.id === panelId);
  if (found === undefined) throw new Error(`no panel ${dashboardId}/${panelId}`);
  return found;
};

/** Built-in panels whose values the new profile changes, and one series per conversation. */
const dashboard: DashboardSpec = {
  id: 'fresh',
  title: 'Fresh',
  rows: [
    {
      panels: [
        builtin('overview', 'error-rate'),
        builtin('overview', 'queues'),
        builtin('overview', 'connections'),
        {
          id: 'by-conversation',
          title: 'By conversation',
          kind: 'timeseries',
          unit: 'count',
          queries: [
            {
              expr: 'sum by (conversation_id) (ws_active_connections)',
              legend: '{{conversation_id}}',
            },
          ],
        },
      ],
    },
  ],
};

/** From the switch on: 30 errors of 120 sent (25%), 811 failed, a third conversation of 5. */
const incident: Profile = {
  ...normalProfile,
  gauges: {
    ws_active_connections: [
      ...(normalProfile.gauges['ws_active_connections'] ?? []),
      {labels: {conversation_id: 'conv-3'}, value: 5},
    ],
    message_queue_depth: [
      {labels: {queue_type: 'pending'}, value: 120},
      {labels: {queue_type: 'failed'}, value: 811},
      {labels: {queue_type: 'retry'}, value: 3},
    ],
  },
  counters: {
    ...normalProfile.counters,
    ws_errors_total: [
      {labels: {error_type: 'timeout'}, perScrape: 15},
      {labels: {error_type: 'decode'}, perScrape: 5},
      {labels: {error_type: 'send_failed'}, perScrape: 5},
      {labels: {error_type: 'connection_lost'}, perScrape: 5},
    ],
  },
};

/** Resolves with the store once the poller has committed a cycle that gave every panel data. */
function pollOnce(store: Store<StoreState>): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const {panels} = store.getState();
      const keys = dashboard.rows.flatMap((row) => row.panels.map((p) => panelKey('fresh', p.id)));
      if (keys.every((key) => panels[key]?.results !== undefined)) {
        unsubscribe();
        resolve();
      }
    };
    const unsubscribe = store.subscribe(check);
  });
}

function pollerAt(rangeSeconds: number) {
  const created = createPoller({client: stack.client, scrapeIntervalSeconds: scrapeSeconds});
  created.poller.setPlan({dashboard, rangeSeconds, refreshMs, chartWidths: {}});
  return created;
}

const valuesOf = (store: Store<StoreState>, now: number) =>
  dashboard.rows
    .flatMap((row) => row.panels)
    .map((panel) => ({
      panel,
      values: panelValues(panel, store.getState().panels[panelKey('fresh', panel.id)], now),
    }));

/** The same expression, with the instant window, asked directly at the value's time. */
async function direct(panel: PanelSpec, value: SeriesValue, rangeSeconds: number) {
  const expr = panel.queries[value.queryIndex]?.expr ?? '';
  const instant = expandQuery(expr, {step: 0, rangeSeconds, scrapeIntervalSeconds: scrapeSeconds});
  const answer = (await stack.client.query(instant, value.time ?? 0)).samples;
  return answer.filter((sample) => labelsKey(sample.labels) === labelsKey(value.labels));
}

/** When the exporter switched to the incident profile. */
let switchedAt: number | undefined;

describe.each(backends)('fresh values against the real %s', (backend) => {
  beforeAll(async () => {
    process.env['TZ'] = 'UTC';
    switchedAt = undefined;
    stack = await startPrometheusWithExporter('nova-top-fresh-', undefined, backend);
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it.each([
    ['5m', 300],
    ['1h', 3_600],
    ['7d', 7 * 86_400],
  ])(
    'at %s the value now equals a direct instant query within one refresh',
    async (_name, rangeSeconds) => {
      if (switchedAt === undefined) {
        stack.exporter.setProfile(incident);
        switchedAt = Date.now();
      }
      // Four scrapes of the new profile fill the instant rate window (4 x 1 s), with margin.
      const settled = switchedAt + 6_000 - Date.now();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, settled)));
      const {poller, store} = pollerAt(rangeSeconds);
      try {
        await pollOnce(store);
        const now = Date.now();
        const shown = valuesOf(store, now);
        const byPanel = Object.fromEntries(
          shown.map(({panel, values}) => [
            panel.id,
            Object.fromEntries(values.map((value) => [value.name, value.value])),
          ]),
        );
        expect(byPanel).toEqual({
          // The delivery series' value is checked against a direct query below, like every value.
          'error-rate': {'ws errors': expect.closeTo(25, 9), delivery: expect.any(Number)},
          queues: {pending: 120, failed: 811, retry: 3},
          connections: {connections: 47},
          // conv-3 is seconds old: younger than a step at 1h and 7d, shown all the same.
          'by-conversation': {'conv-1': 12, 'conv-2': 30, 'conv-3': 5},
        });
        for (const {panel, values} of shown) {
          for (const value of values) {
            expect(value.stale).toBe(false);
            // Sampled at the poll: within one refresh of now.
            expect(now / 1000 - (value.time ?? 0)).toBeLessThanOrEqual(refreshMs / 1000 + 1);
            const asked = await direct(panel, value, rangeSeconds);
            expect(asked.map((sample) => sample.value)).toEqual([value.value]);
          }
        }
      } finally {
        poller.stop();
      }
    },
    30_000,
  );

  it('says how old the values are once Prometheus stops answering', async () => {
    const {poller, store} = pollerAt(3_600);
    const spec = builtin('overview', 'error-rate');
    const key = panelKey('fresh', spec.id);
    try {
      await pollOnce(store);
      const state = () => store.getState().panels[key];
      await stack.prometheus.stop();
      // Two 1 s scrapes and one 1 s refresh, then some.
      await new Promise((resolve) => setTimeout(resolve, 4_500));
      const now = Date.now();
      const status = buildPanelView(spec, state(), {width: 60, height: 6}, now).status;
      const newest = Math.max(
        ...(state()?.results ?? []).flatMap((result) =>
          result.type === 'range' && result.fresh !== undefined ? [result.fresh.time] : [],
        ),
      );
      expect(status).toEqual({
        text: `as of ${formatClock(newest, true)}, ${Math.floor((now - newest * 1000) / 1000)}s ago`,
        tone: 'warning',
      });
      expect(valuesOf(store, now).every(({values}) => values.every((one) => one.stale))).toBe(true);
    } finally {
      poller.stop();
      await stack.restart();
    }
  }, 30_000);
});
