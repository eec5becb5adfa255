// Keys are data: one table says, for each action, its keys, the contexts it acts in, how it is
// shown and its help text. matchKey, the help overlay, the footer hints and the README's key table
// all read this table; the UI reducer (source/ui-state/ui-state.ts) says what each action does.
// Adding a key touches this table and that reducer only.

/** Where the keyboard is: what a key means depends on it (source/ui-state keyContextOf). */
export type KeyContext =
  | 'dashboard'
  /** A dashboard with its focused panel zoomed full screen: keys that explore that one panel. */
  | 'zoom'
  | 'alerts'
  /** The help overlay is open: only the keys that change nothing behind it act. */
  | 'help'
  /** A `/` filter (the alerts screen's, a zoomed panel's) has the keyboard: typed characters are text. */
  | 'filter'
  /** The silence form has the keyboard: typed characters are text. */
  | 'form'
  /** A y/n question (expire this silence?) waits for its answer. */
  | 'confirm'
  /** The time-travel input (`t`) has the keyboard: typed characters are text. */
  | 'time'
  /** Drill-down's label picker is open over the focused panel. */
  | 'picker'
  /** The query prompt (`:`) has the keyboard: typed characters are PromQL. */
  | 'prompt'
  /** A query's result is shown as a zoomed panel. */
  | 'query'
  /** The context picker (`C`) is open: ↑/↓ move, Enter switches, Esc closes. */
  | 'contexts'
  /** The variable picker (`v`) lists the dashboard's variables. */
  | 'variables'
  /** A variable's options are open: typed characters filter them, Space marks, Enter applies. */
  | 'variableOptions'
  /** A text box variable's input has the keyboard. */
  | 'variableText';

/** Contexts where a key that is no binding's is typed text (the text-input edits). */
export const textContexts: ReadonlySet<KeyContext> = new Set([
  'filter',
  'form',
  'time',
  'prompt',
  'variableOptions',
  'variableText',
]);

export type KeyAction =
  | 'previousScreen'
  | 'nextScreen'
  | 'selectScreen'
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
  | 'showAlerts'
  | 'filterAlerts'
  | 'silenceAlert'
  | 'markAlert'
  | 'groupAlerts'
  | 'listSilences'
  | 'expireSilence'
  | 'showAlertPanel'
  | 'replayStep'
  | 'replayJump'
  | 'replaySpeed'
  | 'jumpToTime'
  | 'cycleOverlay'
  /** Zoom: ←/→ move the cursor a column, Shift-←/→ a tenth of the plot (indexed). */
  | 'moveCursor'
  /** Zoom: n/N select the next/previous legend series (indexed). */
  | 'selectSeries'
  | 'toggleSeries'
  | 'soloSeries'
  | 'filterSeries'
  /** Filter and form: Enter ends the filter, or posts the form. */
  | 'submit'
  | 'nextField'
  | 'previousField'
  /** Form: ←/→ pick the previous/next duration on the duration field, else move the cursor. */
  | 'previousChoice'
  | 'nextChoice'
  | 'confirmYes'
  | 'confirmNo'
  | 'drillDown'
  | 'copy'
  | 'pickerUp'
  | 'pickerDown'
  | 'pickerChoose'
  /** Opens the variable picker of the dashboard shown. */
  | 'pickVariables'
  /** The variable picker: Space marks or unmarks an option of a multi-value variable. */
  | 'toggleOption'
  /** The query prompt and its result. */
  | 'openPrompt'
  | 'editQuery'
  | 'historyBack'
  | 'historyForward'
  | 'complete'
  | 'cycleUnit'
  | 'pinQuery'
  | 'saveQuery'
  /** Opens the context picker (contexts of the config file). */
  | 'pickContext'
  /** A grid dashboard: PgUp/PgDn and Home/End scroll (indexed); `c` opens or collapses a section. */
  | 'scrollPage'
  | 'scrollEnds'
  | 'toggleSection';

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
  readonly pageUp?: boolean;
  readonly pageDown?: boolean;
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
  | 'end'
  | 'pageUp'
  | 'pageDown';

/** One physical key: a named key or a typed character, with the modifiers it needs. */
export type KeyPattern =
  | {readonly key: NamedKey; readonly shift?: boolean}
  | {readonly input: string; readonly ctrl?: boolean};

