// The pollers of time travel. A held time is polled by a poller of its own, on a store of its own,
// whose clock stands still at that time: every range query ends there and every instant query is
// asked there, and it keeps no range cache. Nothing it fetches can reach the live store or the live
// range cache, so going back to live shows only live answers. It stays paused: it fetches when its
// plan changes (another dashboard, range or width) and never on a timer: there is nothing new.
// The zoomed panel's overlay is a one-panel plan on a poller whose clock runs `offset` behind
// (held: behind the held time): the same expression over the shifted range, no PromQL rewriting.
import type {DashboardSpec, PanelSpec} from '../dashboards/spec.js';
import type {Store} from '../store/store.js';
import type {StoreState} from '../store/store-state.js';
import {createPoller, type PollerOptions} from './poller.js';
import type {Poller, PollPlan} from './types.js';

export type PollerAndStore = {readonly poller: Poller; readonly store: Store<StoreState>};

/** A poller held at `at` (ms since the epoch): paused, no range cache. */
export function createHeldPoller(options: PollerOptions, at: number): PollerAndStore {
  const created = createPoller({...options, clock: () => at, incremental: false});
  created.poller.setPaused(true);
  return created;
}

/**
 * The overlay's poller: its clock `offsetSeconds` behind the live clock, or behind `heldAt`
 * (then paused, as the held poller is). Its own range cache, so a live overlay fetches tails.
 */
export function createOverlayPoller(
  options: PollerOptions,
  offsetSeconds: number,
  heldAt: number | undefined,
): PollerAndStore {
  const clock = options.clock ?? Date.now;
  const offsetMs = offsetSeconds * 1000;
  if (heldAt !== undefined) return createHeldPoller(options, heldAt - offsetMs);
  return createPoller({...options, clock: () => clock() - offsetMs});
}

/** The dashboard id of the overlay's one-panel plan. */
export const overlayDashboardId = (dashboard: DashboardSpec): string => `overlay:${dashboard.id}`;

/** The zoomed panel alone, at the zoomed chart's width. */
export function overlayPlan(
  dashboard: DashboardSpec,
  panel: PanelSpec,
  rangeSeconds: number,
  refreshMs: number,
  chartWidth: number,
): PollPlan {
  return {
    dashboard: {
      id: overlayDashboardId(dashboard),
      title: dashboard.title,
      rows: [{panels: [panel]}],
    },
    rangeSeconds,
    refreshMs,
    chartWidths: {[panel.id]: chartWidth},
  };
}
