// The one UI reducer driven by keys through the key table, without Ink: which screen shows, the
// help overlay, zoom and focus, pause, range, and the effects keys ask for.
import {describe, expect, it} from 'vitest';
import {durationLimits} from '../../source/config/flags.js';
import {screenList, stepScreen} from '../../source/ui-state/screens.js';
import {narrowerRange, rangeSteps, widerRange} from '../../source/ui-state/range-steps.js';
import {initialUiState, keyContextOf, updateUi} from '../../source/ui-state/ui-state.js';
import type {UiEnv, UiState} from '../../source/ui-state/types.js';
import {initialAlertsUi} from '../../source/ui-state/alerts-ui-state.js';
import {initialZoomExplore} from '../../source/ui-state/zoom-explore.js';
import {
  alertsEnv,
  enter,
  esc,
  left,
  press,
  right,
  shiftTab,
  tab,
  twoDashboards,
  type Press,
} from './press.js';

const withAlerts: UiEnv = {dashboards: twoDashboards, alerts: alertsEnv([])};
const withoutAlerts: UiEnv = {dashboards: twoDashboards};
const start = initialUiState(0, 3600);
/** Where a key leaves the screen: `dashboard 2` (1-based, as the tabs number it) or `alerts`. */
const shown = (state: UiState): string =>
  state.screen === 'alerts' ? 'alerts' : `dashboard ${state.dashboardIndex + 1}`;
const after = (env: UiEnv, state: UiState, ...keys: Press[]): UiState =>
  press(state, env, ...keys).state;

describe('the initial state', () => {
  it('is the given dashboard, first panel focused, nothing open', () => {
    expect(start).toEqual({
      screen: 'dashboard',
      dashboardIndex: 0,
      focus: {row: 0, column: 0},
      zoomed: false,
      helpOpen: false,
      paused: false,
      rangeSeconds: 3600,
      alerts: initialAlertsUi,
      timeTravel: {overlay: 'off'},
      explore: initialZoomExplore,
      scratch: [],
    });
    expect(initialUiState(1, 60, 'alerts')).toMatchObject({screen: 'alerts', dashboardIndex: 1});
  });
});

describe('the screens list', () => {
  it('is the dashboards in order, then the alerts screen when there is one', () => {
    expect(screenList(2, true)).toEqual([
      {kind: 'dashboard', index: 0},
      {kind: 'dashboard', index: 1},
      {kind: 'alerts'},
    ]);
    expect(screenList(2, false)).toEqual([
      {kind: 'dashboard', index: 0},
      {kind: 'dashboard', index: 1},
    ]);
  });

  it('is a ring', () => {
    const screens = screenList(2, true);
    expect(stepScreen(screens, {kind: 'alerts'}, 1)).toEqual({kind: 'dashboard', index: 0});
    expect(stepScreen(screens, {kind: 'dashboard', index: 0}, -1)).toEqual({kind: 'alerts'});
    expect(stepScreen(screens, {kind: 'dashboard', index: 0}, 1)).toEqual({
      kind: 'dashboard',
      index: 1,
    });
  });
});

describe('the number keys follow the screens', () => {
  it.each([
    // Two dashboards: 1 and 2 are they, 3 the alerts screen, 4 nothing.
    [withAlerts, '1', 'dashboard 1'],
    [withAlerts, '2', 'dashboard 2'],
    [withAlerts, '3', 'alerts'],
    [withAlerts, '4', 'dashboard 1'],
    // Without AlertManager there is no alerts screen: 3 does nothing.
    [withoutAlerts, '2', 'dashboard 2'],
    [withoutAlerts, '3', 'dashboard 1'],
  ])('%#: %s shows %s', (env, key, screen) => {
    expect(shown(after(env, start, key))).toBe(screen);
  });

  it('a third dashboard takes 3 and moves the alerts screen to 4', () => {
    const three: UiEnv = {...withAlerts, dashboards: [...twoDashboards, twoDashboards[1]!]};
    expect(['3', '4', '5'].map((key) => shown(after(three, start, key)))).toEqual([
      'dashboard 3',
      'alerts',
      'dashboard 1',
    ]);
  });

  it('go back from the alerts screen to a dashboard', () => {
    expect(shown(after(withAlerts, start, '3', '2'))).toBe('dashboard 2');
  });
});

