// The variable picker (`v`), over the dashboard shown. First the list of its variables (↑/↓,
// Enter opens one, Esc closes); then the variable's options, as in k9s or fzf: typed text filters
// them, ↑/↓ move, Space marks several (multi-value), Enter applies, Esc goes back unchanged. A
// text box variable opens a text input instead. Applying is an effect the app hands to the
// variables runtime (select); the picker goes back to the list, for the variables that follow.
import type {KeyContext} from '../keys/bindings.js';
import type {VariableState} from '../dashboards/variable-spec.js';
import {editText, textInput} from './alerts-text-input.js';
import {moveHighlight} from './list-picker.js';
import type {UiCommand, UiEnv, UiState, UiUpdate} from './types.js';
import type {VariablePicker} from './variable-picker-state.js';
import {
  filterOptions,
  inOptionOrder,
  listedVariables,
  sameValues,
  toggleMarked,
} from './variable-options.js';

export const noVariablesNotice = 'this dashboard has no variables';

const contexts = {list: 'variables', options: 'variableOptions', text: 'variableText'} as const;

/** Where the keyboard is while the picker is open. */
export const variablePickerContext = (picker: VariablePicker): KeyContext => contexts[picker.level];

const stay = (state: UiState): UiUpdate => ({state, effects: []});
const withPicker = (state: UiState, variablePicker: VariablePicker | undefined): UiUpdate =>
  stay({...state, variablePicker});

/** `v`: opens the list (closes it when open); without variables, a notice says so. */
export function toggleVariablePicker(state: UiState, env: UiEnv): UiState {
  if (state.variablePicker !== undefined) return {...state, variablePicker: undefined};
  if (listedVariables(env.variables ?? []).length === 0) {
    return {...state, variablesNotice: noVariablesNotice};
  }
  return {...state, variablePicker: {level: 'list', highlighted: 0}};
}

/** The notice lasts until the next key (which then acts as usual). */
export function clearVariablesNotice(state: UiState, command: UiCommand): UiState {
  if (state.variablesNotice === undefined) return state;
  const event = ['writeFinished', 'completed', 'querySaved'].includes(command.type);
  return event ? state : {...state, variablesNotice: undefined};
}

export function updateVariablePicker(state: UiState, command: UiCommand, env: UiEnv): UiUpdate {
  const picker = state.variablePicker;
  if (picker === undefined) return stay(state);
  const listed = listedVariables(env.variables ?? []);
  if (picker.level === 'list') return updateList(state, picker.highlighted, listed, command);
  const variable = listed.find((each) => each.name === picker.name);
  const back = withPicker(state, {level: 'list', highlighted: picker.row});
  if (variable === undefined || command.type === 'back') return back;
  const apply = (values: readonly string[]): UiUpdate =>
    sameValues(values, variable.selected)
      ? back
      : {...back, effects: [{type: 'selectVariable', name: variable.name, selected: values}]};
  if (picker.level === 'text') {
    if (command.type === 'submit') return apply([picker.input.value]);
    if (command.type !== 'editText') return stay(state);
    return withPicker(state, {...picker, input: editText(picker.input, command.edit)});
  }
  const shown = filterOptions(variable.options, picker.filter.value);
  const option = shown[Math.min(picker.highlighted, shown.length - 1)];
  switch (command.type) {
    case 'editText': {
      const filter = editText(picker.filter, command.edit);
      if (filter.value === picker.filter.value) return withPicker(state, {...picker, filter});
      return withPicker(state, {...picker, filter, highlighted: 0});
    }
    case 'focusUp':
    case 'focusDown': {
      const by = command.type === 'focusUp' ? -1 : 1;
      return withPicker(state, {
        ...picker,
        highlighted: moveHighlight(picker.highlighted, by, shown.length),
      });
    }
    case 'toggleOption': {
      if (variable.spec.multi !== true || option === undefined) return stay(state);
      const marked = toggleMarked(picker.marked ?? variable.selected, option.value);
      return withPicker(state, {...picker, marked});
    }
    case 'submit': {
      const marked = variable.spec.multi === true ? (picker.marked ?? []) : [];
      if (marked.length > 0) return apply(inOptionOrder(marked, variable.options));
      return option === undefined ? stay(state) : apply([option.value]);
    }
    default:
      return stay(state);
  }
}

function updateList(
  state: UiState,
  highlighted: number,
  listed: readonly VariableState[],
  command: UiCommand,
): UiUpdate {
  switch (command.type) {
    case 'back':
      return withPicker(state, undefined);
    case 'focusUp':
    case 'focusDown': {
      const by = command.type === 'focusUp' ? -1 : 1;
      return withPicker(state, {
        level: 'list',
        highlighted: moveHighlight(highlighted, by, listed.length),
      });
    }
    case 'submit': {
      const variable = listed[Math.min(highlighted, listed.length - 1)];
      return variable === undefined
        ? stay(state)
        : withPicker(state, openVariable(variable, highlighted));
    }
    default:
      return stay(state);
  }
}

/** A text box opens on its value; other variables on their options, the first selected one highlighted. */
function openVariable(variable: VariableState, row: number): VariablePicker {
  const {name, spec, selected, options} = variable;
  if (spec.kind === 'textbox') {
    return {level: 'text', name, row, input: textInput(selected[0] ?? spec.value)};
  }
  const first = options.findIndex((option) => selected.includes(option.value));
  return {level: 'options', name, row, filter: textInput(), highlighted: Math.max(0, first)};
}
