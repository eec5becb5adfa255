// Everything the user has chosen on screen, as one pure reducer: which screen is shown (a
// dashboard, the alerts screen), the help overlay, zoom and focus, pause, the time range, and the
// alerts screen's own state (its view, the filter, the silence form, a y/n question). Keys arrive
// as commands of the key table (source/keys); what a command asks of the world (quit, refresh,
// post a silence) comes back as effects that the app performs.
import {bindings, type KeyAction, type KeyContext} from '../keys/bindings.js';
import type {KeyCommand} from '../keys/match-key.js';
import {openContextPicker, updateContextPicker} from './context-picker.js';
import {moveFocus, type Direction} from './focus.js';
import {initialAlertsUi} from './alerts-ui-state.js';
import {updateAlerts} from './alerts-commands.js';
import {narrowerRange, widerRange} from './range-steps.js';
import {screenList, stepScreen, type Screen} from './screens.js';
import type {ReplayKeyAction, UiCommand, UiEffect, UiEnv, UiState, UiUpdate} from './types.js';

export function initialUiState(
  dashboardIndex: number,
  rangeSeconds: number,
  screen: Screen['kind'] = 'dashboard',
): UiState {
  return {
    screen,
    dashboardIndex,
    focus: {row: 0, column: 0},
    zoomed: false,
    helpOpen: false,
    paused: false,
    rangeSeconds,
    alerts: initialAlertsUi,
  };
}

/** Where the keyboard is, which says what a key means (the key table's contexts). */
export function keyContextOf(state: UiState): KeyContext {
  if (state.contextPicker !== undefined) return 'contexts';
  if (state.helpOpen) return 'help';
  if (state.screen === 'dashboard') return state.zoomed ? 'zoom' : 'dashboard';
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
  const context = keyContextOf(state);
  if (command.type !== 'writeFinished' && command.type !== 'editText') {
    if (!actsIn(command.type, context)) return stay(state);
  }
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
      return stay(show(state, stepScreen(screensOf(env), currentScreen(state), by)));
    }
    case 'selectScreen':
      return stay(show(state, screensOf(env)[command.index ?? 0]));
    case 'showAlerts':
      return stay(env.alerts === undefined ? state : show(state, {kind: 'alerts'}));
    case 'widenRange':
      return stay({...state, rangeSeconds: widerRange(state.rangeSeconds)});
    case 'narrowRange':
      return stay({...state, rangeSeconds: narrowerRange(state.rangeSeconds)});
    case 'togglePause':
      return stay({...state, paused: !state.paused});
    case 'toggleHelp':
      return stay({...state, helpOpen: !state.helpOpen});
    case 'writeFinished':
      return updateAlerts(state, command, env);
    case 'pickContext':
      return stay(openContextPicker(state, env));
    default:
      if (context === 'contexts') return updateContextPicker(state, command, env);
      if (context === 'help') return stay(command.type === 'back' ? closeHelp(state) : state);
      if (context === 'dashboard' || context === 'zoom')
        return stay(updateDashboard(state, command.type, env));
      return updateAlerts(state, command, env);
  }
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
function show(state: UiState, screen: Screen | undefined): UiState {
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
  };
}

const focusDirections: Readonly<Partial<Record<KeyAction, Direction>>> = {
  focusLeft: 'left',
  focusRight: 'right',
  focusUp: 'up',
  focusDown: 'down',
};

function updateDashboard(state: UiState, action: KeyCommand['type'], env: UiEnv): UiState {
  const direction = Object.hasOwn(focusDirections, action)
    ? focusDirections[action as KeyAction]
    : undefined;
  if (direction !== undefined) {
    const rows = env.dashboards[state.dashboardIndex]?.rows ?? [];
    const focus = moveFocus(rows, state.focus, direction);
    return focus.row === state.focus.row && focus.column === state.focus.column
      ? state
      : {...state, focus};
  }
  if (action === 'zoom') return state.zoomed ? state : {...state, zoomed: true};
  if (action === 'back') return state.zoomed ? {...state, zoomed: false} : state;
  return state;
}
