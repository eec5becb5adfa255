// Exploring a zoomed panel through the key table and the UI reducer: the cursor, the legend's
// selection, hide and solo, the `/` filter, and when the exploration starts afresh.
import {describe, expect, it} from 'vitest';
import type {InputKey} from '../../source/keys/match-key.js';
import type {UiEnv, UiState} from '../../source/ui-state/types.js';
import {initialUiState, keyContextOf} from '../../source/ui-state/ui-state.js';
import {
  initialZoomExplore,
  jumpColumns,
  type ZoomEnv,
  type ZoomExplore,
} from '../../source/ui-state/zoom-explore.js';
import {enter, esc, left, press, right, tab, twoDashboards, type Press} from './press.js';

// Ink 6.8 reads `\x1b[1;2D` / `\x1b[1;2C` as the arrows with shift (test/components checks that).
const shiftLeft: Press = ['', {leftArrow: true, shift: true} satisfies InputKey];
const shiftRight: Press = ['', {rightArrow: true, shift: true} satisfies InputKey];
const space: Press = ' ';

/** 50 columns a minute apart ending at `end`; three series in the legend. */
const end = 1_800_000_000;
const zoom: ZoomEnv = {start: end - 49 * 60, end, columns: 50, series: ['0 a', '0 b', '0 c']};
const env: UiEnv = {dashboards: twoDashboards, zoom};
const zoomed = press(initialUiState(0, 3600), env, enter).state;
const after = (state: UiState, ...keys: Press[]): UiState => press(state, env, ...keys).state;
const explored = (state: UiState, ...keys: Press[]): ZoomExplore => after(state, ...keys).explore;
const at = (overrides: Partial<ZoomExplore>): ZoomExplore => ({
  ...initialZoomExplore,
  ...overrides,
});

describe('the cursor', () => {
  it('comes on at the newest column, moves a column per ←/→ and a tenth with Shift', () => {
    expect(jumpColumns(50)).toBe(5);
    expect(explored(zoomed, left)).toEqual(at({cursorAt: end}));
    expect(explored(zoomed, right)).toEqual(at({cursorAt: end}));
    expect(explored(zoomed, left, left)).toEqual(at({cursorAt: end - 60}));
    expect(explored(zoomed, left, shiftLeft)).toEqual(at({cursorAt: end - 300}));
    expect(explored(zoomed, left, shiftLeft, shiftLeft, right)).toEqual(at({cursorAt: end - 540}));
  });

  it('stays within the plot', () => {
    const keys = new Array<Press>(12).fill(shiftLeft);
    expect(explored(zoomed, left, ...keys)).toEqual(at({cursorAt: zoom.start}));
    expect(explored(zoomed, left, ...keys, left)).toEqual(at({cursorAt: zoom.start}));
    expect(explored(zoomed, left, shiftRight, right)).toEqual(at({cursorAt: end}));
  });

  it('holds its time as new data moves the plot, and moves on from the plot’s edge', () => {
    const cursor = after(zoomed, left, shiftLeft);
    // Two minutes later the plot starts two columns on; the cursor time is the same.
    const later: UiEnv = {...env, zoom: {...zoom, start: zoom.start + 120, end: end + 120}};
    expect(press(cursor, later, ['', {}]).state.explore).toEqual(at({cursorAt: end - 300}));
    expect(press(cursor, later, right).state.explore).toEqual(at({cursorAt: end - 240}));
    // A cursor that has fallen off the plot's start moves on from its first column.
    const old = {...zoomed, explore: at({cursorAt: zoom.start - 3600})};
    expect(explored(old, right)).toEqual(at({cursorAt: zoom.start + 60}));
  });

  it('Esc removes the cursor first, then leaves the zoom', () => {
    const cursor = after(zoomed, left);
    const once = after(cursor, esc);
    expect([once.zoomed, once.explore]).toEqual([true, initialZoomExplore]);
    const twice = after(cursor, esc, esc);
    expect([twice.zoomed, twice.explore]).toEqual([false, initialZoomExplore]);
  });

  it('does nothing on a panel without a plot; ←/→ do not change screens in the zoom', () => {
    const noPlot: UiEnv = {dashboards: twoDashboards};
    expect(press(zoomed, noPlot, left, right, shiftLeft, '/').state).toBe(zoomed);
  });
});

