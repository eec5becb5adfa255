// What the user has chosen on screen, as a pure reducer with intention-named actions. Refreshing
// and quitting are effects, not state: the app performs them (see uiCommandFor).
import type {DashboardSpec} from '../dashboards/spec.js';
import type {AlertsKeyAction} from '../keys/bindings.js';
import type {KeyMatch} from '../keys/match-key.js';
import {moveFocus, type Direction, type PanelPosition} from '../view-models/focus.js';
import {narrowerRange, widerRange} from './range-steps.js';

export type UiState = {
  readonly dashboardIndex: number;
  readonly focus: PanelPosition;
  /** The focused panel is shown full screen. */
  readonly zoomed: boolean;
  readonly helpOpen: boolean;
  readonly paused: boolean;
  readonly rangeSeconds: number;
};

export type UiAction =
  | {readonly type: 'switchDashboard'; readonly to: 'next' | 'previous' | number}
  | {readonly type: 'moveFocus'; readonly direction: Direction}
  | {readonly type: 'zoom'}
  | {readonly type: 'back'}
  | {readonly type: 'toggleHelp'}
  | {readonly type: 'togglePause'}
  | {readonly type: 'widenRange'}
  | {readonly type: 'narrowRange'}
  /** Open a panel zoomed, e.g. the one the alert detail names (`o`). */
  | {readonly type: 'showPanel'; readonly dashboardIndex: number; readonly focus: PanelPosition};

/** What a key asks for: a state change, or an effect the app performs. */
export type UiCommand =
  | UiAction
  | {readonly type: 'refresh'}
  | {readonly type: 'redraw'}
  | {readonly type: 'quit'}
  /** Keys of the alerts screen; the app hands them to its alerts state. */
  | {readonly type: 'alerts'; readonly action: AlertsKeyAction}
  /** Replay time controls; the app hands them to the replay clock (no-ops when live). */
  | {readonly type: 'replay'; readonly action: ReplayKeyAction};

export type ReplayKeyAction =
  | 'replayStepBack'
  | 'replayStepForward'
  | 'replayToStart'
  | 'replayToEnd'
  | 'replaySlower'
  | 'replayFaster';

export function initialUiState(dashboardIndex: number, rangeSeconds: number): UiState {
  return {
    dashboardIndex,
    focus: {row: 0, column: 0},
    zoomed: false,
    helpOpen: false,
    paused: false,
    rangeSeconds,
  };
}

const focusDirections = {
  focusLeft: 'left',
  focusRight: 'right',
  focusUp: 'up',
  focusDown: 'down',
} as const;

export function uiCommandFor(match: KeyMatch): UiCommand {
  switch (match.action) {
    case 'previousDashboard':
      return {type: 'switchDashboard', to: 'previous'};
    case 'nextDashboard':
      return {type: 'switchDashboard', to: 'next'};
    case 'selectDashboard':
      return {type: 'switchDashboard', to: match.index ?? 0};
    case 'focusLeft':
    case 'focusRight':
    case 'focusUp':
    case 'focusDown':
      return {type: 'moveFocus', direction: focusDirections[match.action]};
    case 'showAlerts':
    case 'filterAlerts':
    case 'silenceAlert':
    case 'markAlert':
    case 'groupAlerts':
    case 'listSilences':
    case 'expireSilence':
    case 'showAlertPanel':
      return {type: 'alerts', action: match.action};
    case 'replayStep':
      return {type: 'replay', action: match.index === 0 ? 'replayStepBack' : 'replayStepForward'};
    case 'replayJump':
      return {type: 'replay', action: (match.index ?? 0) < 2 ? 'replayToStart' : 'replayToEnd'};
    case 'replaySpeed':
      return {type: 'replay', action: match.index === 0 ? 'replaySlower' : 'replayFaster'};
    default:
      return {type: match.action};
  }
}

/** While help is open only these act; other keys would change what is hidden behind it. */
const actionsWithHelpOpen: ReadonlySet<UiAction['type']> = new Set([
  'toggleHelp',
  'back',
  'togglePause',
]);

export function createUiReducer(dashboards: readonly DashboardSpec[]) {
  const count = dashboards.length;
  return function reduceUi(state: UiState, action: UiAction): UiState {
    if (state.helpOpen && !actionsWithHelpOpen.has(action.type)) return state;
    switch (action.type) {
      case 'switchDashboard': {
        const index =
          action.to === 'next'
            ? (state.dashboardIndex + 1) % count
            : action.to === 'previous'
              ? (state.dashboardIndex - 1 + count) % count
              : action.to;
        if (index < 0 || index >= count || index === state.dashboardIndex) return state;
        return {...state, dashboardIndex: index, focus: {row: 0, column: 0}, zoomed: false};
      }
      case 'moveFocus': {
        const rows = dashboards[state.dashboardIndex]?.rows ?? [];
        const focus = moveFocus(rows, state.focus, action.direction);
        return focus.row === state.focus.row && focus.column === state.focus.column
          ? state
          : {...state, focus};
      }
      case 'zoom':
        return state.zoomed ? state : {...state, zoomed: true};
      case 'back':
        if (state.helpOpen) return {...state, helpOpen: false};
        return state.zoomed ? {...state, zoomed: false} : state;
      case 'toggleHelp':
        return {...state, helpOpen: !state.helpOpen};
      case 'togglePause':
        return {...state, paused: !state.paused};
      case 'widenRange':
        return {...state, rangeSeconds: widerRange(state.rangeSeconds)};
      case 'narrowRange':
        return {...state, rangeSeconds: narrowerRange(state.rangeSeconds)};
      case 'showPanel':
        if (action.dashboardIndex < 0 || action.dashboardIndex >= count) return state;
        return {
          ...state,
          dashboardIndex: action.dashboardIndex,
          focus: action.focus,
          zoomed: true,
        };
    }
  };
}