export type Binding = {
  readonly action: KeyAction;
  readonly keys: readonly KeyPattern[];
  /** Where the keys act; elsewhere they mean something else, or nothing. */
  readonly contexts: readonly KeyContext[];
  /** How the keys are written in help and hints; keys without it are told of in another's help. */
  readonly label?: string;
  readonly help?: string;
  /** The footer hint, keys included; bindings without one stay out of the footer. */
  readonly hint?: string;
  /** The pressed key's position in `keys` goes with the action (which screen, which way). */
  readonly indexed?: boolean;
};

/** A binding that has its own line in the help overlay and the README. */
export type ListedBinding = Binding & {readonly label: string; readonly help: string};

export const isListed = (binding: Binding): binding is ListedBinding =>
  binding.label !== undefined && binding.help !== undefined;

/** The screens: the dashboards, the alerts screen. */
const screens: readonly KeyContext[] = ['dashboard', 'zoom', 'alerts'];
/** The screens where ←/→ change screens: in a zoomed panel they move its cursor. */
const unzoomedScreens: readonly KeyContext[] = ['dashboard', 'alerts'];
/** The variable picker's levels: the list, a variable's options, a text box's input. */
const variablePicker: readonly KeyContext[] = ['variables', 'variableOptions', 'variableText'];
/** The screens and the help overlay over them: keys that change nothing the overlay hides. */
const screensAndHelp: readonly KeyContext[] = [...screens, 'query', 'help'];
const everywhere: readonly KeyContext[] = [
  ...screensAndHelp,
  'filter',
  'form',
  'confirm',
  'time',
  'picker',
  'prompt',
  'contexts',
  ...variablePicker,
];
/** A zoomed panel: a dashboard's, or a query's result (its chart explored with the same keys). */
const zoomed: readonly KeyContext[] = ['zoom', 'query'];
/** Where a query can be typed or a panel's query edited. */
const queryable: readonly KeyContext[] = ['dashboard', 'zoom', 'query'];

/** The most screens the number keys reach. */
export const maxNumberedScreens = 9;

