// The UI reducer's part for exploring from the keyboard: drill-down (`d` and its label picker) and
// copying (`y`). Each takes the state and what the reducer reads, and returns the update.
import {alertCopyTarget, copyOutcome, panelCopyTarget, type CopyTarget} from './copy.js';
import {panelAt, shownDashboard, startDrill, updatePicker, type PickerAction} from './drill.js';
import type {UiEnv, UiState, UiUpdate} from './types.js';

const pickerActions: Readonly<Record<string, PickerAction>> = {
  pickerUp: 'up',
  pickerDown: 'down',
  pickerChoose: 'choose',
  back: 'cancel',
};

/** `d`: opens the picker over the focused panel's labels (nothing to pick: nothing happens). */
export function drillDown(state: UiState, env: UiEnv): UiState {
  const drill = startDrill(state.drill, state.zoomed, env.focusedLabels?.() ?? []);
  return drill === undefined ? state : {...state, drill};
}

/** A key while the picker is open; choosing a label shows the split panel zoomed. */
export function pick(state: UiState, action: string): UiState {
  const pickerAction = pickerActions[action];
  if (state.drill === undefined || pickerAction === undefined) return state;
  const drill = updatePicker(state.drill, pickerAction);
  if (drill === undefined) return {...state, drill, zoomed: state.drill.wasZoomed};
  return {...state, drill, zoomed: drill.label === undefined ? state.zoomed : true};
}

/** Esc on a drilled panel: back to the panel as it was; undefined when there is no drill. */
export function undrill(state: UiState): UiState | undefined {
  if (state.drill?.label === undefined) return undefined;
  return {...state, drill: undefined, zoomed: state.drill.wasZoomed};
}

/** `y`: the copy, and the box that says what was copied (or why nothing was). */
export function copy(state: UiState, env: UiEnv): UiUpdate {
  const outcome = copyOutcome(copyTarget(state, env));
  const next = {...state, copied: outcome.copied};
  return {
    state: next,
    effects: outcome.text === undefined ? [] : [{type: 'copy', text: outcome.text}],
  };
}

function copyTarget(state: UiState, env: UiEnv): CopyTarget | undefined {
  if (state.screen === 'alerts') {
    const item = env.alerts?.items[state.alerts.selected];
    const listed = state.alerts.view === 'list' || state.alerts.view === 'detail';
    return listed && item?.kind === 'row' ? alertCopyTarget(item.row) : undefined;
  }
  const dashboard = env.dashboards[state.dashboardIndex];
  if (dashboard === undefined) return undefined;
  const panel = panelAt(shownDashboard(dashboard, state.focus, state.drill?.label), state.focus);
  return panel === undefined ? undefined : panelCopyTarget(panel);
}
