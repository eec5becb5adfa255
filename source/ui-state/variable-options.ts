// The variable picker's pure parts over one variable: which variables it lists, which options a
// typed filter leaves, what Space marks and what Enter applies (Grafana's multi-value and All).
import type {VariableOption, VariableState} from '../dashboards/variable-spec.js';
import {sanitize} from '../text/sanitize.js';

/** The value of Grafana's All option. */
export const allValue = '$__all';

/** The variables the picker lists: not constants, not those hidden from the dashboard. */
export const listedVariables = (states: readonly VariableState[]): readonly VariableState[] =>
  states.filter((state) => state.spec.kind !== 'constant' && state.spec.hide !== 'variable');

/** An option as the filter sees it: as drawn (sanitized), lower case. */
const searchTexts = new WeakMap<readonly VariableOption[], readonly string[]>();

function searchTextsOf(options: readonly VariableOption[]): readonly string[] {
  const known = searchTexts.get(options);
  if (known !== undefined) return known;
  const texts = options.map((option) => sanitize(option.text).toLowerCase());
  searchTexts.set(options, texts);
  return texts;
}

/**
 * The options whose text holds the filter (case-insensitive), in their order. The lower-cased
 * texts are kept per options list, so each key typed over thousands of options is one pass.
 */
export function filterOptions(
  options: readonly VariableOption[],
  filter: string,
): readonly VariableOption[] {
  const wanted = filter.toLowerCase();
  if (wanted === '') return options;
  const texts = searchTextsOf(options);
  return options.filter((_, index) => texts[index]?.includes(wanted) === true);
}

/**
 * Space on an option of a multi-value variable: All alone, or the option in or out of the marked
 * values (which then no longer hold All).
 */
export function toggleMarked(marked: readonly string[], value: string): readonly string[] {
  if (value === allValue) return marked.includes(allValue) ? [] : [allValue];
  const rest = marked.filter((each) => each !== allValue);
  return rest.includes(value) ? rest.filter((each) => each !== value) : [...rest, value];
}

/** The marked values in the options' order (values no longer offered kept at the end). */
export function inOptionOrder(
  values: readonly string[],
  options: readonly VariableOption[],
): readonly string[] {
  const wanted = new Set(values);
  const offered = options.map((option) => option.value).filter((value) => wanted.has(value));
  const kept = new Set(offered);
  return [...new Set([...offered, ...values.filter((value) => !kept.has(value))])];
}

/** The same values, whatever their order. */
export function sameValues(a: readonly string[], b: readonly string[]): boolean {
  const inB = new Set(b);
  return new Set(a).size === inB.size && a.every((value) => inB.has(value));
}
