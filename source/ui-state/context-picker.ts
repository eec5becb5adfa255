// The context picker (`C`): a list of the config file's contexts over the screen. ↑/↓ move the
// highlight (stopping at the ends), Enter asks the app to switch to the highlighted context (or
// just closes on the current one), Esc closes. What a switch does is the app's (an effect).
import type {KeyCommand} from '../keys/match-key.js';
import {moveHighlight} from './list-picker.js';
import type {UiEnv, UiState, UiUpdate} from './types.js';

const closed = (state: UiState): UiState =>
  Object.fromEntries(Object.entries(state).filter(([key]) => key !== 'contextPicker')) as UiState;

/** Opens the picker on the context in use; without a config file's contexts it does not open. */
export function openContextPicker(state: UiState, env: UiEnv): UiState {
  const names = env.contexts?.names ?? [];
  if (names.length === 0) return state;
  const current = Math.max(0, names.indexOf(env.contexts?.current ?? ''));
  return {...state, contextPicker: {highlighted: current}};
}

export function updateContextPicker(state: UiState, command: KeyCommand, env: UiEnv): UiUpdate {
  const picker = state.contextPicker;
  const names = env.contexts?.names ?? [];
  if (picker === undefined) return {state, effects: []};
  const move = (by: number): UiUpdate => {
    const highlighted = moveHighlight(picker.highlighted, by, names.length);
    if (highlighted === picker.highlighted) return {state, effects: []};
    return {state: {...state, contextPicker: {highlighted}}, effects: []};
  };
  switch (command.type) {
    case 'focusUp':
      return move(-1);
    case 'focusDown':
      return move(1);
    case 'back':
      return {state: closed(state), effects: []};
    case 'submit': {
      const name = names[picker.highlighted];
      if (name === undefined || name === env.contexts?.current) {
        return {state: closed(state), effects: []};
      }
      return {state: closed(state), effects: [{type: 'switchContext', name}]};
    }
    default:
      return {state, effects: []};
  }
}
