// The variable picker through the key table and the reducer: `v` lists the variables, Enter opens
// one; in its options typed keys filter, ↑/↓ move, Space marks (multi), Enter applies (an effect
// for the variables runtime), Esc goes back unchanged; a text box takes text.
import {describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import type {VariableState} from '../../source/dashboards/variable-spec.js';
import {matchKey, type InputKey} from '../../source/keys/match-key.js';
import {widerRange} from '../../source/ui-state/range-steps.js';
import {initialUiState, keyContextOf, updateUi} from '../../source/ui-state/ui-state.js';
import type {UiEffect, UiEnv, UiState} from '../../source/ui-state/types.js';
import {chainStates, manyOptions} from '../fixtures/variables/states.js';

type Key = readonly [string, InputKey?];

function pressWith(
  variables: readonly VariableState[] | undefined,
  keys: readonly Key[],
): {state: UiState; effects: UiEffect[]} {
  const env: UiEnv = {dashboards: builtinDashboards, variables};
  let state = initialUiState(0, 3600);
  const effects: UiEffect[] = [];
  for (const [input, key] of keys) {
    const command = matchKey(keyContextOf(state), input, key ?? {});
    if (command === undefined) continue;
    const update = updateUi(state, command, env);
    state = update.state;
    effects.push(...update.effects);
  }
  return {state, effects};
}

const press = (keys: readonly Key[], variables: readonly VariableState[] = chainStates) =>
  pressWith(variables, keys);

const up: Key = ['', {upArrow: true}];
const down: Key = ['', {downArrow: true}];
const enter: Key = ['', {return: true}];
const escape: Key = ['', {escape: true}];
const backspace: Key = ['', {backspace: true}];
const typed = (text: string): Key[] => [...text].map((character) => [character]);
const select = (name: string, selected: readonly string[]): UiEffect => ({
  type: 'selectVariable',
  name,
  selected,
});

describe('the variable list', () => {
  it('opens on the first variable and closes with v or Esc', () => {
    const {state} = press([['v']]);
    expect([keyContextOf(state), state.variablePicker]).toEqual([
      'variables',
      {level: 'list', highlighted: 0},
    ]);
    expect(press([['v'], ['v']]).state.variablePicker).toBeUndefined();
    expect(press([['v'], escape]).state.variablePicker).toBeUndefined();
  });

  it('moves over the listed variables only (no constant, no hidden), stopping at the ends', () => {
    // job, instance, interval, Comment.
    expect(press([['v'], down, ['j'], down, down, down]).state.variablePicker).toEqual({
      level: 'list',
      highlighted: 3,
    });
    expect(press([['v'], down, down, ['k'], up, up]).state.variablePicker).toEqual({
      level: 'list',
      highlighted: 0,
    });
  });

  it("keeps the screen's keys from acting while open", () => {
    const {state} = press([['v'], ['2'], ['+'], ['a'], ['q']]);
    expect([state.dashboardIndex, state.rangeSeconds, state.screen]).toEqual([
      0,
      3600,
      'dashboard',
    ]);
  });

  it('opens from a zoomed panel and goes back to it', () => {
    const {state} = press([['\r', {return: true}], ['v'], escape]);
    expect([keyContextOf(state), state.zoomed]).toEqual(['zoom', true]);
  });

  it('says the dashboard has no variables, until the next key, which acts as usual', () => {
    for (const none of [undefined, [], [chainStates[1] as VariableState]]) {
      const {state} = pressWith(none, [['v']]);
      expect([state.variablePicker, state.variablesNotice]).toEqual([
        undefined,
        'this dashboard has no variables',
      ]);
    }
    const {state} = pressWith(undefined, [['v'], ['+']]);
    expect([state.variablesNotice, state.rangeSeconds]).toEqual([undefined, widerRange(3600)]);
  });
});

describe("a variable's options", () => {
  it('opens on the selected option; typed keys filter (j and k too); Enter chooses', () => {
    const opened = press([['v'], enter]).state;
    expect([keyContextOf(opened), opened.variablePicker]).toEqual([
      'variableOptions',
      {level: 'options', name: 'job', row: 0, filter: {value: '', cursor: 0}, highlighted: 0},
    ]);
    const {state, effects} = press([['v'], enter, ...typed('jkpro'), backspace, enter]);
    expect(effects).toEqual([]);
    expect(state.variablePicker).toMatchObject({filter: {value: 'jkpr'}, highlighted: 0});
    const chosen = press([['v'], enter, ...typed('PRO'), enter]);
    expect(chosen.effects).toEqual([select('job', ['prometheus'])]);
    // Back on the list, on the same variable, for the ones that follow it.
    expect(chosen.state.variablePicker).toEqual({level: 'list', highlighted: 0});
  });

  it('moves with the arrows within the filtered options', () => {
    expect(press([['v'], enter, down, down, down, enter]).effects).toEqual([
      select('job', ['prometheus']),
    ]);
    expect(press([['v'], enter, down, up, enter]).effects).toEqual([]);
  });

  it('goes back to the list unchanged with Esc', () => {
    const {state, effects} = press([['v'], down, enter, down, [' '], escape]);
    expect([effects, state.variablePicker]).toEqual([[], {level: 'list', highlighted: 1}]);
  });

  it('marks several values of a multi-value variable with Space and applies them in order', () => {
    // instance opens on 10.0.0.1:9100 (row 1, after All), which is selected: Space unmarks it.
    const keys: Key[] = [['v'], down, enter, down, down, [' '], up, [' '], up, [' ']];
    expect(press(keys).state.variablePicker).toMatchObject({
      marked: ['10.0.0.3:9100', '10.0.0.2:9100'],
    });
    expect(press([...keys, enter]).effects).toEqual([
      select('instance', ['10.0.0.2:9100', '10.0.0.3:9100']),
    ]);
  });

  it('shows what Space marked as the selection until Enter', () => {
    const {state} = press([['v'], down, enter, down, [' ']]);
    expect(state.variablePicker).toMatchObject({marked: ['10.0.0.1:9100', '10.0.0.2:9100']});
  });

  it('applies the highlighted option alone when nothing is marked', () => {
    expect(press([['v'], down, enter, down, down, enter]).effects).toEqual([
      select('instance', ['10.0.0.3:9100']),
    ]);
    // Everything unmarked: Enter takes the highlighted one.
    expect(press([['v'], down, enter, [' '], enter]).effects).toEqual([]);
    expect(press([['v'], down, enter, [' '], down, enter]).effects).toEqual([
      select('instance', ['10.0.0.2:9100']),
    ]);
  });

  it('makes All exclusive: marking it clears the others, marking another clears All', () => {
    expect(press([['v'], down, enter, up, [' '], enter]).effects).toEqual([
      select('instance', ['$__all']),
    ]);
    const {state, effects} = press([['v'], down, enter, up, [' '], down, down, [' '], enter]);
    expect(effects).toEqual([select('instance', ['10.0.0.2:9100'])]);
    expect(state.variablePicker).toEqual({level: 'list', highlighted: 1});
  });

  it('ignores Space on a single-value variable', () => {
    const {state} = press([['v'], enter, down, [' ']]);
    expect(state.variablePicker).toMatchObject({highlighted: 1});
    expect(state.variablePicker).not.toHaveProperty('marked');
  });

  it('applies nothing when the filter leaves no option', () => {
    const {state, effects} = press([['v'], enter, ...typed('zzz'), enter]);
    expect([effects, keyContextOf(state)]).toEqual([[], 'variableOptions']);
  });

  it('filters 5,000 options as keys are typed and applies the one left', () => {
    const many = [manyOptions(5000)];
    const {state, effects} = press([['v'], enter, ...typed('host-4999'), enter], many);
    expect(effects).toEqual([select('host', ['host-4999'])]);
    expect(state.variablePicker).toEqual({level: 'list', highlighted: 0});
  });
});

describe('a text box variable', () => {
  it('opens an input on its value; Space is text; Enter applies it, Esc leaves it', () => {
    const keys: Key[] = [['v'], down, down, down, enter];
    expect(keyContextOf(press(keys).state)).toBe('variableText');
    const {effects} = press([...keys, backspace, ...typed(' there q'), enter]);
    expect(effects).toEqual([select('comment', ['h there q'])]);
    expect(press([...keys, ...typed('!'), escape]).effects).toEqual([]);
  });
});
