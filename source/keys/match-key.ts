// From Ink's useInput arguments, in a key context, to the command of the bindings table: an
// action (with the key's position for indexed bindings), typed text where text is taken, or
// undefined for a key that means nothing there.
import {
  bindings,
  textContexts,
  type Binding,
  type KeyAction,
  type KeyContext,
  type KeyPattern,
  type KeyState,
} from './bindings.js';
import {textEditFor, type TextEdit, type TextKey} from './text-keys.js';

export type KeyCommand =
  | {
      readonly type: KeyAction;
      /** For indexed bindings: which of their keys (selectScreen: which screen, 0-based). */
      readonly index?: number;
    }
  /** A key typed into the filter or the form. */
  | {readonly type: 'editText'; readonly edit: TextEdit};

/** Ink's key argument as matchKey reads it. */
export type InputKey = KeyState & TextKey;

function matches(pattern: KeyPattern, input: string, key: KeyState): boolean {
  if ('key' in pattern) {
    return (
      key[pattern.key] === true &&
      (pattern.shift === undefined || pattern.shift === (key.shift === true))
    );
  }
  return input === pattern.input && (pattern.ctrl === true) === (key.ctrl === true);
}

export function matchKey(
  context: KeyContext,
  input: string,
  key: InputKey,
  table: readonly Binding[] = bindings,
): KeyCommand | undefined {
  for (const binding of table) {
    if (!binding.contexts.includes(context)) continue;
    const index = binding.keys.findIndex((pattern) => matches(pattern, input, key));
    if (index === -1) continue;
    return binding.indexed === true ? {type: binding.action, index} : {type: binding.action};
  }
  if (!textContexts.has(context)) return undefined;
  const edit = textEditFor(input, key);
  return edit === undefined ? undefined : {type: 'editText', edit};
}

/**
 * Keys typed quickly, or sent by tmux or a slow SSH link, can arrive as one chunk (`jl`); Ink
 * hands that to useInput as one input. Plain characters are split so that each acts as a key;
 * anything with a modifier or an escape stays whole.
 */
export function splitKeyChunk(input: string, key: KeyState): readonly string[] {
  const characters = [...input];
  if (characters.length <= 1 || key.ctrl === true || key.meta === true) return [input];
  if (characters.some((character) => character < ' ' || character === '\u007F')) return [input];
  return characters;
}

/**
 * While text has the keyboard, a chunk is typed or pasted text and stays whole, up to a line
 * break: `canary` and Enter sent close together arrive as `canary\r`, and the Enter must still
 * choose (not be dropped as a control character of the text). The break is handed on as Enter,
 * and what follows it as the next chunk (after Enter, the keys may no longer be text).
 */
export function splitTypedChunk(input: string): readonly string[] {
  const at = input.search(/[\r\n]/);
  if (at === -1 || input.length === 1) return [input];
  if (at === 0) return [input.slice(0, 1), input.slice(1)];
  return [input.slice(0, at), input.slice(at)];
}

/** A lone line break is the Enter key, whatever chunk it came in. */
export const isLineBreak = (input: string): boolean => input === '\r' || input === '\n';
