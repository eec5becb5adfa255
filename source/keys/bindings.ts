// Keys are data: one table maps each action to its keys, how they are shown and their help text.
// matchKey, the help overlay, the footer hints and the README's key table all read this table.

/** The actions of the alerts screen, handled by its own state (source/ui-state). */
export type AlertsKeyAction =
  | 'showAlerts'
  | 'filterAlerts'
  | 'silenceAlert'
  | 'markAlert'
  | 'groupAlerts'
  | 'listSilences'
  | 'expireSilence'
  | 'showAlertPanel';

export type KeyAction =
  | 'previousDashboard'
  | 'nextDashboard'
  | 'selectDashboard'
  | 'focusLeft'
  | 'focusRight'
  | 'focusUp'
  | 'focusDown'
  | 'zoom'
  | 'back'
  | 'widenRange'
  | 'narrowRange'
  | 'refresh'
  | 'togglePause'
  | 'toggleHelp'
  | 'redraw'
  | 'quit'
  | AlertsKeyAction
  | 'replayStep'
  | 'replayJump'
  | 'replaySpeed';

/** The parts of Ink's `useInput` key argument that bindings look at. */
export type KeyState = {
  readonly leftArrow?: boolean;
  readonly rightArrow?: boolean;
  readonly upArrow?: boolean;
  readonly downArrow?: boolean;
  readonly return?: boolean;
  readonly escape?: boolean;
  readonly tab?: boolean;
  readonly home?: boolean;
  readonly end?: boolean;
  readonly shift?: boolean;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
};

type NamedKey =
  | 'leftArrow'
  | 'rightArrow'
  | 'upArrow'
  | 'downArrow'
  | 'return'
  | 'escape'
  | 'tab'
  | 'home'
  | 'end';

/** One physical key: a named key or a typed character, with the modifiers it needs. */
export type KeyPattern =
  | {readonly key: NamedKey; readonly shift?: boolean}
  | {readonly input: string; readonly ctrl?: boolean};

export type Binding = {
  readonly action: KeyAction;
  readonly keys: readonly KeyPattern[];
  /** How the keys are written in help and hints. */
  readonly label: string;
  readonly help: string;
  /** The footer hint, keys included; bindings without one stay out of the footer. */
  readonly hint?: string;
  /** The pressed key's position in `keys` goes with the action (which dashboard, which way). */
  readonly indexed?: boolean;
};

export const bindings: readonly Binding[] = [
  {
    action: 'previousDashboard',
    keys: [{key: 'leftArrow'}, {key: 'tab', shift: true}],
    label: '← / Shift-Tab',
    help: 'Previous dashboard',
  },
  {
    action: 'nextDashboard',
    keys: [{key: 'rightArrow'}, {key: 'tab', shift: false}],
    label: '→ / Tab',
    help: 'Next dashboard',
    hint: '←→ dashboard',
  },
  {
    action: 'selectDashboard',
    indexed: true,
    // The screens in tab order: the four dashboards, then the alerts screen.
    keys: ['1', '2', '3', '4', '5'].map((input) => ({input})),
    label: '1-5',
    help: 'Dashboard by number, 5 the alerts screen',
  },
  {
    action: 'focusUp',
    keys: [{key: 'upArrow'}, {input: 'k'}],
    label: '↑ / k',
    help: 'Focus the panel above',
  },
  {
    action: 'focusDown',
    keys: [{key: 'downArrow'}, {input: 'j'}],
    label: '↓ / j',
    help: 'Focus the panel below',
    hint: '↑↓hjkl focus',
  },
  {action: 'focusLeft', keys: [{input: 'h'}], label: 'h', help: 'Focus the panel to the left'},
  {action: 'focusRight', keys: [{input: 'l'}], label: 'l', help: 'Focus the panel to the right'},
  {
    action: 'zoom',
    keys: [{key: 'return'}],
    label: 'Enter',
    help: 'Zoom the focused panel',
    hint: 'Enter zoom',
  },
  {action: 'back', keys: [{key: 'escape'}], label: 'Esc', help: 'Back from zoom or help'},
  {
    action: 'widenRange',
    keys: [{input: '+'}, {input: '='}],
    label: '+',
    help: 'Widen the time range',
  },
  {
    action: 'narrowRange',
    keys: [{input: '-'}, {input: '_'}],
    label: '-',
    help: 'Narrow the time range',
    hint: '+/- range',
  },
  {action: 'refresh', keys: [{input: 'r'}], label: 'r', help: 'Refresh now', hint: 'r refresh'},
  {
    action: 'togglePause',
    keys: [{input: 'p'}],
    label: 'p',
    help: 'Pause or resume polling',
    hint: 'p pause',
  },
  {
    action: 'toggleHelp',
    keys: [{input: '?'}],
    label: '?',
    help: 'Show or hide this help',
    hint: '? help',
  },
  {
    action: 'showAlerts',
    keys: [{input: 'a'}],
    label: 'a',
    help: 'Alerts screen (also 5)',
  },
  {
    action: 'filterAlerts',
    keys: [{input: '/'}],
    label: '/',
    help: 'Alerts: filter with matchers (severity="critical", a bare word for names); Esc clears',
  },
  {
    action: 'silenceAlert',
    keys: [{input: 's'}],
    label: 's',
    help: 'Alerts: silence the selected alert (form: Tab moves, ←→ on duration picks 15m/1h/4h/1d, Enter posts)',
  },
  {
    action: 'markAlert',
    keys: [{input: ' '}],
    label: 'Space',
    help: 'Alerts: mark the selected alert; s then silences the marked group',
  },
  {
    action: 'groupAlerts',
    keys: [{input: 'v'}],
    label: 'v',
    help: 'Alerts: view by severity or by AlertManager route group; s on a group header silences the group',
  },
  {
    action: 'listSilences',
    keys: [{input: 'S'}],
    label: 'S',
    help: 'Alerts: active and pending silences',
  },
  {
    action: 'expireSilence',
    keys: [{input: 'x'}],
    label: 'x',
    help: 'Silences: expire the selected silence (asks y/n)',
  },
  {
    action: 'showAlertPanel',
    keys: [{input: 'o'}],
    label: 'o',
    help: 'Alert detail: open the dashboard panel that mirrors the alert',
  },
  {
    action: 'redraw',
    keys: [{input: 'l', ctrl: true}],
    label: 'Ctrl-L',
    help: 'Redraw the whole screen',
  },
  {
    action: 'replayStep',
    keys: [{input: ','}, {input: '.'}],
    label: ', / .',
    help: 'Replay: back to the previous / on to the next recorded poll',
    indexed: true,
  },
  {
    action: 'replayJump',
    keys: [{key: 'home'}, {input: 'g'}, {key: 'end'}, {input: 'G'}],
    label: 'g / G',
    help: 'Replay: jump to the start / end of the recording (also Home / End)',
    indexed: true,
  },
  {
    action: 'replaySpeed',
    keys: [{input: '['}, {input: ']'}],
    label: '[ / ]',
    help: 'Replay: slower / faster, 1/4x to 16x (p pauses time)',
    indexed: true,
  },
  {
    action: 'quit',
    keys: [{input: 'q'}, {input: 'c', ctrl: true}],
    label: 'q / Ctrl-C',
    help: 'Quit',
    hint: 'q quit',
  },
];
