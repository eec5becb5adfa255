// The detail's chart data, through the data layer like any panel: the alert's expression is a
// one-panel plan of its own poller (poller/poller.ts), so its answers go through the store (a failed
// poll keeps the last chart, stale) and the range cache (a poll asks only the new tail). The poller
// stays paused: it fetches when the alert, the range or the width changes, and once at each alerts
// poll (`poll`) while the detail is open. The component only reads the store.
import {useEffect, useMemo, useRef, useSyncExternalStore} from 'react';
import type {PanelSpec} from '../../dashboards/spec.js';
import type {PrometheusClient} from '../../prometheus/client.js';
import {createPoller} from '../../poller/poller.js';
import type {PollPlan} from '../../poller/types.js';
import type {Store} from '../../store/store.js';
import {initialStoreState, panelKey, type StoreState} from '../../store/store-state.js';
import type {PanelState} from '../../store/panel-state.js';

/**
 * The chart is fetched at each alerts poll, whose interval the detail is not told: its values
 * count as fresh for this long past two scrapes (prometheus/query.ts staleAfterMs).
 */
export const expressionRefreshMs = 60_000;

const loading: PanelState = {stale: false, loading: true};
const idle: Store<StoreState> = {
  getState: () => initialStoreState,
  subscribe: () => () => undefined,
};

/** The one-panel plan of an expression: its own dashboard id, so another alert is another plan. */
export function expressionPlan(spec: PanelSpec, rangeSeconds: number, points: number): PollPlan {
  const expr = spec.queries[0]?.expr ?? '';
  return {
    dashboard: {id: `alert:${expr}`, title: spec.title, rows: [{panels: [spec]}]},
    rangeSeconds,
    refreshMs: expressionRefreshMs,
    chartWidths: {[spec.id]: Math.max(1, points)},
  };
}

export function useExpressionChart(
  client: PrometheusClient | undefined,
  spec: PanelSpec | undefined,
  rangeSeconds: number,
  points: number,
  clock: () => number,
  poll: number | undefined,
): PanelState | undefined {
  const data = useMemo(() => {
    if (client === undefined) return undefined;
    const created = createPoller({client, clock});
    created.poller.setPaused(true);
    return created;
  }, [client, clock]);
  useEffect(() => () => data?.poller.stop(), [data]);
  const plan = useMemo(
    () => (spec === undefined ? undefined : expressionPlan(spec, rangeSeconds, points)),
    [spec, rangeSeconds, points],
  );
  // A new plan is fetched at once, paused or not.
  useEffect(() => {
    if (plan !== undefined) data?.poller.setPlan(plan);
  }, [data, plan]);
  // Each alerts poll after the first fetches the chart again (the plan's own fetch covers that one).
  const polled = useRef(poll);
  useEffect(() => {
    if (polled.current === poll) return;
    polled.current = poll;
    data?.poller.refreshNow();
  }, [data, poll]);
  const store = data?.store ?? idle;
  const state = useSyncExternalStore(store.subscribe, store.getState);
  if (plan === undefined) return undefined;
  const key = panelKey(plan.dashboard.id, spec?.id ?? '');
  return state.panels[key] ?? loading;
}
