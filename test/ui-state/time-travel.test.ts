// Time travel through the key table and the UI reducer: `t` opens the input, Enter holds the
// dashboards at the time or says what is accepted, Esc's order (input, zoom, then live), the zoom's
// overlay cycle, and a replay where time travel is off.
import {describe, expect, it} from 'vitest';
import {initialUiState, keyContextOf} from '../../source/ui-state/ui-state.js';
import {acceptedTimes} from '../../source/ui-state/parse-time.js';
import {
  closeTimeInput,
  goLive,
  liveTime,
  nextOverlay,
  overlaySeconds,
} from '../../source/ui-state/time-travel.js';
import type {UiEnv, UiState} from '../../source/ui-state/types.js';
import {enter, esc, press, twoDashboards, type Press} from './press.js';

const now = Date.UTC(2026, 11, 2, 4, 30, 45);
const env: UiEnv = {dashboards: twoDashboards, now};
const replayOff = 'time travel is off in a replay, which has its own clock: , . step, g G jump';
const replaying: UiEnv = {...env, timeTravelOff: replayOff};
const start = initialUiState(0, 3600);
const after = (state: UiState, ...keys: Press[]): UiState => press(state, env, ...keys).state;
const typed = (text: string): Press[] => [...text];

describe('jumping to a time', () => {
  it('t opens an empty input that has the keyboard: typed keys are text, not keys', () => {
    const opened = after(start, 't');
    expect(keyContextOf(opened)).toBe('time');
    expect(opened.timeTravel).toEqual({input: {value: '', cursor: 0}, overlay: 'off'});
    // q, p and + are text here: nothing quits, pauses or widens.
    const text = after(opened, ...typed('-2h qp+'));
    expect(text.timeTravel.input).toEqual({value: '-2h qp+', cursor: 7});
    expect(text.paused).toBe(false);
    expect(text.rangeSeconds).toBe(3600);
  });

  it('Enter holds the dashboards at the time and closes the input', () => {
    const held = after(start, 't', ...typed('-2h'), enter);
    expect(held.timeTravel).toEqual({heldAt: now - 7_200_000, overlay: 'off'});
    expect(keyContextOf(held)).toBe('dashboard');
  });

  it('a bad entry keeps the input open with one line saying what is accepted', () => {
    const bad = after(start, 't', ...typed('yesterday'), enter);
    expect(bad.timeTravel).toEqual({
      input: {value: 'yesterday', cursor: 9},
      error: `not a time: ${acceptedTimes}`,
      overlay: 'off',
    });
    // Cleared (Ctrl-U) and corrected, it holds.
    const held = after(bad, ['u', {ctrl: true}], ...typed('-30m'), enter);
    expect(held.timeTravel).toEqual({heldAt: now - 1_800_000, overlay: 'off'});
  });

  it('+/- still change the range while held', () => {
    const held = after(start, 't', ...typed('-1d'), enter, '+');
    expect(held.rangeSeconds).toBe(3 * 3600);
    expect(held.timeTravel.heldAt).toBe(now - 86_400_000);
  });

  it('t while held opens the input again; Esc there keeps the held time', () => {
    const held = after(start, 't', ...typed('-1d'), enter);
    const reopened = after(held, 't', ...typed('-2h'));
    expect(after(reopened, esc).timeTravel).toEqual({heldAt: now - 86_400_000, overlay: 'off'});
    expect(after(reopened, enter).timeTravel).toEqual({heldAt: now - 7_200_000, overlay: 'off'});
  });
});

describe('Esc, in order: the input, the help, the zoom, then back to live', () => {
  const held = after(start, 't', ...typed('-1d'), enter);

  it('closes the input first, the time as it was', () => {
    const state = after(held, 't', esc);
    expect(state.timeTravel).toEqual({heldAt: now - 86_400_000, overlay: 'off'});
  });

  it('then the help overlay', () => {
    const state = after(held, '?', esc);
    expect(state.helpOpen).toBe(false);
    expect(state.timeTravel.heldAt).toBe(now - 86_400_000);
  });

  it('then the zoom (with its overlay), and only then returns to live', () => {
    const zoomed = after(held, enter, 'o');
    expect(zoomed.timeTravel).toEqual({heldAt: now - 86_400_000, overlay: '1d'});
    const unzoomed = after(zoomed, esc);
    expect(unzoomed.zoomed).toBe(false);
    expect(unzoomed.timeTravel).toEqual({heldAt: now - 86_400_000, overlay: 'off'});
    expect(after(unzoomed, esc).timeTravel).toEqual(liveTime);
  });

  it('on a live dashboard Esc changes nothing', () => {
    expect(after(start, esc)).toBe(start);
  });
});

describe('the overlay', () => {
  it('o cycles off, 1 day, 1 week, off in a zoomed panel only', () => {
    const zoomed = after(start, enter);
    expect([1, 2, 3].map((count) => after(zoomed, ...Array<Press>(count).fill('o')))).toEqual(
      ['1d', '1w', 'off'].map((overlay) => ({...zoomed, timeTravel: {overlay}})),
    );
    expect(after(start, 'o')).toBe(start);
  });

  it('starts off at each zoom', () => {
    const zoomed = after(start, enter, 'o');
    // Another dashboard drops the zoom; zooming there starts without the overlay.
    expect(after(zoomed, '2', enter).timeTravel.overlay).toBe('off');
  });

  it('looks back a day or a week', () => {
    expect(overlaySeconds('off')).toBe(0);
    expect(overlaySeconds('1d')).toBe(86_400);
    expect(overlaySeconds('1w')).toBe(604_800);
    expect(nextOverlay({overlay: '1w'})).toEqual({overlay: 'off'});
  });
});

describe('in a replay', () => {
  it('t and o open the line saying why time travel is off; Enter holds nothing', () => {
    const opened = press(start, replaying, 't', ...typed('-2h'), enter).state;
    expect(opened.timeTravel).toEqual({
      input: {value: '-2h', cursor: 3},
      error: replayOff,
      overlay: 'off',
    });
    const zoomed = press(start, replaying, enter, 'o').state;
    expect(zoomed.timeTravel).toEqual({
      input: {value: '', cursor: 0},
      error: replayOff,
      overlay: 'off',
    });
    expect(press(zoomed, replaying, esc).state.timeTravel).toEqual(liveTime);
  });
});

describe('the pure steps', () => {
  it('leave an unchanged state the same object', () => {
    expect(closeTimeInput(liveTime)).toBe(liveTime);
    expect(goLive(liveTime)).toBe(liveTime);
  });
});
