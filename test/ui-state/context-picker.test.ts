// The context picker: C opens it on the context in use, ↑/↓ move within the list, Enter switches
// (an effect), Esc closes; while it is open the screen's keys do nothing.
import {describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {matchKey} from '../../source/keys/match-key.js';
import {initialUiState, keyContextOf, updateUi} from '../../source/ui-state/ui-state.js';
import type {UiEffect, UiEnv, UiState} from '../../source/ui-state/types.js';
import type {InputKey} from '../../source/keys/match-key.js';

const env: UiEnv = {
  dashboards: builtinDashboards,
  contexts: {names: ['prod', 'stage', 'eu'], current: 'stage'},
};

function press(
  keys: readonly (readonly [string, InputKey?])[],
  within: UiEnv = env,
): {state: UiState; effects: UiEffect[]} {
  let state = initialUiState(0, 3600);
  const effects: UiEffect[] = [];
  for (const [input, key] of keys) {
    const command = matchKey(keyContextOf(state), input, key ?? {});
    if (command === undefined) continue;
    const update = updateUi(state, command, within);
    state = update.state;
    effects.push(...update.effects);
  }
  return {state, effects};
}

const up: readonly [string, InputKey] = ['', {upArrow: true}];
const down: readonly [string, InputKey] = ['', {downArrow: true}];
const enter: readonly [string, InputKey] = ['', {return: true}];
const escape: readonly [string, InputKey] = ['', {escape: true}];

describe('context picker', () => {
  it('opens on the context in use', () => {
    const {state} = press([['C']]);
    expect([keyContextOf(state), state.contextPicker]).toEqual(['contexts', {highlighted: 1}]);
  });

  it('moves and stops at the ends', () => {
    expect(press([['C'], down, down, down]).state.contextPicker).toEqual({highlighted: 2});
    expect(press([['C'], up, up, ['k']]).state.contextPicker).toEqual({highlighted: 0});
  });

  it('switches to the highlighted context on Enter and closes', () => {
    const {state, effects} = press([['C'], up, enter]);
    expect(effects).toEqual([{type: 'switchContext', name: 'prod'}]);
    expect([keyContextOf(state), state.contextPicker]).toEqual(['dashboard', undefined]);
  });

  it('closes without a switch on the current context, and on Esc', () => {
    expect(press([['C'], enter]).effects).toEqual([]);
    const {state, effects} = press([['C'], down, escape]);
    expect([effects, state.contextPicker]).toEqual([[], undefined]);
  });

  it('keeps the screen keys from acting while open', () => {
    const {state} = press([['C'], ['2'], ['+'], ['a']]);
    expect([state.dashboardIndex, state.rangeSeconds, state.screen]).toEqual([
      0,
      3600,
      'dashboard',
    ]);
  });

  it('does not open without contexts', () => {
    expect(press([['C']], {dashboards: builtinDashboards}).state.contextPicker).toBeUndefined();
  });
});
