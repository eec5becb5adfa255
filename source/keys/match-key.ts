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
  /** For selectDashboard: which dashboard (0-based). */
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
    return binding.action === 'selectDashboard'
      ? {action: binding.action, index}
      : {action: binding.action};
  }
  return undefined;
}
