// Small hooks of the app shell: the terminal's size (following resizes), a one-second clock, the
// keyboard, and telling the pollers what is on screen.
import {useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState} from 'react';
import {useInput, useStdin, useStdout, type Key} from 'ink';
import type {DashboardSpec, VariableScope} from '../dashboards/spec.js';
import {isLineBreak, splitKeyChunk, splitTypedChunk} from '../keys/match-key.js';
import type {AlertsPoller} from '../poller/alerts-poller.js';
import type {Poller} from '../poller/types.js';
import {useScreenPlan} from './use-screen-plan.js';
import type {TerminalSize} from '../view-models/layout.js';

/** Ink's fallback when the output is not a terminal. */
const fallbackSize: TerminalSize = {columns: 80, rows: 24};

export function useTerminalSize(): TerminalSize {
  const {stdout} = useStdout();
  const read = (): TerminalSize => ({
    columns: stdout.columns || fallbackSize.columns,
    rows: stdout.rows || fallbackSize.rows,
  });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const update = () => {
      const next = read();
      setSize((last) => (last.columns === next.columns && last.rows === next.rows ? last : next));
    };
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', update);
    };
    // `read` only closes over stdout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout]);
  return size;
}

/**
 * The clock, read once a second: ages on screen ("updated 12s ago") need no more. With
 * `visible` (what the screen shows of a given time), a tick that would show the same text keeps
 * the previous time, so React renders nothing and no frame is drawn. `visible` must be stable.
 */
export function useSecondClock(clock: () => number, visible?: (now: number) => string): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => {
      const next = clock();
      setNow((shown) => (visible !== undefined && visible(shown) === visible(next) ? shown : next));
    }, 1000);
    return () => clearInterval(timer);
  }, [clock, visible]);
  return now;
}

/**
 * Hands each key to `handle`, the handler of what is on screen. Keys that arrive as one chunk
 * (tmux, a slow link) are handed one by one, each after the previous one's render: `s` then
 * `quick fix` must type into the form `s` opened (with the form's data), not quit on its `q`.
 * While text has the keyboard (`typing`), a chunk is typed or pasted text and stays whole, up to a
 * line break, which is Enter (splitTypedChunk).
 */
export function useKeys(handle: (input: string, key: Key) => void, typing: () => boolean): void {
  // Without a terminal on stdin (piped, in a test harness) there are no keys to read.
  const {isRawModeSupported} = useStdin();
  const pendingKeys = useRef<{readonly input: string; readonly key: Key} | undefined>(undefined);
  const [, nextKeyTurn] = useReducer((turn: number) => turn + 1, 0);
  const handleChunk = (input: string, key: Key): void => {
    const [first = '', ...rest] = typing() ? splitTypedChunk(input) : splitKeyChunk(input, key);
    handle(first, isLineBreak(first) ? {...key, return: true} : key);
    if (rest.length === 0) return;
    pendingKeys.current = {input: rest.join(''), key};
    nextKeyTurn();
  };
  // Ink subscribes the handler in a passive effect, after the frame is out: a key arriving in
  // between would meet the previous screen's handler. A layout effect runs in the same commit
  // as the frame, so the ref holds the handler of what is on screen before any key can arrive.
  // The rest of a chunk is handled once the first key's changes are committed (nextKeyTurn
  // forces that commit even when the key changed nothing).
  const latest = useRef(handleChunk);
  useLayoutEffect(() => {
    latest.current = handleChunk;
    const pending = pendingKeys.current;
    if (pending === undefined) return;
    pendingKeys.current = undefined;
    setImmediate(() => latest.current(pending.input, pending.key));
  });
  const stable = useCallback((input: string, key: Key) => latest.current(input, key), []);
  useInput(stable, {isActive: isRawModeSupported === true});
}

export type PollPlanInput = {
  readonly poller: Poller;
  readonly alertsPoller: AlertsPoller | undefined;
  /** The dashboard shown, or behind the alerts screen the one shown last. */
  readonly dashboard: DashboardSpec;
  /** Undefined while the terminal is too small to lay the dashboard out. */
  readonly chartWidths: Readonly<Record<string, number>> | undefined;
  /** A grid dashboard's panels on screen (only they are queried); undefined: all. */
  readonly visiblePanelIds?: ReadonlySet<string> | undefined;
  readonly rangeSeconds: number;
  readonly refreshMs: number;
  readonly paused: boolean;
  /** The dashboards are held at a time (time travel): their live poller rests, the alerts' not. */
  readonly held?: boolean;
  /** The dashboard's variables' values (use-variables.ts); `waiting` until first read. */
  readonly variables?: {readonly scope: VariableScope | undefined; readonly ready: boolean};
};

/** Plans the panels' polls for what is on screen; the alerts follow the same refresh and pause. */
export function usePollPlan(input: PollPlanInput): void {
  const {poller, alertsPoller, dashboard, chartWidths, rangeSeconds, refreshMs, paused} = input;
  const held = input.held === true;
  const variablesReady = input.variables?.ready !== false;
  const plan = useScreenPlan({
    dashboard,
    rangeSeconds,
    refreshMs,
    chartWidths,
    variables: input.variables?.scope,
    visiblePanelIds: input.visiblePanelIds,
  });
  useEffect(() => {
    if (plan !== undefined && variablesReady) poller.setPlan(plan);
  }, [poller, plan, variablesReady]);
  // The alerts follow a faster replay as the panels do.
  useEffect(() => alertsPoller?.setRefreshMs(refreshMs), [alertsPoller, refreshMs]);
  const sentPaused = useRef(paused);
  useEffect(() => {
    if (sentPaused.current === paused) return;
    sentPaused.current = paused;
    alertsPoller?.setPaused(paused);
  }, [alertsPoller, paused]);
  // Back to live, the live poller polls at once (setPaused(false) runs a cycle).
  const resting = paused || held;
  const sentResting = useRef(resting);
  useEffect(() => {
    if (sentResting.current === resting) return;
    sentResting.current = resting;
    poller.setPaused(resting);
  }, [poller, resting]);
}
