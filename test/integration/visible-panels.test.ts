// Only what is seen is queried, against the real Prometheus: a grid dashboard of 60 panels, far
// taller than a 160x48 screen, costs per refresh the requests of the panels on screen (16: the
// first section and the stats and first charts of the second), each answered with data, at the
// first refresh and the next; with every section but the first collapsed, the first section's 10;
// and all 60 when every panel is planned (a fill dashboard's plan).
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createRequest} from '../../source/http/http.js';
import type {RequestFn} from '../../source/http/types.js';
import {createPoller} from '../../source/poller/poller.js';
import type {PollPlan} from '../../source/poller/types.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import type {Store} from '../../source/store/store.js';
import type {StoreState} from '../../source/store/store-state.js';
import {layoutDashboard} from '../../source/view-models/layout.js';
import {tallGrid} from '../fixtures/dashboards/tall-grid.js';
import {
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';

let stack: PrometheusWithExporter;

beforeAll(async () => {
  stack = await startPrometheusWithExporter('nova-top-visible-');
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

const dashboard = tallGrid(6, [
  'sum(rate(messages_sent_total[$__rate_interval]))',
  'sum by (message_type) (rate(ws_messages_sent_total[$__rate_interval]))',
  'sum(ws_active_connections)',
  'up{job="nova"}',
]);

/** The plan the app makes at 160x48 with these sections collapsed. */
function planAt(collapsed: ReadonlySet<number>): PollPlan {
  const layout = layoutDashboard(dashboard, {columns: 160, rows: 48}, undefined, undefined, {
    top: 0,
    collapsed,
  });
  if (layout.kind !== 'dashboard' || layout.gridView === undefined) throw new Error('no grid');
  const {chartWidths, gridView} = layout;
  return {
    dashboard,
    rangeSeconds: 60,
    refreshMs: 3_600_000,
    chartWidths,
    visiblePanelIds: gridView.visiblePanelIds,
  };
}

/** The panel each request asks for (the label_replace in its query names it). */
function panelsAsked(request: RequestFn, asked: string[]): RequestFn {
  return (sent) => {
    const query = String(sent.query?.['query'] ?? '');
    asked.push(/"panel", "(s\d+p\d+)"/.exec(query)?.[1] ?? query);
    return request(sent);
  };
}

/** Resolves at the store's next cycle after the one that ended at `after`. */
function cycleAfter(store: Store<StoreState>, after: number | undefined): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe(() => {
      const at = store.getState().lastCycleAt;
      if (at === undefined || at === after) return;
      unsubscribe();
      resolve();
    });
  });
}

/** A new poller's first refresh of the plan and the next one: the panels asked, per request. */
async function twoRefreshes(plan: PollPlan) {
  const asked: string[] = [];
  const request = createRequest({url: stack.prometheus.url, headers: [], timeoutMs: 5_000});
  const {poller, store} = createPoller({
    client: createPrometheusClient(panelsAsked(request, asked)),
  });
  const first = cycleAfter(store, undefined);
  poller.setPlan(plan);
  await first;
  const state = store.getState();
  const count = asked.length;
  const second = cycleAfter(store, state.lastCycleAt);
  poller.refreshNow();
  await second;
  poller.stop();
  return {asked: asked.slice(0, count), next: asked.slice(count), state};
}

const ids = (section: number, count: number) =>
  Array.from({length: count}, (_, index) => `s${section}p${index}`);

describe('a grid dashboard taller than the screen, real Prometheus', () => {
  it('asks for the panels on screen only, a range and an instant query each, all with data', async () => {
    const plan = planAt(new Set());
    const visible = [...ids(0, 10), ...ids(1, 6)];
    expect([...(plan.visiblePanelIds ?? [])]).toEqual(visible);
    const {asked, next, state} = await twoRefreshes(plan);
    expect(asked).toHaveLength(2 * visible.length);
    expect(new Set(asked)).toEqual(new Set(visible));
    // The next refresh asks for the same panels and no other: the instant queries, and the
    // range tails of the charts whose grid moved.
    expect(next.length).toBeGreaterThanOrEqual(visible.length);
    expect(next.length).toBeLessThanOrEqual(2 * visible.length);
    expect(new Set(next)).toEqual(new Set(visible));
    for (const id of visible) {
      const results = state.panels[`tall/${id}`]?.results ?? [];
      const first = results[0];
      const series = first?.type === 'range' ? first.series : [];
      expect(series.length, id).toBeGreaterThan(0);
    }
    expect(Object.keys(state.panels).filter((key) => !visible.includes(key.slice(5)))).toEqual([]);
  }, 30_000);

  it('asks for the first section alone when the others are collapsed', async () => {
    const {asked} = await twoRefreshes(planAt(new Set([1, 2, 3, 4, 5])));
    expect(asked).toHaveLength(20);
    expect(new Set(asked)).toEqual(new Set(ids(0, 10)));
  }, 30_000);

  it('asks for all 60 panels when the plan names none visible', async () => {
    const {dashboard, rangeSeconds, refreshMs, chartWidths} = planAt(new Set());
    const {asked} = await twoRefreshes({dashboard, rangeSeconds, refreshMs, chartWidths});
    expect(asked).toHaveLength(120);
  }, 30_000);
});
