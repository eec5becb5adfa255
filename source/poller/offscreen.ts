// What the poller keeps of a grid dashboard's panels that left the screen (scrolled out, or in a
// section collapsed): their state in the store and their range queries' cache, for
// `offscreenKeepMs` (5 minutes), so that scrolling back shows their last values at once, with
// their age, and then fetches only the tail. After that they are let go (memory stays bounded by
// what is on screen) and a panel shown again loads as new. Panels of other dashboards are left
// to the store's sample budget (store/apply-cycle.ts withinRetention), as before.
import {planPanelKeys} from './jobs.js';
import type {PollPlan} from './types.js';
import {panelKey, type StoreState} from '../store/store-state.js';
import type {PanelState} from '../store/panel-state.js';

export const offscreenKeepMs = 5 * 60_000;

export type OffscreenUpdate = {
  /** The plan with the panels kept added to its visible ones: whose range cache is kept. */
  readonly kept: PollPlan;
  /** Store keys of the panels let go now. */
  readonly dropped: readonly string[];
};

export type Offscreen = {
  /** Notes which panels the plan no longer shows; says which are kept and which let go at `now`. */
  update(plan: PollPlan, now: number): OffscreenUpdate;
};

export function createOffscreen(keepMs: number = offscreenKeepMs): Offscreen {
  /** Store key -> panel id and when it left the screen, for the current dashboard. */
  let hidden = new Map<string, {readonly id: string; readonly since: number}>();
  /** Store keys let go: nothing left to let go until they are shown again. */
  let gone = new Set<string>();
  let dashboardId: string | undefined;
  return {
    update(plan, now) {
      const visible = plan.visiblePanelIds;
      if (plan.dashboard.id !== dashboardId) {
        hidden = new Map();
        gone = new Set();
      }
      dashboardId = plan.dashboard.id;
      if (visible === undefined) {
        hidden.clear();
        return {kept: plan, dropped: []};
      }
      const shown = new Set(planPanelKeys(plan));
      for (const panel of plan.dashboard.rows.flatMap((row) => row.panels)) {
        const key = panelKey(plan.dashboard.id, panel.id);
        if (shown.has(key)) {
          hidden.delete(key);
          gone.delete(key);
        } else if (!hidden.has(key) && !gone.has(key)) hidden.set(key, {id: panel.id, since: now});
      }
      const dropped: string[] = [];
      const kept = new Set(visible);
      for (const [key, {id, since}] of hidden) {
        if (now - since < keepMs) kept.add(id);
        else {
          dropped.push(key);
          hidden.delete(key);
          gone.add(key);
        }
      }
      return {kept: {...plan, visiblePanelIds: kept}, dropped};
    },
  };
}

/** The store's state without these panels (let go after offscreenKeepMs). */
export function withoutPanels(state: StoreState, keys: readonly string[]): StoreState {
  const panels: Record<string, PanelState> = {...state.panels};
  for (const key of keys) delete panels[key];
  return {...state, panels};
}
