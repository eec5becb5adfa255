// Everything the user has chosen on screen, as one pure reducer: which screen is shown (a
// dashboard, the alerts screen), the help overlay, zoom and focus, pause, the time range, and the
// alerts screen's own state (its view, the filter, the silence form, a y/n question). Keys arrive
// as commands of the key table (source/keys); what a command asks of the world (quit, refresh,
// post a silence) comes back as effects that the app performs.
import {bindings, type KeyAction, type KeyContext} from '../keys/bindings.js';
import type {KeyCommand} from '../keys/match-key.js';
import {openContextPicker, updateContextPicker} from './context-picker.js';
import {moveFocus, type Direction} from './focus.js';
import {updateGridDashboard} from './grid-keys.js';
import {atTop} from './grid-scroll.js';
import {initialAlertsUi} from './alerts-ui-state.js';
import {updateAlerts} from './alerts-commands.js';
import {copy, drillDown, pick, undrill} from './explore-commands.js';
import {dashboardRange} from './dashboard-defaults.js';
import {narrowerRange, widerRange} from './range-steps.js';
import {screenList, stepScreen, type Screen} from './screens.js';
import {
  closeTimeInput,
  editTimeInput,
  goLive,
  liveTime,
  nextOverlay,
  openTimeInput,
  overlayOff,
  submitTimeInput,
} from './time-travel.js';
import {editPanelQuery, openPrompt, updatePrompt} from './prompt-state.js';
import {querySaved, savedPanelOf, updateQueryResult} from './query-result-state.js';
import type {ReplayKeyAction, UiCommand, UiEffect, UiEnv, UiState, UiUpdate} from './types.js';
import {
  clearVariablesNotice,
  toggleVariablePicker,
  updateVariablePicker,
  variablePickerContext,
} from './variable-picker.js';
import {initialZoomExplore, keepExplore, updateZoomExplore} from './zoom-explore.js';

/**
 * `rangeChosen`: the range was given on the command line (or kept from before a context switch),
 * so dashboards' own ranges do not apply (dashboard-defaults.ts).
 */
export function initialUiState(
  dashboardIndex: number,
  rangeSeconds: number,
  screen: Screen['kind'] = 'dashboard',
  rangeChosen = false,
): UiState {
  return {
    screen,
    dashboardIndex,
    focus: {row: 0, column: 0},
    zoomed: false,
    helpOpen: false,
    paused: false,
    rangeSeconds,
    ...(rangeChosen ? {rangeChosen} : {}),
    alerts: initialAlertsUi,
    timeTravel: liveTime,
    explore: initialZoomExplore,
    scratch: [],
  };
}

/** Where the keyboard is, which says what a key means (the key table's contexts). */
export function keyContextOf(state: UiState): KeyContext {
  if (state.timeTravel.input !== undefined) return 'time';
  if (state.contextPicker !== undefined) return 'contexts';
  if (state.variablePicker !== undefined) return variablePickerContext(state.variablePicker);
  if (state.helpOpen) return 'help';
  if (state.prompt !== undefined) return 'prompt';
  if (state.drill?.picker !== undefined) return 'picker';
  if (state.query !== undefined) return state.explore.filtering ? 'filter' : 'query';
  if (state.screen === 'dashboard') {
    if (!state.zoomed) return 'dashboard';
    return state.explore.filtering ? 'filter' : 'zoom';
  }
  if (state.alerts.confirmExpire !== undefined) return 'confirm';
  if (state.alerts.view === 'form') return 'form';
  return state.alerts.filtering ? 'filter' : 'alerts';
}

/** The screens of the tabs, in order: the number keys and ←/→ follow them. */
export const screensOf = (env: UiEnv): readonly Screen[] =>
  screenList(env.dashboards.length, env.alerts !== undefined);

const stay = (state: UiState): UiUpdate => ({state, effects: []});
const effect = (state: UiState, one: UiEffect): UiUpdate => ({state, effects: [one]});

/** A key action acts only in the contexts its binding names. */
const actsIn = (action: KeyAction, context: KeyContext): boolean =>
  bindings.some((binding) => binding.action === action && binding.contexts.includes(context));

