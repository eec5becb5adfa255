// The alerts screen's reducer, its key routing and the text input, as tables.
import {describe, expect, it} from 'vitest';
import {alertsKey, type AlertsKeyContext} from '../../source/ui-state/alerts-keys.js';
import {editText, textEditFor, textInput} from '../../source/ui-state/alerts-text-input.js';
import {
  initialAlertsUi,
  nextDuration,
  reduceAlertsUi,
  routeSwitch,
  type AlertsUiState,
} from '../../source/ui-state/alerts-ui-state.js';

const form = {matchers: '{alertname="A"}', duration: '1h', comment: '', author: 'me'};
const open: AlertsUiState = {...initialAlertsUi, open: true};
const context: AlertsKeyContext = {
  alertCount: 3,
  selectedKey: 'k0',
  silenceIds: ['s1', 's2'],
  readOnly: false,
};

describe('routeSwitch: the four dashboards and the alerts tab form one ring', () => {
  it.each([
    [false, 3, 'next', {alertsOpen: true, dashboardIndex: 3}],
    [false, 0, 'previous', {alertsOpen: true, dashboardIndex: 0}],
    [false, 1, 'next', {alertsOpen: false, dashboardIndex: 2}],
    [true, 2, 'next', {alertsOpen: false, dashboardIndex: 0}],
    [true, 2, 'previous', {alertsOpen: false, dashboardIndex: 3}],
    [true, 2, 1, {alertsOpen: false, dashboardIndex: 1}],
    // The number keys: 5 (index 4, after the four dashboards) is the alerts screen, 6 nothing.
    [false, 2, 4, {alertsOpen: true, dashboardIndex: 2}],
    [true, 2, 4, {alertsOpen: true, dashboardIndex: 2}],
    [false, 2, 5, {alertsOpen: false, dashboardIndex: 2}],
    [true, 2, 5, {alertsOpen: true, dashboardIndex: 2}],
  ] as const)('open %s at %d, %s', (alertsOpen, index, to, expected) => {
    expect(routeSwitch(alertsOpen, index, 4, to)).toEqual(expected);
  });
});

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

  it('opens the form on the comment, cycles durations and closes back where it came from', () => {
    const detail = reduceAlertsUi(open, {type: 'showDetail'});
    const opened = reduceAlertsUi(detail, {type: 'openForm', form, selected: 1});
    expect(opened.view).toBe('form');
    expect(opened.form?.focus).toBe('comment');
    const focused = reduceAlertsUi(opened, {type: 'moveFormFocus', by: -1});
    expect(focused.form?.focus).toBe('duration');
    const longer = reduceAlertsUi(focused, {type: 'cycleDuration', by: 1});
    expect(longer.form?.fields.duration.value).toBe('4h');
    const back = reduceAlertsUi(longer, {type: 'back'});
    expect([back.view, back.form]).toEqual(['detail', undefined]);
  });

  it('Esc clears a filter before it leaves the list', () => {
    const typed = reduceAlertsUi(reduceAlertsUi(open, {type: 'startFilter'}), {
      type: 'editFilter',
      edit: {type: 'insert', text: 'disk'},
    });
    const kept = reduceAlertsUi(typed, {type: 'endFilter', keep: true});
    expect([kept.filtering, kept.filter.value]).toEqual([false, 'disk']);
    expect(reduceAlertsUi(kept, {type: 'back'}).filter.value).toBe('');
  });

  it('keeps the form open when a post fails, and closes it on success', () => {
    const opened = reduceAlertsUi(open, {type: 'openForm', form, selected: 1});
    const failed = reduceAlertsUi(opened, {
      type: 'writeFinished',
      notice: {text: 'silence failed', tone: 'critical'},
      closeForm: false,
    });
    expect(failed.view).toBe('form');
    const done = reduceAlertsUi(opened, {
      type: 'writeFinished',
      notice: {text: 'silenced', tone: 'ok'},
      closeForm: true,
    });
    expect([done.view, done.notice?.text, done.writing]).toEqual(['list', 'silenced', false]);
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

describe('alertsKey', () => {
  it.each([
    ['closed: everything passes', initialAlertsUi, 'j', {}, {kind: 'pass'}],
    [
      'j selects down',
      open,
      'j',
      {},
      {kind: 'action', action: {type: 'moveSelection', by: 1, count: 3}},
    ],
    [
      '↑ selects up',
      open,
      '',
      {upArrow: true},
      {kind: 'action', action: {type: 'moveSelection', by: -1, count: 3}},
    ],
    [
      'Enter opens the detail',
      open,
      '',
      {return: true},
      {kind: 'action', action: {type: 'showDetail'}},
    ],
    ['/ starts the filter', open, '/', {}, {kind: 'action', action: {type: 'startFilter'}}],
    ['s opens the form', open, 's', {}, {kind: 'openForm'}],
    ['q passes (quit)', open, 'q', {}, {kind: 'pass'}],
    ['Esc on a bare list passes', open, '', {escape: true}, {kind: 'pass'}],
    [
      'typing into the filter',
      {...open, filtering: true},
      'q',
      {},
      {kind: 'action', action: {type: 'editFilter', edit: {type: 'insert', text: 'q'}}},
    ],
    [
      'Ctrl-C quits even while typing',
      {...open, filtering: true},
      'c',
      {ctrl: true},
      {kind: 'pass'},
    ],
    [
      'x asks before expiring',
      {...open, view: 'silences', selectedSilence: 1},
      'x',
      {},
      {kind: 'action', action: {type: 'askExpire', id: 's2'}},
    ],
    [
      'y expires',
      {...open, view: 'silences', confirmExpire: 's2'},
      'y',
      {},
      {kind: 'expire', id: 's2'},
    ],
    [
      'n cancels',
      {...open, view: 'silences', confirmExpire: 's2'},
      'n',
      {},
      {kind: 'action', action: {type: 'cancelExpire'}},
    ],
    [
      'other keys wait for y/n',
      {...open, view: 'silences', confirmExpire: 's2'},
      'q',
      {},
      {kind: 'ignore'},
    ],
  ] as const)('%s', (_name, state, input, key, expected) => {
    expect(alertsKey(state as AlertsUiState, input, key, context)).toEqual(expected);
  });

  it('marks the selected row with Space, and unmarks it', () => {
    const withKey = {...context, selectedKey: 'k1'};
    expect(alertsKey(open, ' ', {}, withKey)).toEqual({
      kind: 'action',
      action: {type: 'toggleMark', key: 'k1'},
    });
    const marked = reduceAlertsUi(open, {type: 'toggleMark', key: 'k1'});
    expect(marked.marked).toEqual(['k1']);
    expect(reduceAlertsUi(marked, {type: 'toggleMark', key: 'k1'}).marked).toEqual([]);
  });

  it('refuses writes with --read-only and says so', () => {
    const readOnly = {...context, readOnly: true};
    const notice = {
      kind: 'action',
      action: {
        type: 'notice',
        notice: {text: 'read-only: nova-top was started with --read-only', tone: 'warning'},
      },
    };
    expect(alertsKey(open, 's', {}, readOnly)).toEqual(notice);
    expect(alertsKey({...open, view: 'silences'}, 'x', {}, readOnly)).toEqual(notice);
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