export const bindings: readonly Binding[] = [
  {
    action: 'previousScreen',
    keys: [{key: 'leftArrow'}, {key: 'tab', shift: true}],
    contexts: unzoomedScreens,
    label: '← / Shift-Tab',
    help: 'Previous dashboard',
  },
  {
    action: 'nextScreen',
    keys: [{key: 'rightArrow'}, {key: 'tab', shift: false}],
    contexts: unzoomedScreens,
    label: '→ / Tab',
    help: 'Next dashboard',
    hint: '←→ dashboard',
  },
  // In a zoomed panel ←/→ move the cursor; Tab and Shift-Tab still change screens.
  {action: 'previousScreen', keys: [{key: 'tab', shift: true}], contexts: ['zoom']},
  {action: 'nextScreen', keys: [{key: 'tab', shift: false}], contexts: ['zoom']},
  {
    action: 'selectScreen',
    indexed: true,
    // The screens in tab order (source/ui-state/screens.ts): the dashboards, then the alerts screen.
    keys: Array.from({length: maxNumberedScreens}, (_, index) => ({input: String(index + 1)})),
    contexts: screens,
    label: '1-N',
    help: 'Screen by number as the tabs show: the dashboards, then the alerts screen',
  },
  {
    action: 'focusUp',
    keys: [{key: 'upArrow'}, {input: 'k'}],
    contexts: screens,
    label: '↑ / k',
    help: 'Focus the panel above',
  },
  {
    action: 'focusDown',
    keys: [{key: 'downArrow'}, {input: 'j'}],
    contexts: screens,
    label: '↓ / j',
    help: 'Focus the panel below',
    hint: '↑↓hjkl focus',
  },
  {
    action: 'focusLeft',
    keys: [{input: 'h'}],
    contexts: ['dashboard', 'zoom'],
    label: 'h',
    help: 'Focus the panel to the left',
  },
  {
    action: 'focusRight',
    keys: [{input: 'l'}],
    contexts: ['dashboard', 'zoom'],
    label: 'l',
    help: 'Focus the panel to the right',
  },
  {
    action: 'zoom',
    keys: [{key: 'return'}],
    contexts: unzoomedScreens,
    label: 'Enter',
    help: 'Zoom the focused panel',
    hint: 'Enter zoom',
  },
  {
    action: 'back',
    keys: [{key: 'escape'}],
    contexts: everywhere,
    label: 'Esc',
    help: 'Back: closes the help, an input or a query result; in a zoom the cursor goes first, then the zoom; then a held dashboard goes live',
  },
  {
    action: 'moveCursor',
    keys: [
      {key: 'leftArrow', shift: false},
      {key: 'rightArrow', shift: false},
      {key: 'leftArrow', shift: true},
      {key: 'rightArrow', shift: true},
    ],
    contexts: zoomed,
    label: '← / → (zoom)',
    hint: '←→ cursor',
    help: 'Zoom: move the cursor a column back / on, Shift a tenth of the chart; values at the cursor',
    indexed: true,
  },
  {
    action: 'selectSeries',
    keys: [{input: 'n'}, {input: 'N'}],
    contexts: zoomed,
    label: 'n / N',
    help: 'Zoom: select the next / previous legend series',
    indexed: true,
  },
  {
    action: 'toggleSeries',
    keys: [{input: ' '}],
    contexts: zoomed,
    label: 'Space (zoom)',
    help: 'Zoom: hide or show the selected series',
  },
  {
    action: 'soloSeries',
    keys: [{input: 's'}],
    contexts: zoomed,
    label: 's (zoom)',
    help: 'Zoom: draw the selected series alone; again: every series',
  },
  {
    action: 'filterSeries',
    keys: [{input: '/'}],
    contexts: zoomed,
    label: '/ (zoom)',
    help: 'Zoom: filter the series by label text (Enter keeps it, Esc clears)',
  },
  {
    action: 'widenRange',
    keys: [{input: '+'}, {input: '='}],
    contexts: [...screens, 'query'],
    label: '+',
    help: 'Widen the time range',
  },
  {
    action: 'narrowRange',
    keys: [{input: '-'}, {input: '_'}],
    contexts: [...screens, 'query'],
    label: '-',
    help: 'Narrow the time range',
    hint: '+/- range',
  },
  {
    action: 'refresh',
    keys: [{input: 'r'}],
    contexts: screensAndHelp,
    label: 'r',
    help: 'Refresh now',
    hint: 'r refresh',
  },
  {
    action: 'togglePause',
    keys: [{input: 'p'}],
    contexts: screensAndHelp,
    label: 'p',
    help: 'Pause or resume polling',
    hint: 'p pause',
  },
  {
    action: 'toggleHelp',
    keys: [{input: '?'}],
    contexts: screensAndHelp,
    label: '?',
    help: 'Show or hide this help',
    hint: '? help',
  },
  {
    action: 'showAlerts',
    keys: [{input: 'a'}],
    contexts: screens,
    label: 'a',
    help: 'Alerts screen (also its number, after the dashboards)',
  },
  {
    action: 'filterAlerts',
    keys: [{input: '/'}],
    contexts: ['alerts'],
    label: '/',
    help: 'Alerts: filter with matchers (severity="critical", a bare word for names); Esc clears',
  },
  {
    action: 'silenceAlert',
    keys: [{input: 's'}],
    contexts: ['alerts'],
    label: 's',
    help: 'Alerts: silence the selected alert (form: Tab moves, ←→ on duration picks 15m/1h/4h/1d, Enter posts)',
  },
  {
    action: 'markAlert',
    keys: [{input: ' '}],
    contexts: ['alerts'],
    label: 'Space',
    help: 'Alerts: mark the selected alert; s then silences the marked group',
  },
  {
    action: 'groupAlerts',
    keys: [{input: 'v'}],
    contexts: ['alerts'],
    label: 'v',
    help: 'Alerts: view by severity or by AlertManager route group; s on a group header silences the group',
  },
  {
    action: 'listSilences',
    keys: [{input: 'S'}],
    contexts: ['alerts'],
    label: 'S',
    help: 'Alerts: active and pending silences',
  },
  {
    action: 'expireSilence',
    keys: [{input: 'x'}],
    contexts: ['alerts'],
    label: 'x',
    help: 'Silences: expire the selected silence (asks y/n)',
  },
  {
    action: 'showAlertPanel',
    keys: [{input: 'o'}],
    contexts: ['alerts'],
    label: 'o',
    help: 'Alert detail: open the dashboard panel that mirrors the alert',
  },
  {
    action: 'jumpToTime',
    keys: [{input: 't'}],
    contexts: ['dashboard', 'zoom'],
    label: 't',
    help: 'Hold the dashboards at a time (2026-12-01 03:10, 03:10, ISO 8601, Unix s, -2h); Esc: live',
  },
  {
    action: 'cycleOverlay',
    keys: [{input: 'o'}],
    contexts: ['zoom'],
    label: 'o',
    help: 'Zoom: overlay the same range 1 day, then 1 week earlier (dimmed), then none',
  },
  {
    action: 'drillDown',
    keys: [{input: 'd'}],
    contexts: ['dashboard', 'zoom'],
    label: 'd',
    help: 'Drill down: split the focused panel by one of its labels (↑↓ pick, Enter splits, Esc back)',
  },
  {
    action: 'copy',
    keys: [{input: 'y'}],
    contexts: screens,
    label: 'y',
    help: "Copy (OSC 52): the focused panel's PromQL, or the selected alert's runbook (else source) URL",
  },
  {
    action: 'openPrompt',
    keys: [{input: ':'}],
    contexts: queryable,
    label: ':',
    help: 'Query prompt: PromQL, Enter runs it (as a zoomed panel), ↑↓ history, Tab completes, Esc cancels',
  },
  {
    action: 'editQuery',
    keys: [{input: 'e'}],
    contexts: queryable,
    label: 'e',
    help: "Edit the focused panel's query (its first) in the query prompt",
  },
  {
    action: 'cycleUnit',
    keys: [{input: 'u'}],
    contexts: ['query'],
    label: 'u',
    help: 'Query result: next unit (number, seconds, /s, /min, %, ratio as %, bytes, bytes/s)',
  },
  {
    action: 'pinQuery',
    keys: [{input: 'P'}],
    contexts: ['query'],
    label: 'P',
    help: "Query result: pin it to the session's Scratch dashboard (a tab after the dashboards)",
  },
  {
    action: 'saveQuery',
    keys: [{input: 'W'}],
    contexts: ['query'],
    label: 'W',
    help: 'Query result: save it as a panel of ~/.config/nova-top/dashboards/saved.yaml (a dashboard file)',
  },
  {
    action: 'redraw',
    keys: [{input: 'l', ctrl: true}],
    contexts: screensAndHelp,
    label: 'Ctrl-L',
    help: 'Redraw the whole screen',
  },
  {
    action: 'replayStep',
    keys: [{input: ','}, {input: '.'}],
    contexts: screensAndHelp,
    label: ', / .',
    help: 'Replay: back to the previous / on to the next recorded poll',
    indexed: true,
  },
  // Before replayJump: on a dashboard Home/End scroll a grid dashboard (on a fill dashboard, and
  // in the other contexts, they still jump the replay; g/G always do).
  {
    action: 'scrollPage',
    keys: [{key: 'pageUp'}, {key: 'pageDown'}],
    contexts: ['dashboard'],
    label: 'PgUp / PgDn',
    help: 'Grid dashboard: scroll a screen up / down (the footer says which lines are shown)',
    indexed: true,
  },
  {
    action: 'scrollEnds',
    keys: [{key: 'home'}, {key: 'end'}],
    contexts: ['dashboard'],
    label: 'Home / End',
    help: "Grid dashboard: scroll to the top / bottom (elsewhere: the replay's start / end)",
    indexed: true,
  },
  {
    action: 'toggleSection',
    keys: [{input: 'c'}],
    contexts: ['dashboard'],
    label: 'c',
    help: "Grid dashboard: collapse or open the focused panel's section (also Enter on a collapsed title)",
  },
  {
    action: 'replayJump',
    keys: [{key: 'home'}, {input: 'g'}, {key: 'end'}, {input: 'G'}],
    contexts: screensAndHelp,
    label: 'g / G',
    help: 'Replay: jump to the start / end of the recording (also Home / End)',
    indexed: true,
  },
  {
    action: 'replaySpeed',
    keys: [{input: '['}, {input: ']'}],
    contexts: screensAndHelp,
    label: '[ / ]',
    help: 'Replay: slower / faster, 1/4x to 16x (p pauses time)',
    indexed: true,
  },
  {
    action: 'pickContext',
    keys: [{input: 'C'}],
    contexts: screens,
    label: 'C',
    help: 'Contexts of the config file: ↑/↓ and Enter switch every server, Esc closes',
  },
  {
    action: 'pickVariables',
    keys: [{input: 'v'}],
    contexts: ['dashboard', 'zoom', 'variables'],
    label: 'v (dashboard)',
    help: 'Variables of the dashboard: ↑/↓ and Enter open one; type to filter its options, Space marks several, Enter applies, Esc back',
  },
  {
    action: 'quit',
    keys: [{input: 'q'}],
    contexts: screensAndHelp,
    label: 'q / Ctrl-C',
    help: 'Quit',
    hint: 'q quit',
  },
  // Ctrl-C quits whatever has the keyboard (listed with q above).
  {action: 'quit', keys: [{input: 'c', ctrl: true}], contexts: everywhere},
  // The filter, the silence form and the y/n question; the help of `/`, `s` and `x` tells of them.
  {action: 'submit', keys: [{key: 'return'}], contexts: ['filter', 'form', 'time', 'prompt']},
  // The query prompt; the help of `:` tells of them.
  {action: 'historyBack', keys: [{key: 'upArrow'}], contexts: ['prompt']},
  {action: 'historyForward', keys: [{key: 'downArrow'}], contexts: ['prompt']},
  {action: 'complete', keys: [{key: 'tab', shift: false}], contexts: ['prompt']},
  {action: 'nextField', keys: [{key: 'tab', shift: false}, {key: 'downArrow'}], contexts: ['form']},
  {
    action: 'previousField',
    keys: [{key: 'tab', shift: true}, {key: 'upArrow'}],
    contexts: ['form'],
  },
  {action: 'previousChoice', keys: [{key: 'leftArrow'}], contexts: ['form']},
  {action: 'nextChoice', keys: [{key: 'rightArrow'}], contexts: ['form']},
  {action: 'confirmYes', keys: [{input: 'y'}, {input: 'Y'}], contexts: ['confirm']},
  {action: 'confirmNo', keys: [{input: 'n'}, {input: 'N'}], contexts: ['confirm']},
  // Drill-down's label picker; the help of `d` tells of them.
  {action: 'pickerUp', keys: [{key: 'upArrow'}, {input: 'k'}], contexts: ['picker']},
  {action: 'pickerDown', keys: [{key: 'downArrow'}, {input: 'j'}], contexts: ['picker']},
  {action: 'pickerChoose', keys: [{key: 'return'}], contexts: ['picker']},
  // The context picker's own keys.
  {action: 'focusUp', keys: [{key: 'upArrow'}, {input: 'k'}], contexts: ['contexts']},
  {action: 'focusDown', keys: [{key: 'downArrow'}, {input: 'j'}], contexts: ['contexts']},
  {action: 'submit', keys: [{key: 'return'}], contexts: ['contexts']},
  // The variable picker's own keys (the help of `v` tells of them); in its options typed letters
  // filter, so only the arrows move there. The hints are its footer's.
  {action: 'focusUp', keys: [{key: 'upArrow'}, {input: 'k'}], contexts: ['variables']},
  {
    action: 'focusDown',
    keys: [{key: 'downArrow'}, {input: 'j'}],
    contexts: ['variables'],
    hint: '↑↓ choose',
  },
  {action: 'focusUp', keys: [{key: 'upArrow'}], contexts: ['variableOptions']},
  {action: 'focusDown', keys: [{key: 'downArrow'}], contexts: ['variableOptions'], hint: '↑↓ move'},
  {action: 'submit', keys: [{key: 'return'}], contexts: ['variables'], hint: 'Enter open'},
  {action: 'toggleOption', keys: [{input: ' '}], contexts: ['variableOptions'], hint: 'Space mark'},
  {
    action: 'submit',
    keys: [{key: 'return'}],
    contexts: ['variableOptions', 'variableText'],
    hint: 'Enter apply',
  },
  {action: 'back', keys: [{key: 'escape'}], contexts: ['variables'], hint: 'Esc close'},
  {
    action: 'back',
    keys: [{key: 'escape'}],
    contexts: ['variableOptions', 'variableText'],
    hint: 'Esc back',
  },
  {action: 'quit', keys: [{input: 'c', ctrl: true}], contexts: variablePicker, hint: 'Ctrl-C quit'},
];
