// The template variables of the dashboard on screen, from the context's variables runtime
// (poller/variables-runtime.ts): opened with the dashboard and range shown, their states for the
// header and the picker, their scope for the poll plan, and select() for the picker.
import {useCallback, useEffect, useMemo, useSyncExternalStore} from 'react';
import type {DashboardSpec} from '../dashboards/spec.js';
import type {VariableScope, VariableState} from '../dashboards/variable-spec.js';
import type {VariablesRuntime} from '../poller/types.js';

export type DashboardVariables = {
  /** Each variable's options, selection and status (empty without variables). */
  readonly states: readonly VariableState[];
  /** The values the dashboard's queries see; undefined when it has none. */
  readonly scope: VariableScope | undefined;
  /**
   * The scope belongs to this dashboard and its variables have been read once: until then the
   * panels wait (as in Grafana) rather than send `$var` to Prometheus.
   */
  readonly ready: boolean;
  /** Selects values of a variable (`$__all` for All); those that use it are read again. */
  readonly select: (name: string, selected: readonly string[]) => void;
};

const noStates: readonly VariableState[] = [];
const noSubscription = (): (() => void) => () => {};
const none = () => noStates;

export function useVariables(
  runtime: VariablesRuntime | undefined,
  dashboard: DashboardSpec,
  rangeSeconds: number,
): DashboardVariables {
  useEffect(() => runtime?.open(dashboard, rangeSeconds), [runtime, dashboard, rangeSeconds]);
  const states = useSyncExternalStore(
    runtime?.subscribe ?? noSubscription,
    runtime?.states ?? none,
  );
  const specs = dashboard.variables ?? [];
  // Until the effect has opened this dashboard, the states are the previous one's.
  const current = states.length === specs.length && states.every((s, i) => s.spec === specs[i]);
  const firstRead = states.some(
    (state) => state.status === 'loading' && state.options.every((o) => o.value === '$__all'),
  );
  const scope = useMemo(
    () => (states.length === 0 || runtime === undefined ? undefined : runtime.scope()),
    [runtime, states],
  );
  const select = useCallback(
    (name: string, selected: readonly string[]) => runtime?.select(name, selected),
    [runtime],
  );
  if (runtime === undefined || specs.length === 0) {
    return {states: noStates, scope: undefined, ready: true, select};
  }
  return current
    ? {states, scope, ready: !firstRead, select}
    : {states: noStates, scope: undefined, ready: false, select};
}
