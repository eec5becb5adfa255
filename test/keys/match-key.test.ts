import {describe, expect, it} from 'vitest';
import type {KeyContext} from '../../source/keys/bindings.js';
import {
  matchKey,
  splitKeyChunk,
  splitTypedChunk,
  type InputKey,
} from '../../source/keys/match-key.js';

// Ink's useInput arguments for each key, as Ink 6.8 reports them, and the command in a context.
const cases: readonly (readonly [KeyContext, string, string, InputKey, unknown])[] = [
  ['dashboard', '←', '', {leftArrow: true}, {type: 'previousScreen'}],
  ['dashboard', '→', '', {rightArrow: true}, {type: 'nextScreen'}],
  ['dashboard', 'Tab', '', {tab: true}, {type: 'nextScreen'}],
  ['dashboard', 'Shift-Tab', '', {tab: true, shift: true}, {type: 'previousScreen'}],
  ['dashboard', '1', '1', {}, {type: 'selectScreen', index: 0}],
  ['dashboard', '5', '5', {}, {type: 'selectScreen', index: 4}],
  ['dashboard', '9', '9', {}, {type: 'selectScreen', index: 8}],
  ['dashboard', '0', '0', {}, undefined],
  ['dashboard', '↑', '', {upArrow: true}, {type: 'focusUp'}],
  ['dashboard', '↓', '', {downArrow: true}, {type: 'focusDown'}],
  ['dashboard', 'k', 'k', {}, {type: 'focusUp'}],
  ['dashboard', 'j', 'j', {}, {type: 'focusDown'}],
  ['dashboard', 'h', 'h', {}, {type: 'focusLeft'}],
  ['dashboard', 'l', 'l', {}, {type: 'focusRight'}],
  ['dashboard', 'Enter', '\r', {return: true}, {type: 'zoom'}],
  ['dashboard', 'Esc', '', {escape: true, meta: true}, {type: 'back'}],
  ['dashboard', '+', '+', {}, {type: 'widenRange'}],
  ['dashboard', '=', '=', {}, {type: 'widenRange'}],
  ['dashboard', '-', '-', {}, {type: 'narrowRange'}],
  ['dashboard', 'r', 'r', {}, {type: 'refresh'}],
  ['dashboard', 'p', 'p', {}, {type: 'togglePause'}],
  ['dashboard', '?', '?', {}, {type: 'toggleHelp'}],
  ['dashboard', 'q', 'q', {}, {type: 'quit'}],
  ['dashboard', 'Ctrl-C', 'c', {ctrl: true}, {type: 'quit'}],
  ['dashboard', 'c', 'c', {}, {type: 'toggleSection'}],
  ['dashboard', 'PgUp', '', {pageUp: true}, {type: 'scrollPage', index: 0}],
  ['dashboard', 'PgDn', '', {pageDown: true}, {type: 'scrollPage', index: 1}],
  ['dashboard', 'Home', '', {home: true}, {type: 'scrollEnds', index: 0}],
  ['dashboard', 'End', '', {end: true}, {type: 'scrollEnds', index: 1}],
  ['zoom', 'Home', '', {home: true}, {type: 'replayJump', index: 0}],
  ['zoom', 'c', 'c', {}, undefined],
  ['dashboard', 'Ctrl-R', 'r', {ctrl: true}, undefined],
  ['dashboard', 'Q', 'Q', {shift: true}, undefined],
  // The alerts screen's own keys act there only.
  ['dashboard', '/', '/', {}, undefined],
  ['alerts', '/', '/', {}, {type: 'filterAlerts'}],
  ['alerts', 'h', 'h', {}, undefined],
  ['alerts', '5', '5', {}, {type: 'selectScreen', index: 4}],
  // A zoomed panel: ←/→ move its cursor (Shift: a tenth of the chart; Ink 6.8 reads `\x1b[1;2D`
  // as ← with shift), Tab/Shift-Tab and the numbers still change screens.
  ['zoom', '←', '', {leftArrow: true}, {type: 'moveCursor', index: 0}],
  ['zoom', '→', '', {rightArrow: true}, {type: 'moveCursor', index: 1}],
  ['zoom', 'Shift-←', '', {leftArrow: true, shift: true}, {type: 'moveCursor', index: 2}],
  ['zoom', 'Shift-→', '', {rightArrow: true, shift: true}, {type: 'moveCursor', index: 3}],
  ['zoom', 'Tab', '', {tab: true}, {type: 'nextScreen'}],
  ['zoom', 'Shift-Tab', '', {tab: true, shift: true}, {type: 'previousScreen'}],
  ['zoom', '3', '3', {}, {type: 'selectScreen', index: 2}],
  ['zoom', 'n', 'n', {}, {type: 'selectSeries', index: 0}],
  ['zoom', 'N', 'N', {shift: true}, {type: 'selectSeries', index: 1}],
  ['zoom', 'Space', ' ', {}, {type: 'toggleSeries'}],
  ['zoom', 's', 's', {}, {type: 'soloSeries'}],
  ['zoom', '/', '/', {}, {type: 'filterSeries'}],
  ['zoom', 'Esc', '', {escape: true, meta: true}, {type: 'back'}],
  ['zoom', 'j', 'j', {}, {type: 'focusDown'}],
  // Outside the zoom they keep their meaning, or have none.
  ['dashboard', 'Shift-←', '', {leftArrow: true, shift: true}, {type: 'previousScreen'}],
  ['dashboard', 'n', 'n', {}, undefined],
  ['dashboard', 's', 's', {}, undefined],
  ['dashboard', 'Space', ' ', {}, undefined],
  ['alerts', '→', '', {rightArrow: true}, {type: 'nextScreen'}],
  ['alerts', 'n', 'n', {}, undefined],
  ['alerts', 's', 's', {}, {type: 'silenceAlert'}],
  // Help open: the keys that change nothing behind it.
  ['help', 'Esc', '', {escape: true}, {type: 'back'}],
  ['help', 'p', 'p', {}, {type: 'togglePause'}],
  ['help', 'j', 'j', {}, undefined],
  ['help', '→', '', {rightArrow: true}, undefined],
  // Text has the keyboard: characters are text, Ctrl-C still quits.
  ['filter', 'q', 'q', {}, {type: 'editText', edit: {type: 'insert', text: 'q'}}],
  ['filter', 'Enter', '\r', {return: true}, {type: 'submit'}],
  ['filter', 'Ctrl-C', 'c', {ctrl: true}, {type: 'quit'}],
  ['filter', 'Ctrl-U', 'u', {ctrl: true}, {type: 'editText', edit: {type: 'clear'}}],
  ['filter', 'Ctrl-L', 'l', {ctrl: true}, undefined],
  ['filter', '←', '', {leftArrow: true}, {type: 'editText', edit: {type: 'left'}}],
  ['form', 'Tab', '', {tab: true}, {type: 'nextField'}],
  ['form', '↓', '', {downArrow: true}, {type: 'nextField'}],
  ['form', 'Shift-Tab', '', {tab: true, shift: true}, {type: 'previousField'}],
  ['form', '←', '', {leftArrow: true}, {type: 'previousChoice'}],
  ['form', '→', '', {rightArrow: true}, {type: 'nextChoice'}],
  ['form', 'Backspace', '', {backspace: true}, {type: 'editText', edit: {type: 'deleteBack'}}],
  ['form', 'Esc', '', {escape: true}, {type: 'back'}],
  ['confirm', 'y', 'y', {}, {type: 'confirmYes'}],
  ['confirm', 'N', 'N', {shift: true}, {type: 'confirmNo'}],
  ['confirm', 'q', 'q', {}, undefined],
  // Drill-down and copy act on the screens; the label picker has the keyboard while it is open.
  ['dashboard', 'd', 'd', {}, {type: 'drillDown'}],
  ['zoom', 'd', 'd', {}, {type: 'drillDown'}],
  ['alerts', 'd', 'd', {}, undefined],
  ['dashboard', 'y', 'y', {}, {type: 'copy'}],
  ['zoom', 'y', 'y', {}, {type: 'copy'}],
  ['alerts', 'y', 'y', {}, {type: 'copy'}],
  ['picker', '↑', '', {upArrow: true}, {type: 'pickerUp'}],
  ['picker', 'j', 'j', {}, {type: 'pickerDown'}],
  ['picker', 'Enter', '\r', {return: true}, {type: 'pickerChoose'}],
  ['picker', 'Esc', '', {escape: true}, {type: 'back'}],
  ['picker', 'Ctrl-C', 'c', {ctrl: true}, {type: 'quit'}],
  ['picker', 'q', 'q', {}, undefined],
  ['picker', '→', '', {rightArrow: true}, undefined],
  ['confirm', 'Esc', '', {escape: true}, {type: 'back'}],
];

describe('matchKey', () => {
  it.each(
    cases.map(([context, name, input, key, command]) => ({context, name, input, key, command})),
  )('$context: $name', ({context, input, key, command}) => {
    expect(matchKey(context, input, key)).toEqual(command);
  });
});

describe('splitTypedChunk', () => {
  it.each([
    {name: 'typed text stays whole', input: 'node-canary', keys: ['node-canary']},
    {name: 'Enter alone', input: '\r', keys: ['\r']},
    {name: 'text then Enter', input: 'canary\r', keys: ['canary', '\r']},
    {name: 'Enter then more', input: '\rjl', keys: ['\r', 'jl']},
    {name: 'text, Enter, keys after it', input: 'up\nq', keys: ['up', '\nq']},
  ])('$name', ({input, keys}) => {
    expect(splitTypedChunk(input)).toEqual(keys);
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