describe('←/→/Tab go round the screens', () => {
  it.each([
    [withAlerts, [right], 'dashboard 2'],
    [withAlerts, [right, right], 'alerts'],
    [withAlerts, [right, right, right], 'dashboard 1'],
    [withAlerts, [tab, tab], 'alerts'],
    [withAlerts, [left], 'alerts'],
    [withAlerts, [shiftTab, shiftTab], 'dashboard 2'],
    [withoutAlerts, [left], 'dashboard 2'],
    [withoutAlerts, [right, right], 'dashboard 1'],
  ] as const)('%#: %j shows %s', (env, keys, screen) => {
    expect(shown(after(env, start, ...keys))).toBe(screen);
  });

  it('a opens the alerts screen, only when there is one', () => {
    expect(shown(after(withAlerts, start, 'a'))).toBe('alerts');
    expect(after(withoutAlerts, start, 'a')).toBe(start);
  });
});

describe('focus and zoom', () => {
  it('moves the focus through the grid, zooms with Enter and returns with Esc', () => {
    const moved = after(withAlerts, start, 'l', 'j');
    expect(moved.focus).toEqual({row: 1, column: 0});
    const zoomed = after(withAlerts, moved, enter);
    expect([zoomed.zoomed, keyContextOf(zoomed)]).toEqual([true, 'zoom']);
    expect(after(withAlerts, zoomed, esc)).toEqual(moved);
  });

  it('starts another dashboard at its first panel, unzoomed', () => {
    const zoomed = after(withAlerts, start, 'l', enter);
    expect(after(withAlerts, zoomed, '2')).toMatchObject({
      dashboardIndex: 1,
      focus: {row: 0, column: 0},
      zoomed: false,
    });
  });

  it('keeps the focus and zoom of the dashboard it returns to from the alerts screen', () => {
    const zoomed = after(withAlerts, start, 'l', enter);
    const back = after(withAlerts, zoomed, 'a', '1');
    expect(back).toEqual(zoomed);
  });

  it('keeps the state object when a key changes nothing', () => {
    for (const key of ['1', 'k', 'h', esc, '/']) expect(after(withAlerts, start, key)).toBe(start);
  });
});

describe('the help overlay', () => {
  const helped = after(withAlerts, start, '?');

  it('opens with ? and closes with ? or Esc', () => {
    expect([helped.helpOpen, keyContextOf(helped)]).toEqual([true, 'help']);
    expect(after(withAlerts, helped, '?')).toEqual(start);
    expect(after(withAlerts, helped, esc)).toEqual(start);
  });

  it('closes before the zoom behind it', () => {
    const zoomed = after(withAlerts, start, enter, '?');
    expect(after(withAlerts, zoomed, esc)).toMatchObject({helpOpen: false, zoomed: true});
  });

  it('lets nothing behind it change, but pauses, refreshes and quits', () => {
    expect(after(withAlerts, helped, right, '2', 'j', enter, '+', 'a')).toBe(helped);
    expect(after(withAlerts, helped, 'p').paused).toBe(true);
    expect(press(helped, withAlerts, 'r', 'q').effects).toEqual([
      {type: 'refresh'},
      {type: 'quit'},
    ]);
  });
});

describe('pause and range', () => {
  it('toggles pause with p', () => {
    expect(after(withAlerts, start, 'p').paused).toBe(true);
    expect(after(withAlerts, start, 'p', 'p').paused).toBe(false);
  });

  it('widens with + or = and narrows with - or _ by steps, on the alerts screen too', () => {
    expect(after(withAlerts, start, '+').rangeSeconds).toBe(3 * 3600);
    expect(after(withAlerts, start, '=', '_', '-').rangeSeconds).toBe(1800);
    expect(after(withAlerts, start, 'a', '-').rangeSeconds).toBe(1800);
  });
});

describe('effects', () => {
  it.each([
    ['r', {type: 'refresh'}],
    ['q', {type: 'quit'}],
    [['c', {ctrl: true}], {type: 'quit'}],
    [['l', {ctrl: true}], {type: 'redraw'}],
    [',', {type: 'replay', action: 'replayStepBack'}],
    ['.', {type: 'replay', action: 'replayStepForward'}],
    ['g', {type: 'replay', action: 'replayToStart'}],
    [['', {home: true}], {type: 'replay', action: 'replayToStart'}],
    ['G', {type: 'replay', action: 'replayToEnd'}],
    [['', {end: true}], {type: 'replay', action: 'replayToEnd'}],
    ['[', {type: 'replay', action: 'replaySlower'}],
    [']', {type: 'replay', action: 'replayFaster'}],
  ] as const)('%j asks for %j, changing no state', (key, effect) => {
    expect(press(start, withAlerts, key)).toEqual({state: start, effects: [effect]});
  });

  it('a command where its binding does not act changes nothing', () => {
    const helped = after(withAlerts, start, '?');
    expect(updateUi(helped, {type: 'focusDown'}, withAlerts)).toEqual({
      state: helped,
      effects: [],
    });
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
