// The contract of the UI reducer (ui-state.ts, with alerts-commands.ts for the alerts screen): its
// state, what it reads besides, the commands it takes and the effects it names for the app.
import type {AlertRow} from '../alerts/alert-rows.js';
import type {AlertListItem} from '../alerts/route-groups.js';
import type {SilenceCheck} from '../alerts/silence-form.js';
import type {NewSilence} from '../alerts/types.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import type {KeyCommand} from '../keys/match-key.js';
import type {AlertsUiState, Notice} from './alerts-ui-state.js';
import type {Copied} from './copy.js';
import type {Drill} from './drill.js';
import type {LabelCount} from './label-picker.js';
import type {PanelPosition} from './focus.js';
import type {GridGeometry} from './grid-focus.js';
import type {GridScroll} from './grid-scroll.js';
import type {Screen} from './screens.js';
import type {TimeTravelState} from './time-travel.js';
import type {ZoomEnv, ZoomExplore} from './zoom-explore.js';
import type {PromptEffect, PromptEvent, PromptState} from './prompt-state.js';
import type {QueryResultState, QuerySavedEvent, SaveQueryEffect} from './query-result-state.js';
import type {PanelSpec} from '../dashboards/spec.js';
import type {VariableState} from '../dashboards/variable-spec.js';
import type {VariablePicker} from './variable-picker-state.js';

/** The context picker's own state, in UiState while it is open (context-picker.ts). */
export type ContextPickerState = {readonly highlighted: number};

/** What the context picker lists: the names in the file's order, and the one in use. */
export type ContextsEnv = {readonly names: readonly string[]; readonly current: string};

export type UiState = {
  /** Which screen is shown: the dashboard at dashboardIndex, or the alerts screen. */
  readonly screen: Screen['kind'];
  /** The dashboard shown; behind the alerts screen, the one shown last (its panels keep polling). */
  readonly dashboardIndex: number;
  readonly focus: PanelPosition;
  /** The focused panel is shown full screen. */
  readonly zoomed: boolean;
  readonly helpOpen: boolean;
  readonly paused: boolean;
  readonly rangeSeconds: number;
  /**
   * The range was chosen (--range, +/-, kept over a context switch): it holds for every dashboard.
   * Until then each dashboard opens with its own range, if it has one (dashboard-defaults.ts).
   */
  readonly rangeChosen?: true;
  readonly alerts: AlertsUiState;
  /** The time the dashboards are held at, its input, the zoom's overlay (time-travel.ts). */
  readonly timeTravel: TimeTravelState;
  /** The zoomed panel's cursor, legend toggles and filter (zoom-explore.ts). */
  readonly explore: ZoomExplore;
  /** Drill-down (`d`): the label picker, or the focused panel split by a label. */
  readonly drill?: Drill | undefined;
  /** `y` copied this (or refused to): shown until the next key. */
  readonly copied?: Copied | undefined;
  /** The query prompt (`:`), open over what is shown. */
  readonly prompt?: PromptState | undefined;
  /** A query's result, shown as a zoomed panel over the dashboard (Esc goes back to it). */
  readonly query?: QueryResultState | undefined;
  /** The variable picker (`v`), while it is open (ui-state/variable-picker.ts). */
  readonly variablePicker?: VariablePicker | undefined;
  /** `v` without variables says so in the footer's place, until the next key. */
  readonly variablesNotice?: string | undefined;
  /** Query results pinned this session: the scratch dashboard's panels. */
  readonly scratch: readonly PanelSpec[];
  /** The context picker, while it is open (ui-state/context-picker.ts). */
  readonly contextPicker?: ContextPickerState;
  /** A grid dashboard's scroll position and opened/collapsed sections (grid-scroll.ts). */
  readonly grid?: GridScroll | undefined;
};

/** What the alerts screen shows now, for the keys that act on it. */
export type AlertsEnv = {
  /** The list as shown: rows, and group headers in the grouped view. */
  readonly items: readonly AlertListItem[];
  /** Every alert row (a route group's silence covers the rows the filter hides too). */
  readonly rows: readonly AlertRow[];
  /** Ids of the silences in the `S` list, in order. */
  readonly silenceIds: readonly string[];
  /** The open silence form's check; undefined without a form. */
  readonly check: SilenceCheck | undefined;
  /** The silence form's default author. */
  readonly author: string;
  readonly readOnly: boolean;
  /** Why, for the notice (default: --read-only). */
  readonly readOnlyReason?: string | undefined;
  /** Why silences cannot be written now (no AlertManager answers); undefined when they can. */
  readonly silencesUnavailable?: string | undefined;
};

/** What the reducer reads besides its state. */
export type UiEnv = {
  readonly dashboards: readonly DashboardSpec[];
  /** Undefined: no alerts screen (no AlertManager configured). */
  readonly alerts?: AlertsEnv | undefined;
  /** The clock's now (ms), which relative times (`-2h`) count back from. */
  readonly now?: number;
  /** Why time travel is off (a replay has its own clock); undefined when it works. */
  readonly timeTravelOff?: string | undefined;
  /** The variables of the dashboard shown (the variables runtime's states); undefined: none. */
  readonly variables?: readonly VariableState[] | undefined;
  /** What the zoomed panel shows, for its cursor and legend keys; undefined when not zoomed. */
  readonly zoom?: ZoomEnv | undefined;
  /** The labels of the focused panel's series now (drill-down's picker). */
  readonly focusedLabels?: () => readonly LabelCount[];
  /** The query prompt's history, oldest first. */
  readonly history?: readonly string[];
  /** The config file's contexts; undefined or empty: no picker. */
  readonly contexts?: ContextsEnv | undefined;
  /** The grid dashboard shown, as laid out (its boxes, the lines shown); undefined for fill. */
  readonly grid?: GridGeometry | undefined;
};

/** What happens outside the app that a command may bring: a silence write ends. */
export type UiEvent =
  | {
      readonly type: 'writeFinished';
      readonly notice: Notice;
      /** The silence was posted: the form closes and the marks are cleared. */
      readonly closeForm: boolean;
    }
  /** The query prompt's completion came back. */
  | PromptEvent
  /** A query result's save (`W`) ended. */
  | QuerySavedEvent;

export type UiCommand = KeyCommand | UiEvent;

export type ReplayKeyAction =
  | 'replayStepBack'
  | 'replayStepForward'
  | 'replayToStart'
  | 'replayToEnd'
  | 'replaySlower'
  | 'replayFaster';

/** What a command asks the app to do; the app performs these, the reducer only names them. */
export type UiEffect =
  | {readonly type: 'quit'}
  | {readonly type: 'refresh'}
  | {readonly type: 'redraw'}
  /** Replay time controls, for the replay clock (no-ops when live). */
  | {readonly type: 'replay'; readonly action: ReplayKeyAction}
  | {readonly type: 'createSilence'; readonly silence: NewSilence}
  | {readonly type: 'expireSilence'; readonly id: string}
  /** Copy this text to the terminal's clipboard (OSC 52); already checked by text/osc52.ts. */
  | {readonly type: 'copy'; readonly text: string}
  /** The query prompt: ask for completions, remember a query run. */
  | PromptEffect
  | SaveQueryEffect
  /** Switch every poller to this context of the config file. */
  | {readonly type: 'switchContext'; readonly name: string}
  /** Select these values of the dashboard's variable (`$__all` for All): the variables runtime. */
  | {readonly type: 'selectVariable'; readonly name: string; readonly selected: readonly string[]};

export type UiUpdate = {readonly state: UiState; readonly effects: readonly UiEffect[]};
