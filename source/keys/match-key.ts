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
