import {describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {matchKey} from '../../source/keys/match-key.js';
import {durationLimits} from '../../source/config/flags.js';
import {narrowerRange, rangeSteps, widerRange} from '../../source/ui-state/range-steps.js';
import {
  createUiReducer,
  initialUiState,
  uiCommandFor,
  type UiAction,
  type UiState,
} from '../../source/ui-state/ui-state.js';

const reduce = createUiReducer(builtinDashboards);
const start = initialUiState(0, 3600);
const run = (state: UiState, ...actions: UiAction[]): UiState => actions.reduce(reduce, state);

describe('ui reducer', () => {
  it('starts on the given dashboard, first panel focused, 1h range', () => {
    expect(start).toEqual({
      dashboardIndex: 0,
      focus: {row: 0, column: 0},
      zoomed: false,
      helpOpen: false,
      paused: false,
      rangeSeconds: 3600,
    });
  });

  it.each([
    ['next', 0, 1],
    ['next', 3, 0],
    ['previous', 0, 3],
    ['previous', 2, 1],
    [2, 0, 2],
  ] as const)('switches dashboard %s from %d to %d', (to, from, index) => {
    expect(run(initialUiState(from, 3600), {type: 'switchDashboard', to}).dashboardIndex).toBe(
      index,
    );
  });

  it('resets focus and zoom when the dashboard changes', () => {
    const zoomed = run(start, {type: 'moveFocus', direction: 'down'}, {type: 'zoom'});
    expect(zoomed).toMatchObject({focus: {row: 1, column: 0}, zoomed: true});
    expect(run(zoomed, {type: 'switchDashboard', to: 'next'})).toMatchObject({
      dashboardIndex: 1,
      focus: {row: 0, column: 0},
      zoomed: false,
    });
  });

  it('keeps the state object when nothing changes', () => {
    expect(run(start, {type: 'switchDashboard', to: 0})).toBe(start);
    expect(run(start, {type: 'moveFocus', direction: 'up'})).toBe(start);
    expect(run(start, {type: 'back'})).toBe(start);
  });

  it('moves focus through the overview grid', () => {
    const state = run(
      start,
      {type: 'moveFocus', direction: 'right'},
      {type: 'moveFocus', direction: 'down'},
    );
    expect(state.focus).toEqual({row: 1, column: 1});
  });

  it('zooms, and Esc goes back; with help open Esc closes help first', () => {
    const zoomed = run(start, {type: 'zoom'});
    expect(zoomed.zoomed).toBe(true);
    expect(run(zoomed, {type: 'back'}).zoomed).toBe(false);
    const helped = run(zoomed, {type: 'toggleHelp'});
    expect(run(helped, {type: 'back'})).toMatchObject({helpOpen: false, zoomed: true});
  });

  it('ignores navigation while help is open, but pauses', () => {
    const helped = run(start, {type: 'toggleHelp'});
    expect(
      run(helped, {type: 'switchDashboard', to: 'next'}, {type: 'moveFocus', direction: 'down'}),
    ).toBe(helped);
    expect(run(helped, {type: 'togglePause'}).paused).toBe(true);
    expect(run(helped, {type: 'toggleHelp'}).helpOpen).toBe(false);
  });

  it('toggles pause', () => {
    expect(run(start, {type: 'togglePause'}).paused).toBe(true);
    expect(run(start, {type: 'togglePause'}, {type: 'togglePause'}).paused).toBe(false);
  });

  it('widens and narrows the range by steps', () => {
    expect(run(start, {type: 'widenRange'}).rangeSeconds).toBe(3 * 3600);
    expect(run(start, {type: 'narrowRange'}, {type: 'narrowRange'}).rangeSeconds).toBe(15 * 60);
  });
});

describe('range steps', () => {
  it.each([
    [3600, 10_800, 1800],
    [5400, 10_800, 3600],
    [604_800, 2_592_000, 172_800],
    [2_592_000, 2_592_000, 604_800],
    [300, 900, 60],
    [60, 300, 60],
    [90, 300, 60],
  ])('from %d s: wider %d, narrower %d', (seconds, wider, narrower) => {
    expect([widerRange(seconds), narrowerRange(seconds)]).toEqual([wider, narrower]);
  });

  it('reach the shortest and the longest range --range accepts', () => {
    expect([rangeSteps[0], rangeSteps.at(-1)]).toEqual([
      durationLimits.range.min / 1000,
      durationLimits.range.max / 1000,
    ]);
  });
});

describe('uiCommandFor', () => {
  it.each([
    ['3', {}, {type: 'switchDashboard', to: 2}],
    ['5', {}, {type: 'switchDashboard', to: 4}],
    ['', {leftArrow: true}, {type: 'switchDashboard', to: 'previous'}],
    ['l', {}, {type: 'moveFocus', direction: 'right'}],
    ['', {return: true}, {type: 'zoom'}],
    ['r', {}, {type: 'refresh'}],
    ['q', {}, {type: 'quit'}],
  ] as const)('%j %j', (input, key, command) => {
    const match = matchKey(input, key);
    expect(match && uiCommandFor(match)).toEqual(command);
  });
});