describe('the screens from a zoom', () => {
  it('Tab and the number keys still change screens, and the exploration starts afresh', () => {
    const cursor = after(zoomed, left, 'n', space);
    expect(after(cursor, tab)).toMatchObject({dashboardIndex: 1, zoomed: false});
    expect(after(cursor, tab).explore).toBe(initialZoomExplore);
    expect(after(cursor, '2').explore).toBe(initialZoomExplore);
  });

  it('zooming another panel (focus keys in the zoom) starts afresh; help over it keeps it', () => {
    const cursor = after(zoomed, left);
    const moved = after(cursor, 'j');
    expect([moved.zoomed, moved.focus, moved.explore]).toEqual([
      true,
      {row: 1, column: 0},
      initialZoomExplore,
    ]);
    expect(after(cursor, '?', esc)).toEqual(cursor);
  });
});

describe('the legend', () => {
  it('n/N select the next/previous series, around the ends', () => {
    expect(explored(zoomed, 'n')).toEqual(at({selected: '0 a'}));
    expect(explored(zoomed, 'n', 'n', 'n', 'n')).toEqual(at({selected: '0 a'}));
    expect(explored(zoomed, 'N')).toEqual(at({selected: '0 c'}));
    expect(explored(zoomed, 'N', 'N')).toEqual(at({selected: '0 b'}));
  });

  it('Space hides and shows the selected series (the first without a selection)', () => {
    expect(explored(zoomed, space)).toEqual(at({selected: '0 a', hidden: ['0 a']}));
    expect(explored(zoomed, 'n', 'n', space, 'n', space)).toEqual(
      at({selected: '0 c', hidden: ['0 b', '0 c']}),
    );
    expect(explored(zoomed, space, space)).toEqual(at({selected: '0 a', hidden: []}));
  });

  it('s solos the selected series; s on it again brings every series back', () => {
    expect(explored(zoomed, 'n', 'n', 's')).toEqual(at({selected: '0 b', solo: '0 b'}));
    expect(explored(zoomed, space, 'n', 's', 's')).toEqual(at({selected: '0 b'}));
    // Soloing another moves the solo.
    expect(explored(zoomed, 's', 'n', 's')).toEqual(at({selected: '0 b', solo: '0 b'}));
  });

  it('a selection the legend no longer shows falls back to its first series', () => {
    const gone = {...zoomed, explore: at({selected: '0 z'})};
    expect(explored(gone, space)).toEqual(at({selected: '0 a', hidden: ['0 a']}));
  });
});

describe('the / filter', () => {
  it('takes typed text (q is text, not quit); Enter keeps it, Esc clears it', () => {
    const typing = press(zoomed, env, '/', 'c', 'h', 'q');
    expect(keyContextOf(typing.state)).toBe('filter');
    expect(typing.effects).toEqual([]);
    expect(typing.state.explore).toEqual(at({filter: {value: 'chq', cursor: 3}, filtering: true}));
    const kept = after(typing.state, ['', {backspace: true}], enter);
    expect([keyContextOf(kept), kept.explore]).toEqual([
      'zoom',
      at({filter: {value: 'ch', cursor: 2}}),
    ]);
    // `/` again edits the kept text; Esc clears it and gives the keys back to the zoom.
    expect(explored(kept, '/', esc)).toEqual(initialZoomExplore);
    expect(after(kept, '/', esc).zoomed).toBe(true);
  });
});

describe("a query result's chart", () => {
  // `:` up Enter: the result of the query prompt, a zoomed panel of its own over the dashboard.
  const result = after(initialUiState(0, 3600), ':', 'u', 'p', enter);

  it('takes the same keys: cursor, legend, filter; Esc takes the cursor, then the result', () => {
    expect(keyContextOf(result)).toBe('query');
    expect(explored(result, left, left)).toEqual(at({cursorAt: end - 60}));
    expect(explored(result, 'n', space)).toEqual(at({selected: '0 a', hidden: ['0 a']}));
    const filtering = after(result, '/');
    expect(keyContextOf(filtering)).toBe('filter');
    const cursor = after(result, left);
    expect(after(cursor, esc)).toEqual(result);
    expect(after(result, esc).query).toBeUndefined();
  });

  it('starts afresh for another result', () => {
    const cursor = after(result, left);
    const another = after(cursor, ':', 'x', enter);
    expect([another.query?.panel.queries[0]?.expr, another.explore]).toEqual([
      'x',
      initialZoomExplore,
    ]);
  });
});
