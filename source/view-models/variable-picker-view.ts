// The variable picker's lines, in the grid's place: the list of the dashboard's variables with
// their values; a variable's options under the typed filter, the selected (or marked) ones `[x]`,
// only the window of rows that fits drawn; or a text box variable's input.
import type {VariableState} from '../dashboards/variable-spec.js';
import {sanitize} from '../text/sanitize.js';
import {allValue, filterOptions, listedVariables} from '../ui-state/variable-options.js';
import type {VariablePicker} from '../ui-state/variable-picker-state.js';
import {inputLine} from './alerts/input-line.js';
import {fitBlock, fitLine, segment} from './line.js';
import {listWindowStart} from './list-window.js';
import type {Line} from './tone.js';
import {selectedText, variableTitle} from './variables-line.js';

export type VariablePickerInput = {
  readonly picker: VariablePicker;
  readonly variables: readonly VariableState[];
  readonly width: number;
  readonly height: number;
};

/** Exactly width x height. */
export function variablePickerLines(input: VariablePickerInput): Line[] {
  const {picker, width, height} = input;
  const listed = listedVariables(input.variables);
  const lines =
    picker.level === 'list'
      ? listLines(listed, picker.highlighted, height)
      : openedLines(picker, listed, width, height);
  return fitBlock(lines, width, height);
}

/** Every selected value's text, or why there is none. */
function values(state: VariableState): Line {
  if (state.status === 'loading') return [segment('loading…', 'muted')];
  if (state.status === 'error') {
    return [segment(`! ${sanitize(state.error ?? 'cannot read its values').trim()}`, 'critical')];
  }
  return [segment(state.selected.map((value) => selectedText(state, value)).join(', '))];
}

function listLines(listed: readonly VariableState[], highlighted: number, height: number): Line[] {
  const title: Line = [
    segment('Variables', 'focus'),
    segment('  ↑/↓ choose, Enter open, Esc close', 'muted'),
  ];
  const titles = listed.map(variableTitle);
  const column = Math.min(24, Math.max(...titles.map((text) => text.length))) + 2;
  const rows = Math.max(1, height - 2);
  const first = listWindowStart(highlighted, listed.length, rows);
  const list = listed.slice(first, first + rows).map((state, index): Line => {
    const at = first + index === highlighted;
    const name = (titles[first + index] ?? '').slice(0, column - 2).padEnd(column);
    return [
      segment(at ? '> ' : '  ', 'focus'),
      segment(name, at ? 'focus' : 'normal'),
      ...values(state),
    ];
  });
  return [title, [], ...list];
}

function openedLines(
  picker: Exclude<VariablePicker, {level: 'list'}>,
  listed: readonly VariableState[],
  width: number,
  height: number,
): Line[] {
  const state = listed.find((each) => each.name === picker.name);
  if (state === undefined) return [];
  const name = segment(variableTitle(state), 'focus');
  if (picker.level === 'text') {
    return [
      [name, segment('  Enter applies, Esc back', 'muted')],
      [],
      inputLine('value: ', picker.input, true, undefined, width),
    ];
  }
  const multi = state.spec.multi === true;
  const keys = multi
    ? '  type to filter, Space marks, Enter applies, Esc back'
    : '  type to filter, Enter chooses, Esc back';
  const shown = filterOptions(state.options, picker.filter.value);
  const count = `${shown.length} of ${state.options.length}`;
  const field = inputLine('filter: ', picker.filter, true, undefined, width - count.length - 1);
  const filter: Line = [...field, segment(' '), segment(count, 'muted')];
  const notes = emptyNote(state, shown.length);
  const rows = Math.max(1, height - 2 - notes.length);
  const highlighted = Math.min(picker.highlighted, shown.length - 1);
  const first = listWindowStart(highlighted, shown.length, rows);
  const marked = new Set(picker.marked ?? state.selected);
  const options = shown.slice(first, first + rows).map((option, index): Line => {
    const at = first + index === highlighted;
    const mark = marked.has(option.value) ? '[x]' : '[ ]';
    const text = option.value === allValue ? 'All' : sanitize(option.text);
    return [
      segment(at ? '> ' : '  ', 'focus'),
      segment(`${mark} ${text}`, at ? 'focus' : 'normal'),
    ];
  });
  return [[name, segment(keys, 'muted')], filter, ...notes, ...options];
}

/** Why no option is listed: loading, an error, or a filter that leaves none. */
function emptyNote(state: VariableState, shown: number): Line[] {
  if (state.status === 'error') return [values(state)];
  if (shown > 0) return [];
  if (state.status === 'loading') return [[segment('loading…', 'muted')]];
  return [[segment(state.options.length === 0 ? 'no options' : 'no option matches', 'muted')]];
}

/** `v` without variables: the line that says so in the footer's place, until the next key. */
export const variablesNoticeLine = (notice: string | undefined, width: number): Line | undefined =>
  notice === undefined ? undefined : fitLine([segment(notice, 'warning')], width);
