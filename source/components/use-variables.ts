// The dashboard's variables for the app: the variables runtime's states, followed as they change
// (loading, resolved, a new selection), and its select for the picker's Enter. Without a runtime
// there are no variables: nothing in the header, and `v` says so.
import {useCallback, useRef, useSyncExternalStore} from 'react';
import type {VariableState} from '../dashboards/variable-spec.js';
import type {VariablesRuntime} from '../poller/types.js';

export type Variables = {
  /** Undefined without a runtime. */
  readonly states: readonly VariableState[] | undefined;
  readonly select: (name: string, selected: readonly string[]) => void;
};

type Snapshot = {
  readonly read: readonly VariableState[] | undefined;
  readonly change: number;
  readonly states: readonly VariableState[] | undefined;
};

const none = (): (() => void) => () => {};

export function useVariables(runtime: VariablesRuntime | undefined): Variables {
  // React needs the same snapshot until a change: states() may return a new array at each call,
  // or the same array changed in place; the count of changes heard tells the second apart.
  const changes = useRef(0);
  const last = useRef<Snapshot | undefined>(undefined);
  const subscribe = useCallback(
    (listener: () => void) =>
      runtime === undefined
        ? none()
        : runtime.subscribe(() => {
            changes.current += 1;
            listener();
          }),
    [runtime],
  );
  const snapshot = useCallback(() => {
    const read = runtime?.states();
    const kept = last.current;
    if (kept !== undefined && kept.read === read && kept.change === changes.current) {
      return kept.states;
    }
    const states = read === undefined ? undefined : [...read];
    last.current = {read, change: changes.current, states};
    return states;
  }, [runtime]);
  const states = useSyncExternalStore(subscribe, snapshot);
  const select = useCallback(
    (name: string, selected: readonly string[]) => runtime?.select(name, selected),
    [runtime],
  );
  return {states, select};
}
