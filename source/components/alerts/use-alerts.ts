// The alerts screen's state + input adapter: subscribes to the alerts store, keeps the alerts UI
// reducer, turns keys into its actions (ui-state/alerts-keys.ts) and performs the effects (open
// the form, post a silence, expire one, ring the bell). Pure logic lives in the modules it calls.
import {useCallback, useEffect, useMemo, useReducer, useRef, useSyncExternalStore} from 'react';
import type {AlertsRuntime} from '../../alerts/alerts-runtime.js';
import {silencesUnavailable} from '../../alerts/alerts-source.js';
import {initialAlertsState, type AlertsState} from '../../alerts/alerts-state.js';
import {
  createSilenceOnClusters,
  expireSilenceOnClusters,
  type WriteResult,
} from '../../alerts/silence-actions.js';
import type {AlertListItem} from '../../alerts/route-groups.js';
import {groupSilenceForm, initialSilenceForm, type SilenceForm} from '../../alerts/silence-form.js';
import type {AlertsStore} from '../../poller/alerts-poller.js';
import {alertsKey, type AlertsKey} from '../../ui-state/alerts-keys.js';
import {
  initialAlertsUi,
  reduceAlertsUi,
  routeSwitch,
  type AlertsUiState,
} from '../../ui-state/alerts-ui-state.js';
import type {AlertsKeyAction} from '../../keys/bindings.js';
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
  /** True when the key was the alerts screen's (the app does nothing more with it). */
  handleKey(input: string, key: AlertsKey): boolean;
  /** A global key of the alerts bindings (`a` opens the screen). */
  command(action: AlertsKeyAction): void;
  /** ←/→/Tab/1-5: opens or closes the alerts tab, and returns the dashboard to show. */
  switchTo(dashboardIndex: number, count: number, to: 'next' | 'previous' | number): number;
};

const noStore: AlertsStore = {
  getState: () => emptyState,
  subscribe: () => () => {},
};
const emptyState = initialAlertsState([]);

export function useAlerts(
  runtime: AlertsRuntime | undefined,
  now: number,
  onBell: (() => void) | undefined,
  /** Start on the alerts screen (`--dashboard alerts`). */
  initiallyOpen = false,
  /** `o` in the detail: show the panel that mirrors this alert (the app knows the dashboards). */
  onShowPanel?: (alertname: string) => boolean,
): AlertsHandle {
  const store = runtime?.store ?? noStore;
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [ui, dispatch] = useReducer(
    reduceAlertsUi,
    initiallyOpen && runtime !== undefined,
    (open) => (open ? {...initialAlertsUi, open} : initialAlertsUi),
  );
  useEffect(() => runtime?.poller.start(), [runtime]);
  useBell(state.newCriticalCycles, runtime?.bell === true ? onBell : undefined);

  const {filter, grouped, form} = ui;
  const {visible, items, silences, check} = useMemo(
    () => alertsScreenModel(state, {filter, grouped, form}, now),
    [state, filter, grouped, form, now],
  );

  const write = useCallback(
    (run: () => Promise<WriteResult>, closeForm: boolean) => {
      dispatch({type: 'writeStarted'});
      void run().then((result) => {
        const tone = result.ok ? 'ok' : 'critical';
        dispatch({
          type: 'writeFinished',
          notice: {text: result.message, tone},
          closeForm: result.ok && closeForm,
        });
        runtime?.poller.refreshNow();
      });
    },
    [runtime],
  );

  const handleKey = (input: string, key: AlertsKey): boolean => {
    if (runtime === undefined) return false;
    const selectedItem = items[ui.selected];
    const result = alertsKey(ui, input, key, {
      alertCount: items.length,
      selectedKey: selectedItem?.kind === 'row' ? selectedItem.row.key : undefined,
      headerIndexes: items.flatMap((item, index) => (item.kind === 'group' ? [index] : [])),
      silenceIds: silences.map((row) => row.id),
      readOnly: runtime.readOnly,
      readOnlyReason: runtime.readOnlyReason,
      silencesUnavailable: silencesUnavailable(state),
    });
    switch (result.kind) {
      case 'pass':
        return false;
      case 'ignore':
        return true;
      case 'action':
        dispatch(result.action);
        return true;
      case 'openForm': {
        const opened = formFor(selectedItem, ui.marked, state.rows, runtime.author);
        if (opened !== undefined) dispatch({type: 'openForm', ...opened});
        return true;
      }
      case 'submitForm':
        if (runtime.readOnly) return true;
        if (check?.silence === undefined) {
          dispatch({
            type: 'notice',
            notice: {text: 'fix the fields marked above first', tone: 'warning'},
          });
        } else {
          const silence = check.silence;
          write(() => createSilenceOnClusters(silence, state, runtime.clients), true);
        }
        return true;
      case 'expire':
        if (!runtime.readOnly)
          write(() => expireSilenceOnClusters(result.id, state, runtime.clients), false);
        return true;
      case 'showPanel':
        if (selectedItem?.kind === 'row' && onShowPanel?.(selectedItem.row.alertname) === true) {
          dispatch({type: 'close'});
        }
        return true;
    }
  };

  const command = (action: AlertsKeyAction): void => {
    if (runtime !== undefined && action === 'showAlerts') dispatch({type: 'open'});
  };

  const switchTo = (dashboardIndex: number, count: number, to: 'next' | 'previous' | number) => {
    if (runtime === undefined) {
      // No alerts tab: a number past the dashboards keeps the dashboard shown.
      if (typeof to === 'number') return to < count ? to : dashboardIndex;
      return (dashboardIndex + (to === 'next' ? 1 : count - 1)) % count;
    }
    const routed = routeSwitch(ui.open, dashboardIndex, count, to);
    dispatch({type: routed.alertsOpen ? 'open' : 'close'});
    return routed.dashboardIndex;
  };

  return {runtime, state, ui, visible, items, silences, check, handleKey, command, switchTo};
}

/**
 * What `s` silences: a selected group header its route group (the selection says so); else the
 * rows marked with Space when there are any; else the selected row.
 */
function formFor(
  item: AlertListItem | undefined,
  marked: readonly string[],
  rows: AlertsState['rows'],
  author: string,
): {form: SilenceForm; selected: number; group: boolean} | undefined {
  if (item?.kind === 'group') {
    // The whole group as AlertManager has it, not only the rows the filter shows.
    const members = rows.filter((row) => item.group.rowKeys.includes(row.key));
    const form = groupSilenceForm(item.group, members, rows, author);
    return {form, selected: item.group.rowKeys.length, group: true};
  }
  const markedRows = rows.filter((row) => marked.includes(row.key));
  const chosen = markedRows.length > 0 ? markedRows : item === undefined ? [] : [item.row];
  if (chosen.length === 0) return undefined;
  return {form: initialSilenceForm(chosen, rows, author), selected: chosen.length, group: false};
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
