// The dashboard's variables as the header shows them, compactly: `job node · instance
// 10.0.0.1:9100 +2 · interval 5m`; `All` for All, `…` while loading, `!` and the reason on error.
// Hidden variables and constants are left out; `hide: label` shows the value alone.
import type {VariableState} from '../dashboards/variable-spec.js';
import {fitToWidth} from '../text/fit.js';
import {sanitize} from '../text/sanitize.js';
import {allValue, listedVariables} from '../ui-state/variable-options.js';
import {fitLine, lineWidth, segment} from './line.js';
import type {Line} from './tone.js';

/** An error's reason is cut to this many cells: the picker shows it whole. */
const reasonCells = 24;
/** Below this many cells the variables are left out rather than shown as a stub. */
export const minimumVariablesRoom = 8;

/** The name shown for a variable: its label, else its name. */
export const variableTitle = (state: VariableState): string =>
  sanitize(state.spec.label ?? state.name);

/** The text of a selected value: its option's text when offered, else the value. */
export function selectedText(state: VariableState, value: string): string {
  if (value === allValue) return 'All';
  const option = state.options.find((each) => each.value === value);
  const text = sanitize(option?.text ?? value);
  return text === '' ? '""' : text;
}

/** The current value, short: the first selected one and how many more (`10.0.0.1:9100 +2`). */
export function currentValue(state: VariableState): Line {
  if (state.status === 'loading') return [segment('…', 'muted')];
  if (state.status === 'error') {
    const reason = fitToWidth(
      sanitize(state.error ?? 'cannot read its values').trim(),
      reasonCells,
    );
    return [segment(`! ${reason}`, 'critical')];
  }
  const [first, ...rest] = state.selected;
  if (first === undefined) return [segment('none', 'muted')];
  const more =
    rest.length === 0 || first === allValue ? [] : [segment(` +${rest.length}`, 'muted')];
  return [segment(selectedText(state, first)), ...more];
}

/** Every shown variable with its value, unfitted; empty without any. */
export function variablesLine(states: readonly VariableState[]): Line {
  return listedVariables(states).flatMap((state, index): Line => {
    const separator = index === 0 ? [] : [segment(' · ', 'muted')];
    const title = state.spec.hide === 'label' ? [] : [segment(`${variableTitle(state)} `, 'muted')];
    return [...separator, ...title, ...currentValue(state)];
  });
}

/** The variables in at most `room` cells (cut with `…`), or nothing when too little room is left. */
export function fitVariables(states: readonly VariableState[], room: number): Line {
  const line = variablesLine(states);
  if (line.length === 0 || room < minimumVariablesRoom) return [];
  return lineWidth(line) <= room ? line : fitLine(line, room);
}
