// The contract of the UI reducer (ui-state.ts, with alerts-commands.ts for the alerts screen): its
// state, what it reads besides, the commands it takes and the effects it names for the app.
import type {AlertRow} from '../alerts/alert-rows.js';
import type {AlertListItem} from '../alerts/route-groups.js';
import type {SilenceCheck} from '../alerts/silence-form.js';
import type {NewSilence} from '../alerts/types.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import type {KeyCommand} from '../keys/match-key.js';
import type {AlertsUiState, Notice} from './alerts-ui-state.js';
import type {PanelPosition} from './focus.js';
import type {Screen} from './screens.js';

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
  readonly alerts: AlertsUiState;
  /** The context picker, while it is open (ui-state/context-picker.ts). */
  readonly contextPicker?: ContextPickerState;
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
  /** The config file's contexts; undefined or empty: no picker. */
  readonly contexts?: ContextsEnv | undefined;
};

/** What happens outside the app that a command may bring: a silence write ends. */
export type UiEvent = {
  readonly type: 'writeFinished';
  readonly notice: Notice;
  /** The silence was posted: the form closes and the marks are cleared. */
  readonly closeForm: boolean;
};

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
  /** Switch every poller to this context of the config file. */
  | {readonly type: 'switchContext'; readonly name: string};

export type UiUpdate = {readonly state: UiState; readonly effects: readonly UiEffect[]};