export function updateUi(state: UiState, command: UiCommand, env: UiEnv): UiUpdate {
  // The copy box closes at the next key, which does nothing else (quitting aside).
  if (state.copied !== undefined && command.type !== 'writeFinished' && command.type !== 'quit') {
    return stay({...state, copied: undefined});
  }
  const update = updateScreen(clearVariablesNotice(state, command), command, env);
  const next = keepExplore(state, update.state);
  return next === update.state ? update : {...update, state: next};
}

function updateScreen(state: UiState, command: UiCommand, env: UiEnv): UiUpdate {
  const context = keyContextOf(state);
  if (command.type !== 'writeFinished' && command.type !== 'editText') {
    const event = command.type === 'completed' || command.type === 'querySaved';
    if (!event && !actsIn(command.type, context)) return stay(state);
  }
  if (context === 'time' && command.type !== 'quit')
    return stay(updateTimeInput(state, command, env));
  if (command.type === 'querySaved') return stay(querySaved(state, command));
  if (state.prompt !== undefined && context === 'prompt') {
    if (command.type !== 'writeFinished' && command.type !== 'quit')
      return updatePrompt(state, state.prompt, command, env.history ?? []);
  }
  if (command.type === 'completed') return stay(state);
  switch (command.type) {
    case 'quit':
    case 'refresh':
    case 'redraw':
      return effect(state, {type: command.type});
    case 'replayStep':
      return replay(state, command.index === 0 ? 'replayStepBack' : 'replayStepForward');
    case 'replayJump':
      return replay(state, (command.index ?? 0) < 2 ? 'replayToStart' : 'replayToEnd');
    case 'replaySpeed':
      return replay(state, command.index === 0 ? 'replaySlower' : 'replayFaster');
    case 'previousScreen':
    case 'nextScreen': {
      const by = command.type === 'nextScreen' ? 1 : -1;
      return stay(show(state, stepScreen(screensOf(env), currentScreen(state), by), env));
    }
    case 'selectScreen':
      return stay(show(state, screensOf(env)[command.index ?? 0], env));
    case 'showAlerts':
      return stay(env.alerts === undefined ? state : show(state, {kind: 'alerts'}, env));
    case 'widenRange':
      return stay({...state, rangeSeconds: widerRange(state.rangeSeconds), rangeChosen: true});
    case 'narrowRange':
      return stay({...state, rangeSeconds: narrowerRange(state.rangeSeconds), rangeChosen: true});
    case 'togglePause':
      return stay({...state, paused: !state.paused});
    case 'jumpToTime':
      return stay(withTime(state, openTimeInput(state.timeTravel, env.timeTravelOff)));
    case 'cycleOverlay': {
      // Where time travel is off, `o` says why on the input's line, as `t` does.
      const off = env.timeTravelOff;
      const time = state.timeTravel;
      return stay(
        withTime(state, off === undefined ? nextOverlay(time) : openTimeInput(time, off)),
      );
    }
    case 'toggleHelp':
      return stay({...state, helpOpen: !state.helpOpen});
    case 'writeFinished':
      return updateAlerts(state, command, env);
    case 'copy':
      return copy(state, env);
    case 'drillDown':
      return stay(drillDown(state, env));
    case 'openPrompt':
      return stay({...state, prompt: openPrompt()});
    case 'editQuery': {
      const prompt =
        state.query === undefined
          ? editPanelQuery(focusedPanel(state, env))
          : openPrompt(state.query.panel.queries[0]?.expr);
      return stay(prompt === undefined ? state : {...state, prompt});
    }
    case 'pickContext':
      return stay(openContextPicker(state, env));
    case 'pickVariables':
      return stay(toggleVariablePicker(state, env));
    default:
      if (context === 'contexts') return updateContextPicker(state, command, env);
      if (state.variablePicker !== undefined) return updateVariablePicker(state, command, env);
      if (context === 'picker') return stay(pick(state, command.type));
      if (context === 'help') return stay(command.type === 'back' ? closeHelp(state) : state);
      // A zoomed panel's cursor, legend and filter first (Esc takes the cursor before the zoom).
      if (state.query !== undefined || (state.screen === 'dashboard' && state.zoomed)) {
        const explore = updateZoomExplore(state.explore, command, env.zoom);
        if (explore !== undefined)
          return stay(explore === state.explore ? state : {...state, explore});
      }
      if (state.query !== undefined && context === 'query') {
        if (command.type === 'saveQuery')
          return effect(state, {type: 'saveQuery', panel: savedPanelOf(state.query)});
        return stay(updateQueryResult(state, state.query, command.type));
      }
      if (context === 'dashboard' || context === 'zoom')
        return updateDashboard(state, command, env);
      return updateAlerts(state, command, env);
  }
}

