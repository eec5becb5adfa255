// From Ink's useInput arguments to the action of the bindings table, or undefined.
import {
  bindings,
  type Binding,
  type KeyAction,
  type KeyPattern,
  type KeyState,
} from './bindings.js';

export type KeyMatch = {
  readonly action: KeyAction;
  /** For indexed bindings: which of their keys (selectDashboard: which dashboard, 0-based). */
  readonly index?: number;
};

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
  input: string,
  key: KeyState,
  table: readonly Binding[] = bindings,
): KeyMatch | undefined {
  for (const binding of table) {
    const index = binding.keys.findIndex((pattern) => matches(pattern, input, key));
    if (index === -1) continue;
    return binding.indexed === true ? {action: binding.action, index} : {action: binding.action};
  }
  return undefined;
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
