// The alerts screen's data: subscribes to the alerts store, starts its poller, rings the bell, and
// derives what the screen shows from the alerts UI state (which lives in the app's one UI state,
// source/ui-state/ui-state.ts). Pure logic lives in the modules it calls.
import {useEffect, useMemo, useRef, useSyncExternalStore} from 'react';
import type {AlertsRuntime} from '../../poller/alerts-runtime.js';
import {silencesUnavailable} from '../../alerts/alerts-source.js';
import {initialAlertsState, type AlertsState} from '../../alerts/alerts-state.js';
import type {AlertsStore} from '../../poller/alerts-poller.js';
import type {AlertsUiState} from '../../ui-state/alerts-ui-state.js';
import type {AlertsEnv} from '../../ui-state/types.js';
import {
  alertsScreenModel,
  type AlertsScreenView,
} from '../../view-models/alerts/alerts-screen-model.js';

export type AlertsScreenModel = AlertsScreenView & {
  readonly runtime: AlertsRuntime | undefined;
  readonly state: AlertsState;
  readonly ui: AlertsUiState;
};

export type AlertsHandle = AlertsScreenModel & {
  /** What the UI reducer reads of the alerts screen; undefined without an alerts runtime. */
  readonly env: AlertsEnv | undefined;
};

const noStore: AlertsStore = {
  getState: () => emptyState,
  subscribe: () => () => {},
};
const emptyState = initialAlertsState([]);

export function useAlerts(
  runtime: AlertsRuntime | undefined,
  ui: AlertsUiState,
  now: number,
  onBell: (() => void) | undefined,
): AlertsHandle {
  const store = runtime?.store ?? noStore;
  const state = useSyncExternalStore(store.subscribe, store.getState);
  useEffect(() => runtime?.poller.start(), [runtime]);
  useBell(state.newCriticalCycles, runtime?.bell === true ? onBell : undefined);

  const {filter, grouped, form} = ui;
  const view = useMemo(
    () => alertsScreenModel(state, {filter, grouped, form}, now),
    [state, filter, grouped, form, now],
  );
  const env = useMemo(
    (): AlertsEnv | undefined =>
      runtime === undefined
        ? undefined
        : {
            items: view.items,
            rows: state.rows,
            silenceIds: view.silences.map((row) => row.id),
            check: view.check,
            author: runtime.author,
            readOnly: runtime.readOnly,
            readOnlyReason: runtime.readOnlyReason,
            silencesUnavailable: silencesUnavailable(state),
          },
    [runtime, view, state],
  );
  return {runtime, state, ui, ...view, env};
}

/** Rings once for each cycle that found a new critical alert (not for the ones already firing). */
function useBell(cycles: number, onBell: (() => void) | undefined): void {
  const rung = useRef(cycles);
  useEffect(() => {
    if (cycles <= rung.current) return;
    rung.current = cycles;
    onBell?.();
  }, [cycles, onBell]);
}
