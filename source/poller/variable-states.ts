// The pure half of the variables runtime: which variables use which (the order of resolution and
// what to refresh after a change), which values stay selected when the options change, and the
// values queries see (the scope).
import type {
  VariableOption,
  VariableScope,
  VariableSpec,
  VariableState,
  VariableValue,
} from '../dashboards/variable-spec.js';
import {usedVariables} from '../prometheus/interpolate.js';

/** The value of the All option, as Grafana stores it. */
export const allMarker = '$__all';

const allOption: VariableOption = {text: 'All', value: allMarker};

/** The variables each one uses (among the dashboard's), from its query and regex. */
export function variableUses(specs: readonly VariableSpec[]): Map<string, Set<string>> {
  const names = new Set(specs.map((spec) => spec.name));
  return new Map(
    specs.map((spec) => {
      const text = spec.kind === 'query' ? `${spec.query} ${spec.regex ?? ''}` : '';
      const used = usedVariables(text, names);
      used.delete(spec.name);
      return [spec.name, used];
    }),
  );
}

/**
 * The order of resolution: the dashboard's order, but each after the ones it uses. A cycle is
 * broken in the dashboard's order.
 */
export function resolutionOrder(
  specs: readonly VariableSpec[],
  uses: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const placed: string[] = [];
  const left = specs.map((spec) => spec.name);
  while (left.length > 0) {
    const ready = left.findIndex((name) =>
      [...(uses.get(name) ?? [])].every((used) => placed.includes(used) || !left.includes(used)),
    );
    placed.push(...left.splice(Math.max(0, ready), 1));
  }
  return placed;
}

/** Every variable that uses `name`, directly or through others. */
export function dependentsOf(
  name: string,
  uses: ReadonlyMap<string, ReadonlySet<string>>,
): Set<string> {
  const found = new Set<string>();
  const visit = (target: string): void => {
    for (const [user, used] of uses) {
      if (!used.has(target) || found.has(user) || user === name) continue;
      found.add(user);
      visit(user);
    }
  };
  visit(name);
  return found;
}

/** The options as the picker shows them: All first when the spec includes it. */
export const withAll = (
  spec: VariableSpec,
  options: readonly VariableOption[],
): readonly VariableOption[] => (spec.includeAll === true ? [allOption, ...options] : options);

/**
 * What stays selected among new options: the previous selection where still offered, else the
 * spec's `current`, else the first option (All when offered), as Grafana does.
 */
export function settleSelection(
  spec: VariableSpec,
  options: readonly VariableOption[],
  previous: readonly string[],
): readonly string[] {
  const offered = new Set(options.map((option) => option.value));
  for (const wanted of [previous, spec.current ?? []]) {
    const kept = wanted.includes(allMarker) && offered.has(allMarker) ? [allMarker] : wanted;
    const still = kept.filter((value) => offered.has(value));
    if (still.length > 0) return spec.multi === true ? still : still.slice(0, 1);
  }
  const first = options[0];
  return first === undefined ? [] : [first.value];
}

/** A variable's value as queries see it; undefined while nothing is known (`$var` stays). */
export function valueOfState(state: VariableState): VariableValue | undefined {
  const real = state.options.filter((option) => option.value !== allMarker);
  const {spec, selected} = state;
  if (selected.includes(allMarker)) {
    if (real.length === 0 && spec.allValue === undefined && state.status !== 'ok') return undefined;
    return {
      values: real.map((option) => option.value),
      texts: real.map((option) => option.text),
      isAll: true,
      ...(spec.allValue === undefined ? {} : {allValue: spec.allValue}),
    };
  }
  if (selected.length === 0 && state.status !== 'ok') return undefined;
  const textOf = (value: string) => real.find((option) => option.value === value)?.text ?? value;
  return {values: selected, texts: selected.map(textOf)};
}

/** The scope of the states that have a value. */
export function scopeOf(states: readonly VariableState[]): VariableScope {
  const scope: Record<string, VariableValue> = {};
  for (const state of states) {
    const value = valueOfState(state);
    if (value !== undefined) scope[state.name] = value;
  }
  return scope;
}
