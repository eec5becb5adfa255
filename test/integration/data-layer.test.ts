// The data layer against the real Prometheus (Debian package) scraping the test exporter every
// second: the client returns the exporter's known values for the dashboards' own queries, and
// the poller and store keep their data through a Prometheus outage and recover by themselves.
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import type {PanelSpec} from '../../source/dashboards/spec.js';
import {createPoller} from '../../source/poller/poller.js';
import type {Store} from '../../source/store/store.js';
import type {StoreState} from '../../source/store/store-state.js';
import type {PrometheusClient} from '../../source/prometheus/client.js';
import {expandQuery} from '../../source/prometheus/builtin-variables.js';
import {rangeWindow} from '../../source/prometheus/query.js';
import type {Series} from '../../source/prometheus/types.js';
import {
  findBinary,
  startAlertmanager,
  startPrometheus,
  type ServerHandle,
} from '../../stack/servers.js';
import {
  defaultBuckets,
  expectedQuantile,
  normalProfile,
  perScrape,
  wsLatencyBuckets,
} from '../harness/exporter.js';
import {
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';

let stack: PrometheusWithExporter;
let prometheus: ServerHandle;
let client: PrometheusClient;

beforeAll(async () => {
  stack = await startPrometheusWithExporter('nova-top-data-layer-');
  ({prometheus, client} = stack);
});

afterAll(async () => {
  await stack?.stop();
});

const rangeSeconds = 60;

function panelSpec(dashboardId: string, panelId: string): PanelSpec {
  const dashboard = builtinDashboards.find((candidate) => candidate.id === dashboardId);
  const panel = dashboard?.rows.flatMap((row) => row.panels).find((one) => one.id === panelId);
  if (panel === undefined) throw new Error(`no panel ${dashboardId}/${panelId}`);
  return panel;
}

/** The newest value of each series of a panel query, keyed by one label (or `value`). */
async function lastValues(dashboardId: string, panelId: string, queryIndex = 0, label?: string) {
  const window = rangeWindow(Date.now() / 1000, rangeSeconds, 60);
  const spec = panelSpec(dashboardId, panelId).queries[queryIndex];
  const expr = expandQuery(spec?.expr ?? '', {step: window.step, rangeSeconds});
  const series = (await client.queryRange(expr, window)).series;
  return Object.fromEntries(series.map((one) => [label ? one.labels[label] : 'value', last(one)]));
}

const last = (series: Series): number | undefined => series.samples.at(-1)?.[1];

describe('the Prometheus client against the real server', () => {
  it('returns the exporter’s gauges exactly', async () => {
    expect(await lastValues('overview', 'connections')).toEqual({value: 42});
    expect(await lastValues('overview', 'queues', 0)).toEqual({value: 120});
    expect(await lastValues('overview', 'queues', 1)).toEqual({value: 7});
    expect(await lastValues('overview', 'queues', 2)).toEqual({value: 3});
  });

  it('returns the known ratios of rates', async () => {
    const errorRate =
      (100 * perScrape(normalProfile, 'ws_errors_total')) /
      perScrape(normalProfile, 'ws_messages_sent_total');
    expect(errorRate).toBe(10);
    expect((await lastValues('overview', 'error-rate')).value).toBeCloseTo(errorRate, 9);
    expect((await lastValues('messaging', 'delivery-failures')).value).toBeCloseTo(1, 9);
    expect((await lastValues('messaging', 'conversations')).value).toBeCloseTo(98, 9);
  });

  it('returns histogram quantiles computed from the known buckets', async () => {
    const ws = normalProfile.histograms['ws_message_latency_seconds'] ?? [];
    for (const [index, q] of [0.5, 0.95, 0.99].entries()) {
      const {value} = await lastValues('websocket', 'latency', index);
      expect(value).toBeCloseTo(expectedQuantile(q, wsLatencyBuckets, ws), 9);
    }
    expect([0.005, 0.3, 0.46].map((q) => q.toFixed(3))).toEqual(
      [0.5, 0.95, 0.99].map((q) => expectedQuantile(q, wsLatencyBuckets, ws).toFixed(3)),
    );
    const search = await lastValues('messaging', 'search-latency', 0, 'index_type');
    for (const indexType of ['fulltext', 'bm25']) {
      const observations = (
        normalProfile.histograms['message_search_latency_seconds'] ?? []
      ).filter((item) => item.labels['index_type'] === indexType);
      expect(search[indexType]).toBeCloseTo(
        expectedQuantile(0.95, defaultBuckets, observations),
        9,
      );
    }
  });

  it('answers instant queries: the status grid and breakdown shares', async () => {
    const now = rangeWindow(Date.now() / 1000, rangeSeconds, 60).end;
    const up = (await client.query(panelSpec('overview', 'health').queries[0]?.expr ?? '', now))
      .samples;
    expect(Object.fromEntries(up.map((sample) => [sample.labels['job'], sample.value]))).toEqual({
      nova: 1,
      'nova-missing': 0,
    });
    const expr = expandQuery(panelSpec('websocket', 'connection-states').queries[0]?.expr ?? '', {
      step: 1,
      rangeSeconds,
    });
    const states = (await client.query(expr, now)).samples;
    const total = states.reduce((sum, sample) => sum + sample.value, 0);
    const shares = Object.fromEntries(
      states.map((sample) => [sample.labels['status'], (sample.value / total).toFixed(6)]),
    );
    expect(shares).toEqual({opened: '0.500000', closed: '0.375000', error: '0.125000'});
  });
});

describe('the poller and store against the real server', () => {
  it('fills the panels, keeps them through an outage, and recovers after a restart', async () => {
    const {poller, store} = createPoller({client, maxBackoffMs: 2_000});
    const overview = builtinDashboards[0];
    if (overview === undefined) throw new Error('no overview dashboard');
    try {
      poller.setPlan({dashboard: overview, rangeSeconds, refreshMs: 1_000, chartWidths: {}});
      const panelKeys = overview.rows.flatMap((row) =>
        row.panels.map((panel) => `overview/${panel.id}`),
      );
      await waitForState(store, (state) => panelKeys.every((key) => state.panels[key]?.results));
      const before = store.getState().panels['overview/connections'];
      const connections = before?.results?.[0];
      expect(connections?.type === 'range' && last(connections.series[0]!)).toBe(42);
      expect(store.getState().connection.status).toBe('up');

      await prometheus.stop();
      const down = await waitForState(store, (state) => state.connection.status === 'down');
      // Refused, or reset when the stop caught a request in flight.
      expect(down.connection.lastError?.kind).toBe('unreachable');
      expect(down.connection.lastError?.message).toMatch(
        new RegExp(`^cannot reach 127\\.0\\.0\\.1:${prometheus.port}: `),
      );
      expect(down.connection.downSince).toBeGreaterThan(0);
      expect(down.connection.retryAt).toBeGreaterThan(down.connection.downSince ?? 0);
      for (const key of panelKeys) {
        expect(down.panels[key]).toMatchObject({stale: true, error: {kind: 'unreachable'}});
        expect(down.panels[key]?.results).toBeDefined();
      }
      const kept = down.panels['overview/connections'];
      const keptConnections = kept?.results?.[0];
      expect(keptConnections?.type === 'range' && last(keptConnections.series[0]!)).toBe(42);
      expect(kept?.updatedAt).toBeLessThanOrEqual(down.connection.downSince ?? 0);

      prometheus = await stack.restart();
      const back = await waitForState(
        store,
        (state) =>
          state.connection.status === 'up' && panelKeys.every((key) => !state.panels[key]?.stale),
      );
      const after = back.panels['overview/connections']?.results?.[0];
      expect(after?.type === 'range' && last(after.series[0]!)).toBe(42);
      expect(back.panels['overview/connections']?.error).toBeUndefined();
    } finally {
      poller.stop();
    }
  });
});

describe('stack/servers', () => {
  it('names the apt package when a server is not installed', async () => {
    vi.stubEnv('PATH', '/nonexistent');
    try {
      expect(findBinary(['prometheus-alertmanager', 'alertmanager'])).toBeUndefined();
      await expect(startAlertmanager({configYaml: ''})).rejects.toThrow(
        'AlertManager is not installed: none of prometheus-alertmanager, alertmanager is on PATH. ' +
          'Install it with: apt-get install -y --no-install-recommends prometheus-alertmanager',
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('reports the server’s own complaint when it dies at start', async () => {
    const error: unknown = await startPrometheus({configYaml: 'scrape_configs: [oops'}).catch(
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Prometheus did not start on port \d+: it exited\n/);
    expect((error as Error).message).toContain('Error loading config');
  });
});

function waitForState(
  store: Store<StoreState>,
  predicate: (state: StoreState) => boolean,
  timeoutMs = 20_000,
): Promise<StoreState> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const state = store.getState();
      if (!predicate(state)) return false;
      clearTimeout(timer);
      unsubscribe();
      resolve(state);
      return true;
    };
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`store state not reached within ${timeoutMs} ms`));
    }, timeoutMs);
    const unsubscribe = store.subscribe(check);
    check();
  });
}
