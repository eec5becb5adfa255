// nova-top end to end against the real Prometheus and the real VictoriaMetrics (Debian packages,
// one after the other) scraping the test exporter every
// second: the real chain (createRequest -> Prometheus client -> poller -> <App>) drawn at 160x48
// and 80x24, the four dashboards reached with the keys a user presses, and the numbers on screen
// computed from the exporter's known values with nova-top's own formatting rules. Then Prometheus
// stops: the panels keep their numbers marked stale, the header shows the outage; it restarts on
// the same port and data, and the screen recovers by itself.
import React from 'react';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/components/app.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {createPoller} from '../../source/poller/poller.js';
import type {Store} from '../../source/store/store.js';
import type {StoreState} from '../../source/store/store-state.js';
import type {PrometheusClient} from '../../source/prometheus/client.js';
import {formatValue} from '../../source/view-models/units.js';
import type {ServerHandle} from '../../stack/servers.js';
import {eventually, renderWithSize, type Harness} from '../components/ink-harness.js';
import {perScrape, type Exporter} from '../harness/exporter.js';
import {
  connections,
  conversationSuccessPercent,
  deliveryFailurePercent,
  errorRatePercent,
  profile,
  quantileOf,
  queues,
  sharesOf,
} from '../harness/known-values.js';
import {
  backends,
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';
import {
  expectBigValue,
  expectLegends,
  expectNoGapsInside,
  expectRatio,
  expectShares,
} from '../harness/screen-expect.js';
import {
  chartRows,
  drawsFlat,
  legendValues,
  panelLines,
  rowValue,
  type Screen,
} from '../harness/screen.js';

let stack: PrometheusWithExporter;
let exporter: Exporter;
let prometheus: ServerHandle;
let client: PrometheusClient;
let missingTarget: string;

type Running = {
  readonly harness: Harness;
  readonly store: Store<StoreState>;
  readonly screen: () => Screen;
};
let running: (Running & {readonly stop: () => void}) | undefined;

afterEach(() => {
  running?.stop();
  running = undefined;
});

const utcClock = (ms: number): string => new Date(ms).toISOString().slice(11, 19);

/** nova-top as cli.tsx wires it, on a 1 m range polled every second. */
function startNovaTop(columns: number, rows: number): Running {
  const {poller, store} = createPoller({client, maxBackoffMs: 2_000});
  const harness = renderWithSize(
    <App
      dashboards={builtinDashboards}
      store={store}
      poller={poller}
      url={prometheus.url}
      refreshMs={1_000}
      initialDashboard={0}
      initialRangeSeconds={60}
      clockText={utcClock}
    />,
    columns,
    rows,
  );
  const screen = (): Screen => harness.lastFrame().split('\n');
  running = {
    harness,
    store,
    screen,
    stop: () => {
      harness.unmount();
      poller.stop();
    },
  };
  return running;
}

/** Waits until `check` passes on the newest frame. */
const onScreen = (run: Running, check: (screen: Screen) => void, timeoutMs = 15_000) =>
  eventually(() => check(run.screen()), timeoutMs);

describe.each(backends)('nova-top against a real %s scraping known values', (backend) => {
  beforeAll(async () => {
    stack = await startPrometheusWithExporter('nova-top-dashboards-', undefined, backend);
    ({exporter, prometheus, client, missingTarget} = stack);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('shows the right numbers on all four dashboards at 160x48', async () => {
    const run = startNovaTop(160, 48);
    const instance = exporter.target;

    // System Overview.
    await onScreen(run, (screen) => {
      expect(screen[0]).toMatch(/^\[1 System Overview\]/);
      expect(screen[1]).toMatch(/updated \d+s ago$/);
      expect(panelLines(screen, 'Service health').slice(0, 3)).toEqual([
        '1 up  1 down',
        `▼ nova-missing ${missingTarget}`,
        `● nova ${instance}`,
      ]);
      expectBigValue(
        panelLines(screen, 'WebSocket connections'),
        formatValue(connections, 'count'),
        `peak ${formatValue(connections, 'count')}`,
      );
      expectLegends(
        panelLines(screen, 'Error rate'),
        {'ws errors': errorRatePercent, delivery: deliveryFailurePercent},
        'percent',
      );
      // Drawn from 0 to 20%: the round number above the 10% rate and the 15% critical line.
      expect(errorRatePercent).toBe(10);
      expect(panelLines(screen, 'Error rate').some((line) => / · scale 0%–20%$/.test(line))).toBe(
        true,
      );
      expectLegends(panelLines(screen, 'Queue depths'), queues, 'count');
      // One scale for the three queues: 0 to 200, the round number above 120 pending.
      expect(queues.pending).toBe(120);
      expect(panelLines(screen, 'Queue depths')).toContain(
        'pending warn >1k · failed crit >500 · scale 0–200',
      );
      // Constant values draw flat, also where float arithmetic makes 10% a hair more or less.
      for (const title of ['Error rate', 'Queue depths']) {
        expect(chartRows(panelLines(screen, title)).length).toBeGreaterThan(0);
        expect(drawsFlat(panelLines(screen, title)), title).toBe(true);
      }
      const throughput = panelLines(screen, 'Message throughput');
      expectRatio(
        legendValues(throughput, 'sent')?.current,
        legendValues(throughput, 'received')?.current,
        perScrape(profile, 'messages_sent_total') / perScrape(profile, 'messages_received_total'),
      );
    });

    // WebSocket Health, with → as a user would.
    await run.harness.press('\u001B[C');
    await onScreen(run, (screen) => {
      expect(screen[0]).toContain('[2 WebSocket Health]');
      expectShares(
        panelLines(screen, 'Connection states (range totals)'),
        sharesOf('ws_connections_total', 'status'),
      );
      expectLegends(
        panelLines(screen, 'Message latency'),
        {
          p50: quantileOf('ws_message_latency_seconds', 0.5),
          p95: quantileOf('ws_message_latency_seconds', 0.95),
          p99: quantileOf('ws_message_latency_seconds', 0.99),
        },
        'seconds',
      );
      expectShares(
        panelLines(screen, 'Errors by type (range totals)'),
        sharesOf('ws_errors_total', 'error_type'),
      );
      const reconnections = panelLines(screen, 'Reconnections');
      const total = legendValues(reconnections, 'total')?.current;
      const steps = sharesOf('ws_reconnections_total', 'reason');
      for (const reason of ['connection_lost', 'heartbeat_timeout']) {
        expectRatio(legendValues(reconnections, reason)?.current, total, steps[reason] ?? 0);
      }
      // The heartbeat panel shows the same series as the reconnections' heartbeat_timeout line.
      expect(legendValues(panelLines(screen, 'Heartbeat failures'), 'timeouts')).toEqual(
        legendValues(reconnections, 'heartbeat_timeout'),
      );
    });

    // Messaging Performance, with Tab.
    await run.harness.press('\t');
    await onScreen(run, (screen) => {
      expect(screen[0]).toContain('[3 Messaging Performance]');
      expectBigValue(
        panelLines(screen, 'Delivery failures'),
        formatValue(deliveryFailurePercent, 'percent'),
        `peak ${formatValue(deliveryFailurePercent, 'percent')}`,
      );
      expectBigValue(
        panelLines(screen, 'Conversation creation'),
        formatValue(conversationSuccessPercent, 'percent'),
        `low ${formatValue(conversationSuccessPercent, 'percent')}`,
      );
      const delivery = panelLines(screen, 'Delivery rate');
      expectRatio(
        legendValues(delivery, 'success')?.current,
        legendValues(delivery, 'failed')?.current,
        99,
      );
      const search = 'message_search_latency_seconds';
      expectLegends(
        panelLines(screen, 'Search latency p95'),
        {
          fulltext: quantileOf(search, 0.95, 'index_type', 'fulltext'),
          bm25: quantileOf(search, 0.95, 'index_type', 'bm25'),
        },
        'seconds',
      );
      expectLegends(panelLines(screen, 'Queue backlog'), queues, 'count');
      expect(drawsFlat(panelLines(screen, 'Search latency p95'))).toBe(true);
      const api = 'message_api_latency_seconds';
      expectLegends(
        panelLines(screen, 'API latency p99'),
        Object.fromEntries(
          ['send', 'receive', 'list', 'search'].map((endpoint) => [
            endpoint,
            quantileOf(api, 0.99, 'endpoint', endpoint),
          ]),
        ),
        'seconds',
      );
      const deliveryLatency = 'message_delivery_latency_seconds';
      expectLegends(
        panelLines(screen, 'Delivery latency p95'),
        Object.fromEntries(
          ['direct', 'queue', 'broadcast'].map((type) => [
            type,
            quantileOf(deliveryLatency, 0.95, 'delivery_type', type),
          ]),
        ),
        'seconds',
      );
    });

    // Error Analysis, with its number key.
    await run.harness.press('4');
    await onScreen(run, (screen) => {
      expect(screen[0]).toContain('[4 Error Analysis]');
      expectLegends(panelLines(screen, 'Error rate by job'), {nova: errorRatePercent}, 'percent');
      expectLegends(panelLines(screen, 'Failed queue depth'), {failed: queues.failed}, 'count');
      const errorTotal =
        perScrape(profile, 'ws_errors_total') +
        perScrape(profile, 'message_delivery_failures_total');
      const scaled = (shares: Record<string, number>, total: number) =>
        Object.fromEntries(
          Object.entries(shares).map(([name, share]) => [name, (share * total) / errorTotal]),
        );
      const errorShares = {
        ...scaled(
          sharesOf('ws_errors_total', 'error_type', 'ws '),
          perScrape(profile, 'ws_errors_total'),
        ),
        ...scaled(
          sharesOf('message_delivery_failures_total', 'error_type', 'delivery '),
          perScrape(profile, 'message_delivery_failures_total'),
        ),
      };
      expectShares(panelLines(screen, 'Error types (range totals)'), errorShares);
      // The five largest sources, largest first (ties by name), in the exporter's proportions.
      const top = panelLines(screen, 'Top error sources').slice(0, 5);
      const expected = Object.entries(errorShares)
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .slice(0, 5);
      expect(top.map((line) => line.replace(/ +\S+$/, ''))).toEqual(
        expected.map(([name], index) => `${index + 1}. ${name} ${instance}`),
      );
      for (const [index, [, share]] of expected.entries()) {
        expectRatio(rowValue(top[index]), rowValue(top[0]), share / (expected[0]?.[1] ?? 1));
      }
      // Counters that grow in fixed proportions rise together. Prometheus extrapolates rate() at
      // the first scrapes, so the rates ramp up together and every rate series correlates +1.
      // VictoriaMetrics' rate() does not extrapolate: the rates are constant from the second
      // scrape and, like the constant failed queue, have no coefficient with anything else.
      const grid = panelLines(screen, 'Error correlation').slice(1, 6);
      const rates = ['ws errors', 'delivery fail', 'reconnects', 'search fail'];
      const together = backend === 'prometheus' ? '+1.00' : '-';
      for (const [index, name] of rates.entries()) {
        expect(grid[index]?.split(/ {2,}/)).toEqual([
          name,
          ...rates.map((other) => (other === name ? '+1.00' : together)),
          '-',
        ]);
      }
      expect(grid[4]?.split(/ {2,}/).slice(0, 5)).toEqual(['failed queue', '-', '-', '-', '-']);
    });
    expectNoGapsInside(run.store);
  });

  it('fits the overview into 80x24 with the same numbers, and zooms a panel', async () => {
    const run = startNovaTop(80, 24);
    await onScreen(run, (screen) => {
      expect(screen).toHaveLength(23);
      expect(screen.every((line) => line.length <= 80)).toBe(true);
      expect(panelLines(screen, 'Service health')[0]).toBe('1 up  1 down');
      const value = formatValue(connections, 'count');
      expect(panelLines(screen, 'WebSocket connections')[0]).toBe(`${value}  peak ${value}`);
      expectLegends(panelLines(screen, 'Error rate'), {'ws errors': errorRatePercent}, 'percent');
      expectLegends(panelLines(screen, 'Queue depths'), queues, 'count');
    });
    // Down twice to the queue depths, Enter zooms it over the grid, Esc goes back.
    for (const key of ['j', 'j', '\r']) await run.harness.press(key);
    await onScreen(run, (screen) => {
      const zoomed = panelLines(screen, 'Queue depths');
      expect(zoomed.length).toBeGreaterThan(15);
      for (const [name, value] of Object.entries(queues)) {
        const text = formatValue(value, 'count');
        expect(zoomed.find((line) => line.startsWith(`● ${name} `))).toMatch(
          new RegExp(` now ${text}  min ${text}  max ${text}$`),
        );
      }
    });
    await run.harness.press('\u001B');
    await onScreen(run, (screen) => expect(panelLines(screen, 'Service health')).not.toEqual([]));
  });

  it('keeps the numbers marked stale through an outage and recovers by itself', async () => {
    const run = startNovaTop(160, 48);
    const queueLegend = (screen: Screen) =>
      legendValues(panelLines(screen, 'Queue depths'), 'pending');
    await onScreen(run, (screen) => {
      expect(queueLegend(screen)?.current).toBe(formatValue(queues.pending, 'count'));
      expect(screen.join('\n')).not.toContain('stale');
    });

    await prometheus.stop();
    await onScreen(run, (screen) => {
      expect(screen[1]).toMatch(
        new RegExp(
          `Prometheus unreachable since \\d\\d:\\d\\d:\\d\\d, retrying (in \\d+s|now): ` +
            `cannot reach 127\\.0\\.0\\.1:${prometheus.port}`,
        ),
      );
      // Every panel keeps its data, with "stale" and its age in its top border.
      const borders = screen.filter((line) => line.includes('╭'));
      const titles = borders.flatMap((line) => [...line.matchAll(/╭ (.+?) ─/g)].map((m) => m[1]));
      const overviewPanels = builtinDashboards[0]?.rows.flatMap((row) => row.panels) ?? [];
      expect(titles).toEqual(overviewPanels.map((panel) => panel.title));
      for (const line of borders) {
        expect(line.match(/ stale \d+s ╮/g)?.length).toBe(line.split('╭').length - 1);
      }
      expect(queueLegend(screen)?.current).toBe(formatValue(queues.pending, 'count'));
      expect(panelLines(screen, 'Service health')[0]).toBe('1 up  1 down');
    });
    // The age counts up while the outage lasts.
    const age = (): number => Number(/stale (\d+)s/.exec(run.screen().join('\n'))?.[1]);
    const before = age();
    await onScreen(run, () => expect(age()).toBeGreaterThan(before), 5_000);

    prometheus = await stack.restart();
    await onScreen(
      run,
      (screen) => {
        expect(screen[1]).toMatch(/updated \d+s ago$/);
        expect(screen.join('\n')).not.toContain('stale');
        expect(queueLegend(screen)?.current).toBe(formatValue(queues.pending, 'count'));
        expect(panelLines(screen, 'Service health')[0]).toBe('1 up  1 down');
      },
      30_000,
    );
  });
});
