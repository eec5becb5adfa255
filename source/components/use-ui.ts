// The app's one UI state at work: keys from Ink go through the key table (source/keys) to a
// command, the reducer (source/ui-state/ui-state.ts) applies it, and the effects it names (quit,
// refresh, redraw, replay, write a silence) are performed here. Nothing in this file decides what a
// key does.
import {useCallback, useRef, useState} from 'react';
import type {AlertsRuntime} from '../poller/alerts-runtime.js';
import type {AlertsState} from '../alerts/alerts-state.js';
import {
  createSilenceOnClusters,
  expireSilenceOnClusters,
  type WriteResult,
} from '../alerts/silence-actions.js';
import {textContexts} from '../keys/bindings.js';
import {completePromql, type CompletionSource} from '../prometheus/promql-complete.js';
import type {QueryHistory} from '../history/query-history.js';
import {matchKey, type InputKey} from '../keys/match-key.js';
import {keyContextOf, updateUi} from '../ui-state/ui-state.js';
import type {ReplayKeyAction, UiCommand, UiEffect, UiEnv, UiState} from '../ui-state/types.js';
import type {PanelSpec} from '../dashboards/spec.js';
import type {SaveOutcome} from '../ui-state/query-result-state.js';

export type UiWorld = {
  readonly env: UiEnv;
  readonly quit: () => void;
  /** Polls every screen's data now. */
  readonly refresh: () => void;
  readonly redraw: (() => void) | undefined;
  readonly replay: (action: ReplayKeyAction) => void;
  readonly alerts: AlertsRuntime | undefined;
  readonly alertsState: AlertsState;
  /** Copies text to the terminal's clipboard with OSC 52; absent without a terminal. */
  readonly copy?: ((text: string) => void) | undefined;
  readonly queryPrompt:
    {readonly completion: CompletionSource; readonly history: QueryHistory} | undefined;
  /** Saves a query result's panel into the saved-queries dashboard file; what came of it. */
  readonly saveQuery?: ((panel: PanelSpec) => SaveOutcome) | undefined;
  /** Switches to a context of the config file (the context picker's Enter). */
  readonly switchContext?: (name: string) => void;
  /** Selects values of the dashboard's variable (the variable picker's Enter). */
  readonly selectVariable?: (name: string, selected: readonly string[]) => void;
};

export type UiHandle = {
  readonly ui: UiState;
  /** Applies one command and performs its effects, in the world of the render that calls it. */
  readonly run: (command: UiCommand, world: UiWorld) => void;
  /** What a key means now, or undefined. */
  readonly commandFor: (input: string, key: InputKey) => UiCommand | undefined;
  /** Text has the keyboard (the filter, the form): a chunk of keys is typed text. */
  readonly typing: () => boolean;
};

export function useUi(initial: () => UiState): UiHandle {
  const [ui, setUi] = useState(initial);
  // Ahead of the render when commands come faster than frames: each acts on the one before.
  const latest = useRef(ui);
  const run = useCallback(
    (command: UiCommand, world: UiWorld) => runCommand(latest, setUi, command, world),
    [],
  );
  const commandFor = useCallback(
    (input: string, key: InputKey) => matchKey(keyContextOf(latest.current), input, key),
    [],
  );
  const typing = useCallback(() => textContexts.has(keyContextOf(latest.current)), []);
  return {ui, run, commandFor, typing};
}

function runCommand(
  latest: {current: UiState},
  setUi: (state: UiState) => void,
  command: UiCommand,
  world: UiWorld,
): void {
  const {state, effects} = updateUi(latest.current, command, world.env);
  if (state !== latest.current) {
    latest.current = state;
    setUi(state);
  }
  for (const effect of effects) {
    perform(effect, world, (next) => runCommand(latest, setUi, next, world));
  }
}

function perform(effect: UiEffect, world: UiWorld, then: (command: UiCommand) => void): void {
  switch (effect.type) {
    case 'quit':
      world.quit();
      return;
    case 'refresh':
      world.refresh();
      return;
    case 'redraw':
      world.redraw?.();
      return;
    case 'replay':
      world.replay(effect.action);
      return;
    case 'copy':
      world.copy?.(effect.text);
      return;
    case 'rememberQuery':
      world.queryPrompt?.history.add(effect.query);
      return;
    case 'complete': {
      const source = world.queryPrompt?.completion;
      const none = {from: effect.cursor, to: effect.cursor, options: []};
      const asked =
        source === undefined
          ? Promise.resolve(none)
          : completePromql(effect.text, effect.cursor, source);
      void asked
        .catch(() => none)
        .then((completion) => then({type: 'completed', asked: effect.asked, completion}));
      return;
    }
    case 'switchContext':
      world.switchContext?.(effect.name);
      return;
    case 'selectVariable':
      world.selectVariable?.(effect.name, effect.selected);
      return;
    case 'saveQuery': {
      const outcome = world.saveQuery?.(effect.panel) ?? {
        ok: false,
        text: 'saving is off here (no dashboard file to save to)',
      };
      then({type: 'querySaved', outcome});
      return;
    }
    case 'createSilence':
    case 'expireSilence': {
      const runtime = world.alerts;
      if (runtime === undefined || runtime.readOnly) return;
      const write = (): Promise<WriteResult> =>
        effect.type === 'createSilence'
          ? createSilenceOnClusters(effect.silence, world.alertsState, runtime.clients)
          : expireSilenceOnClusters(effect.id, world.alertsState, runtime.clients);
      void write().then((result) => {
        then({
          type: 'writeFinished',
          notice: {text: result.message, tone: result.ok ? 'ok' : 'critical'},
          closeForm: result.ok && effect.type === 'createSilence',
        });
        runtime.poller.refreshNow();
      });
    }
  }
}