const withTime = (state: UiState, timeTravel: UiState['timeTravel']): UiState =>
  timeTravel === state.timeTravel ? state : {...state, timeTravel};

/** The time input has the keyboard: text, Enter holds at the time, Esc closes it. */
function updateTimeInput(state: UiState, command: UiCommand, env: UiEnv): UiState {
  const time = state.timeTravel;
  if (command.type === 'editText') return withTime(state, editTimeInput(time, command.edit));
  if (command.type === 'back') return withTime(state, closeTimeInput(time));
  if (command.type !== 'submit') return state;
  return withTime(state, submitTimeInput(time, env.now ?? Date.now(), env.timeTravelOff));
}

const replay = (state: UiState, action: ReplayKeyAction): UiUpdate =>
  effect(state, {type: 'replay', action});

const closeHelp = (state: UiState): UiState => ({...state, helpOpen: false});

const currentScreen = (state: UiState): Screen =>
  state.screen === 'alerts' ? {kind: 'alerts'} : {kind: 'dashboard', index: state.dashboardIndex};

/**
 * Shows a screen. Another dashboard starts at its first panel, unzoomed; the same one (back from
 * the alerts screen) keeps its focus and zoom.
 */
function show(state: UiState, screen: Screen | undefined, env: UiEnv): UiState {
  if (screen === undefined) return state;
  if (screen.kind === 'alerts')
    return state.screen === 'alerts' ? state : {...state, screen: 'alerts'};
  if (screen.index === state.dashboardIndex) {
    return state.screen === 'dashboard' ? state : {...state, screen: 'dashboard'};
  }
  return {
    ...state,
    screen: 'dashboard',
    dashboardIndex: screen.index,
    focus: {row: 0, column: 0},
    zoomed: false,
    drill: undefined,
    rangeSeconds: dashboardRange(
      env.dashboards[screen.index],
      state.rangeSeconds,
      state.rangeChosen === true,
    ),
    grid: atTop(state.grid),
  };
}

const focusedPanel = (state: UiState, env: UiEnv) =>
  env.dashboards[state.dashboardIndex]?.rows[state.focus.row]?.panels[state.focus.column];

const focusDirections: Readonly<Partial<Record<KeyAction, Direction>>> = {
  focusLeft: 'left',
  focusRight: 'right',
  focusUp: 'up',
  focusDown: 'down',
};

function updateDashboard(state: UiState, command: KeyCommand, env: UiEnv): UiUpdate {
  const grid = updateGridDashboard(state, command, env);
  if (grid !== undefined) return grid;
  // Home/End on a fill dashboard: the replay's start and end, as g/G.
  if (command.type === 'scrollEnds')
    return replay(state, command.index === 0 ? 'replayToStart' : 'replayToEnd');
  return stay(updateFillDashboard(state, command.type, env));
}

function updateFillDashboard(state: UiState, action: KeyCommand['type'], env: UiEnv): UiState {
  const direction = Object.hasOwn(focusDirections, action)
    ? focusDirections[action as KeyAction]
    : undefined;
  if (direction !== undefined) {
    const rows = env.dashboards[state.dashboardIndex]?.rows ?? [];
    const focus = moveFocus(rows, state.focus, direction);
    return focus.row === state.focus.row && focus.column === state.focus.column
      ? state
      : {...state, focus, drill: undefined};
  }
  if (action === 'zoom') {
    return state.zoomed
      ? state
      : {...state, zoomed: true, timeTravel: overlayOff(state.timeTravel)};
  }
  // Esc: out of the zoom (its overlay with it) first; on the dashboard, a held time goes live.
  // Esc: a drilled panel goes back as it was first (drill.ts), then out of the zoom (its overlay
  // with it); on the dashboard, a held time goes live.
  const undrilled = action === 'back' ? undrill(state) : undefined;
  if (undrilled !== undefined) return undrilled;
  if (action === 'back' && state.zoomed) {
    return {...state, zoomed: false, timeTravel: overlayOff(state.timeTravel)};
  }
  if (action === 'back') return withTime(state, goLive(state.timeTravel));
  return state;
}
