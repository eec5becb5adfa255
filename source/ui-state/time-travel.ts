// Time travel as a pure reducer: the one-line input `t` opens, the time the dashboards are held
// at (undefined: live), and the zoomed panel's overlay of the same range a day or a week earlier.
// The app reads `heldAt` to poll a held store instead of the live one (components/use-time-travel.ts).
import type {TextEdit} from '../keys/text-keys.js';
import {editText, textInput, type TextInput} from './alerts-text-input.js';
import {parseTime} from './parse-time.js';

/** The zoomed panel's comparison: none, the same range one day or one week earlier. */
export type Overlay = 'off' | '1d' | '1w';

export type TimeTravelState = {
  /** The jump input, while open (it has the keyboard). */
  readonly input?: TextInput;
  /** Why the last entry was refused (or why time travel is off), shown on the input's line. */
  readonly error?: string;
  /** Milliseconds since the epoch the dashboards are held at; undefined while live. */
  readonly heldAt?: number;
  readonly overlay: Overlay;
};

export const liveTime: TimeTravelState = {overlay: 'off'};

const overlayOrder: readonly Overlay[] = ['off', '1d', '1w'];

/** Seconds the overlay looks back, 0 when off. */
export const overlaySeconds = (overlay: Overlay): number =>
  overlay === '1d' ? 86_400 : overlay === '1w' ? 7 * 86_400 : 0;

/** `t`: opens an empty input; `off` (a replay: it has its own clock) says why nothing will hold. */
export function openTimeInput(state: TimeTravelState, off?: string): TimeTravelState {
  const opened: TimeTravelState = {...withoutInput(state), input: textInput()};
  return off === undefined ? opened : {...opened, error: off};
}

export function editTimeInput(state: TimeTravelState, edit: TextEdit): TimeTravelState {
  if (state.input === undefined) return state;
  const input = editText(state.input, edit);
  return input === state.input ? state : {...state, input};
}

/** Enter: holds at the typed time, or keeps the input open with one line saying what is accepted. */
export function submitTimeInput(
  state: TimeTravelState,
  now: number,
  off?: string,
): TimeTravelState {
  if (state.input === undefined) return state;
  if (off !== undefined) return {...state, error: off};
  const parsed = parseTime(state.input.value, now);
  if (!parsed.ok) return {...state, error: parsed.error};
  return {...withoutInput(state), heldAt: parsed.at};
}

/** Esc in the input: closes it, the held time (or live) as it was. */
export const closeTimeInput = (state: TimeTravelState): TimeTravelState =>
  state.input === undefined && state.error === undefined ? state : withoutInput(state);

/** Esc on a held dashboard: back to live. */
export function goLive(state: TimeTravelState): TimeTravelState {
  // Esc reaches here only with the input closed (the input takes Esc first).
  return state.heldAt === undefined ? state : {overlay: state.overlay};
}

/** The overlay key: off -> 1 day earlier -> 1 week earlier -> off. */
export function nextOverlay(state: TimeTravelState): TimeTravelState {
  const at = overlayOrder.indexOf(state.overlay);
  return {...state, overlay: overlayOrder[(at + 1) % overlayOrder.length] ?? 'off'};
}

export const overlayOff = (state: TimeTravelState): TimeTravelState =>
  state.overlay === 'off' ? state : {...state, overlay: 'off'};

function withoutInput(state: TimeTravelState): TimeTravelState {
  return state.heldAt === undefined
    ? {overlay: state.overlay}
    : {heldAt: state.heldAt, overlay: state.overlay};
}
