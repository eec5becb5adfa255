// The UI reducer's part for the alerts screen and what has its keyboard (the filter, the silence
// form, the y/n question): from a command to the alerts state's actions (alerts-ui-state.ts), and
// to the effects that write silences. A write refused (--read-only, no AlertManager) says why.
import type {AlertRow} from '../alerts/alert-rows.js';
import type {AlertListItem} from '../alerts/route-groups.js';
import {groupSilenceForm, initialSilenceForm, type SilenceForm} from '../alerts/silence-form.js';
import {alertPanelPlace} from '../dashboards/alert-panels.js';
import {reduceAlertsUi, type AlertsUiAction, type AlertsUiState} from './alerts-ui-state.js';
import type {AlertsEnv, UiCommand, UiEnv, UiState, UiUpdate} from './types.js';

const stay = (state: UiState): UiUpdate => ({state, effects: []});

const withAlerts = (state: UiState, action: AlertsUiAction): UiState => {
  const alerts = reduceAlertsUi(state.alerts, action);
  return alerts === state.alerts ? state : {...state, alerts};
};
const act = (state: UiState, action: AlertsUiAction): UiUpdate => stay(withAlerts(state, action));

const readOnlyNotice = (state: UiState, env: AlertsEnv): UiUpdate =>
  act(state, {
    type: 'notice',
    notice: {
      text:
        env.silencesUnavailable ??
        `read-only: ${env.readOnlyReason ?? 'nova-top was started with --read-only'}`,
      tone: 'warning',
    },
  });

/** Read-only, or no AlertManager to write to: the key says why instead. */
const cannotWrite = (env: AlertsEnv): boolean =>
  env.readOnly || env.silencesUnavailable !== undefined;

/** The selected row's key; undefined on a group header or an empty list. */
function selectedRow(alerts: AlertsUiState, env: AlertsEnv): AlertRow | undefined {
  const item = env.items[alerts.selected];
  return item?.kind === 'row' ? item.row : undefined;
}

export function updateAlerts(state: UiState, command: UiCommand, all: UiEnv): UiUpdate {
  const env = all.alerts;
  if (env === undefined) return stay(state);
  const {alerts} = state;
  switch (command.type) {
    case 'writeFinished':
      return act(state, command);
    case 'editText':
      return act(state, {
        type: alerts.view === 'form' ? 'editForm' : 'editFilter',
        edit: command.edit,
      });
    case 'back':
      if (alerts.confirmExpire !== undefined) return act(state, {type: 'cancelExpire'});
      if (alerts.view !== 'form' && alerts.filtering) {
        return act(state, {type: 'endFilter', keep: false});
      }
      return act(state, {type: 'back'});
    case 'confirmNo':
      return act(state, {type: 'cancelExpire'});
    case 'confirmYes':
      if (alerts.confirmExpire === undefined || env.readOnly) return stay(state);
      return {
        state: withAlerts(state, {type: 'writeStarted'}),
        effects: [{type: 'expireSilence', id: alerts.confirmExpire}],
      };
    case 'submit':
      if (alerts.view !== 'form') return act(state, {type: 'endFilter', keep: true});
      return submitForm(state, env);
    case 'nextField':
    case 'previousField':
      return act(state, {type: 'moveFormFocus', by: command.type === 'nextField' ? 1 : -1});
    case 'nextChoice':
    case 'previousChoice': {
      const by = command.type === 'nextChoice' ? 1 : -1;
      if (alerts.form?.focus === 'duration') return act(state, {type: 'cycleDuration', by});
      return act(state, {type: 'editForm', edit: {type: by === 1 ? 'right' : 'left'}});
    }
    case 'focusUp':
    case 'focusDown':
      return stay(moveSelection(state, command.type === 'focusUp' ? -1 : 1, env));
    case 'zoom':
      // A group header has no detail of its own.
      if (alerts.view !== 'list' || selectedRow(alerts, env) === undefined) return stay(state);
      return act(state, {type: 'showDetail'});
    case 'filterAlerts':
      return act(state, {type: 'startFilter'});
    case 'silenceAlert':
      if (alerts.view === 'silences' || env.items.length === 0) return stay(state);
      return cannotWrite(env) ? readOnlyNotice(state, env) : stay(openForm(state, env));
    case 'markAlert': {
      const row = selectedRow(alerts, env);
      if (alerts.view !== 'list' || row === undefined) return stay(state);
      return act(state, {type: 'toggleMark', key: row.key});
    }
    case 'groupAlerts':
      return alerts.view === 'list' ? act(state, {type: 'toggleGrouping'}) : stay(state);
    case 'listSilences':
      return act(state, {type: 'showSilences'});
    case 'expireSilence': {
      const id = env.silenceIds[alerts.selectedSilence];
      if (alerts.view !== 'silences' || id === undefined) return stay(state);
      return cannotWrite(env) ? readOnlyNotice(state, env) : act(state, {type: 'askExpire', id});
    }
    case 'showAlertPanel':
      return stay(alerts.view === 'detail' ? showAlertPanel(state, all) : state);
    default:
      return stay(state);
  }
}

function moveSelection(state: UiState, by: number, env: AlertsEnv): UiState {
  const {alerts} = state;
  const count = alerts.view === 'silences' ? env.silenceIds.length : env.items.length;
  if (alerts.view !== 'detail') return withAlerts(state, {type: 'moveSelection', by, count});
  // The detail goes from alert to alert, over the group headers between them.
  let target = alerts.selected + by;
  while (env.items[target]?.kind === 'group') target += by;
  if (target < 0 || target >= count) return state;
  return withAlerts(state, {type: 'moveSelection', by: target - alerts.selected, count});
}

function submitForm(state: UiState, env: AlertsEnv): UiUpdate {
  if (state.alerts.writing || env.readOnly) return stay(state);
  const silence = env.check?.silence;
  if (silence === undefined) {
    return act(state, {
      type: 'notice',
      notice: {text: 'fix the fields marked above first', tone: 'warning'},
    });
  }
  return {
    state: withAlerts(state, {type: 'writeStarted'}),
    effects: [{type: 'createSilence', silence}],
  };
}

function openForm(state: UiState, env: AlertsEnv): UiState {
  const opened = formFor(env.items[state.alerts.selected], state.alerts.marked, env);
  return opened === undefined ? state : withAlerts(state, {type: 'openForm', ...opened});
}

/**
 * What `s` silences: a selected group header its route group (the selection says so); else the
 * rows marked with Space when there are any; else the selected row.
 */
function formFor(
  item: AlertListItem | undefined,
  marked: readonly string[],
  env: AlertsEnv,
): {form: SilenceForm; selected: number; group: boolean} | undefined {
  const {rows, author} = env;
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

/** `o` in the detail: the dashboard panel that mirrors the alert, zoomed; else nothing. */
function showAlertPanel(state: UiState, env: UiEnv): UiState {
  const row = env.alerts === undefined ? undefined : selectedRow(state.alerts, env.alerts);
  const place = row === undefined ? undefined : alertPanelPlace(row.alertname, env.dashboards);
  if (place === undefined) return state;
  return {
    ...state,
    screen: 'dashboard',
    dashboardIndex: place.dashboardIndex,
    focus: {row: place.row, column: place.column},
    zoomed: true,
  };
}
