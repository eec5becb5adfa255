// The App as component tests mount it: a store the test sets by hand, a poller that records what
// the App asks of it, and the App drawn by the ink harness with the overview's usual props.
import React from 'react';
import {App, type AppProps} from '../../source/components/app.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import type {PollPlan, Poller} from '../../source/poller/types.js';
import type {Store} from '../../source/store/store.js';
import type {StoreState} from '../../source/store/store-state.js';
import {renderWithSize, type Harness} from './ink-harness.js';

/** Connected, no panel data yet, not paused. */
export const upState: StoreState = {panels: {}, connection: {status: 'up'}, paused: false};

/** A store whose state the test replaces with `set`; subscribers hear every change. */
export function fakeStore(initial: StoreState = upState) {
  let state = initial;
  const listeners = new Set<() => void>();
  const store: Store<StoreState> = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const set = (next: StoreState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {store, set};
}

/** A poller that only records the plans, pauses, refreshes and stops it is asked for. */
export function fakePoller() {
  const calls = {plans: [] as PollPlan[], paused: [] as boolean[], refreshes: 0, stops: 0};
  const poller: Poller = {
    setPlan: (plan) => void calls.plans.push(plan),
    refreshNow: () => void (calls.refreshes += 1),
    setPaused: (paused) => void calls.paused.push(paused),
    stop: () => void (calls.stops += 1),
  };
  return {poller, calls};
}

export type ScreenSize = {readonly columns: number; readonly rows: number};

/** Mounts the App on the overview dashboard, 1h range; `overrides` replace any of its props. */
export function renderApp(
  overrides: Partial<AppProps> = {},
  size: ScreenSize = {columns: 100, rows: 30},
): Harness {
  const props: AppProps = {
    dashboards: builtinDashboards,
    store: fakeStore().store,
    poller: fakePoller().poller,
    url: 'http://prom:9090',
    refreshMs: 15_000,
    initialDashboard: 0,
    initialRangeSeconds: 3600,
    ...overrides,
  };
  return renderWithSize(<App {...props} />, size.columns, size.rows);
}
