// The alerts screen's state reducer and the text input, as tables (its keys: test/ui-state).
import {describe, expect, it} from 'vitest';
import {editText, textInput} from '../../source/ui-state/alerts-text-input.js';
import {textEditFor} from '../../source/keys/text-keys.js';
import {
  initialAlertsUi,
  nextDuration,
  reduceAlertsUi,
  type AlertsUiState,
} from '../../source/ui-state/alerts-ui-state.js';

const open: AlertsUiState = initialAlertsUi;

describe('reduceAlertsUi', () => {
  it('moves the selection within the list, and within the silences in that view', () => {
    const down = reduceAlertsUi(open, {type: 'moveSelection', by: 1, count: 2});
    expect(down.selected).toBe(1);
    expect(reduceAlertsUi(down, {type: 'moveSelection', by: 1, count: 2}).selected).toBe(1);
    expect(reduceAlertsUi(down, {type: 'moveSelection', by: -5, count: 2}).selected).toBe(0);
    const silences = reduceAlertsUi(open, {type: 'showSilences'});
    const moved = reduceAlertsUi(silences, {type: 'moveSelection', by: 1, count: 2});
    expect([moved.selected, moved.selectedSilence]).toEqual([0, 1]);
  });

  it.each([
    ['1h', 1, '4h'],
    ['1d', 1, '15m'],
    ['15m', -1, '1d'],
    ['2h', 1, '15m'],
    ['2h', -1, '1d'],
  ] as const)('nextDuration(%s, %d) = %s', (current, by, expected) => {
    expect(nextDuration(current, by)).toBe(expected);
  });
});

describe('the text input', () => {
  it.each([
    ['moves the cursor left', textInput('ac'), {type: 'left'}, 'ac', 1],
    ['erases before the cursor', {value: 'abc', cursor: 2}, {type: 'deleteBack'}, 'ac', 1],
    ['erases nothing at the start', {value: 'abc', cursor: 0}, {type: 'deleteBack'}, 'abc', 0],
    [
      'drops control characters from a paste',
      textInput('a'),
      {type: 'insert', text: 'b\nc\u001b'},
      'abc',
      3,
    ],
    ['never splits an emoji', textInput('a😀'), {type: 'deleteBack'}, 'a', 1],
  ] as const)('%s', (_name, input, edit, value, cursor) => {
    expect(editText(input, edit)).toEqual({value, cursor});
  });

  it.each([
    ['x', {}, {type: 'insert', text: 'x'}],
    ['', {backspace: true}, {type: 'deleteBack'}],
    ['', {delete: true}, {type: 'deleteBack'}],
    ['a', {ctrl: true}, {type: 'home'}],
    ['u', {ctrl: true}, {type: 'clear'}],
    ['x', {meta: true}, undefined],
  ] as const)('key %j %j', (input, key, expected) => {
    expect(textEditFor(input, key)).toEqual(expected);
  });
});
