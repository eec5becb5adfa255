import {describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import type {KeyState} from '../../source/keys/bindings.js';
import {matchKey, splitKeyChunk} from '../../source/keys/match-key.js';

// Ink's useInput arguments for each key, as Ink 6.8 reports them.
const cases: readonly (readonly [string, string, KeyState, string | undefined, number?])[] = [
  ['←', '', {leftArrow: true}, 'previousDashboard'],
  ['→', '', {rightArrow: true}, 'nextDashboard'],
  ['Tab', '', {tab: true}, 'nextDashboard'],
  ['Shift-Tab', '', {tab: true, shift: true}, 'previousDashboard'],
  ['1', '1', {}, 'selectDashboard', 0],
  ['4', '4', {}, 'selectDashboard', 3],
  ['5', '5', {}, 'selectDashboard', 4],
  ['6', '6', {}, undefined],
  ['↑', '', {upArrow: true}, 'focusUp'],
  ['↓', '', {downArrow: true}, 'focusDown'],
  ['k', 'k', {}, 'focusUp'],
  ['j', 'j', {}, 'focusDown'],
  ['h', 'h', {}, 'focusLeft'],
  ['l', 'l', {}, 'focusRight'],
  ['Enter', '\r', {return: true}, 'zoom'],
  ['Esc', '', {escape: true, meta: true}, 'back'],
  ['+', '+', {}, 'widenRange'],
  ['=', '=', {}, 'widenRange'],
  ['-', '-', {}, 'narrowRange'],
  ['r', 'r', {}, 'refresh'],
  ['p', 'p', {}, 'togglePause'],
  ['?', '?', {}, 'toggleHelp'],
  ['q', 'q', {}, 'quit'],
  ['Ctrl-C', 'c', {ctrl: true}, 'quit'],
  ['c', 'c', {}, undefined],
  ['Ctrl-R', 'r', {ctrl: true}, undefined],
  ['Q', 'Q', {shift: true}, undefined],
];

describe('matchKey', () => {
  it.each(cases.map(([name, input, key, action, index]) => ({name, input, key, action, index})))(
    '$name',
    ({input, key, action, index}) => {
      const match = matchKey(input, key);
      expect(match?.action).toBe(action);
      expect(match?.index).toBe(index);
    },
  );
});

describe('the number keys', () => {
  it('follow the screens: one per dashboard, then the alerts screen', () => {
    const numbers = Array.from({length: builtinDashboards.length + 1}, (_, index) => index);
    expect(numbers.map((index) => matchKey(String(index + 1), {}))).toEqual(
      numbers.map((index) => ({action: 'selectDashboard', index})),
    );
    expect(matchKey(String(builtinDashboards.length + 2), {})).toBeUndefined();
  });
});

describe('splitKeyChunk', () => {
  it.each([
    {name: 'one key', input: 'j', key: {}, keys: ['j']},
    {name: 'keys typed in one chunk', input: 'jl', key: {}, keys: ['j', 'l']},
    {name: 'an emoji is one key', input: '😀', key: {}, keys: ['😀']},
    {name: 'with ctrl it stays whole', input: 'jl', key: {ctrl: true}, keys: ['jl']},
    {name: 'with meta it stays whole', input: 'jl', key: {meta: true}, keys: ['jl']},
    {name: 'controls keep the chunk whole', input: 'j\r', key: {}, keys: ['j\r']},
    {name: 'an empty input', input: '', key: {}, keys: ['']},
  ])('$name', ({input, key, keys}) => {
    expect(splitKeyChunk(input, key)).toEqual(keys);
  });
});
