// A grid dashboard's keys through matchKey and updateUi, with the geometry the layout gives at
// 80x24 (20 lines shown of 55; test/view-models/grid-layout.test.ts pins the boxes): PgUp/PgDn,
// Home/End, the focus by the geometry with the view following it, and sections collapsed and
// opened with `c` and Enter.
import {describe, expect, it} from 'vitest';
import {collapsedSections, scrollTopOf} from '../../source/ui-state/grid-scroll.js';
import type {UiEnv, UiState} from '../../source/ui-state/types.js';
import {initialUiState} from '../../source/ui-state/ui-state.js';
import {layoutDashboard} from '../../source/view-models/layout.js';
import {fixtureGrid} from '../fixtures/dashboards/grid.js';
import {fixtureOverview} from '../fixtures/dashboards/overview.js';
import {down, enter, left, press, right, up, type Press} from './press.js';

const pageUp: Press = ['', {pageUp: true}];
const pageDown: Press = ['', {pageDown: true}];
const home: Press = ['', {home: true}];
const end: Press = ['', {end: true}];

/** The env the app gives for the state: the layout's geometry at this state's scroll. */
function envOf(state: UiState, columns = 80, rows = 24): UiEnv {
  const layout = layoutDashboard(fixtureGrid, {columns, rows}, undefined, undefined, {
    top: scrollTopOf(state),
    collapsed: collapsedSections(fixtureGrid, state.grid),
  });
  const grid = layout.kind === 'dashboard' ? layout.gridView?.geometry : undefined;
  return {dashboards: [fixtureGrid], grid};
}

/** Keys one at a time, each with the geometry of the state before it, as the app runs them. */
function keys(...pressed: readonly Press[]): UiState {
  return pressed.reduce(
    (state, one) => press(state, envOf(state), one).state,
    initialUiState(0, 3600),
  );
}

/** Where the focus is (row, column; column -1 a section's title) and the first line shown. */
const where = (state: UiState) => [state.focus.row, state.focus.column, scrollTopOf(state)];

describe('grid dashboard keys at 80x24', () => {
  it.each<[string, readonly Press[], readonly number[]]>([
    ['nothing pressed', [], [0, 0, 0]],
    // A page is the 20 lines shown less one; the focus, scrolled out, goes to the first box
    // shown whole: the collapsed Disk section's title, at line 19.
    ['PgDn', [pageDown], [2, -1, 19]],
    [
      'PgDn PgDn: the last screen, head-chunks the first box shown whole',
      [pageDown, pageDown],
      [4, 0, 35],
    ],
    ['PgDn PgUp', [pageDown, pageUp], [2, -1, 0]],
    // End: lines 35-54; the first box shown whole is head-chunks (39-46).
    ['End', [end], [4, 0, 35]],
    ['End Home: the first panel again', [end, home], [0, 0, 0]],
    ['j: the panel below, overlapping', ['j'], [1, 0, 0]],
    ['l j: under targets (x 20-40) is cpu (x 0-40), which overlaps it', ['l', 'j'], [1, 0, 0]],
    ['l l l j: under goroutines is memory', ['l', 'l', 'l', 'j'], [1, 1, 0]],
    ['j j: heap under cpu', ['j', 'j'], [1, 2, 0]],
    ['j j l: gc beside heap', ['j', 'j', 'l'], [1, 3, 0]],
    ['j j l h: heap again', ['j', 'j', 'l', 'h'], [1, 2, 0]],
    ['j j j: the collapsed Disk title, shown', ['j', 'j', 'j'], [2, -1, 0]],
    // requests (lines 21-29) is brought into view: its bottom at the screen's last line.
    ['j j j j: requests, scrolled to', ['j', 'j', 'j', 'j'], [3, 0, 10]],
    ['arrows as hjkl', [down, down, right, left, up], [1, 0, 0]],
    ['k at the top stays', ['k'], [0, 0, 0]],
  ])('%s', (_name, pressed, expected) => {
    expect(where(keys(...pressed))).toEqual(expected);
  });

  it('c collapses the focused section to its title; c again opens it at its first panel', () => {
    const collapsed = keys('j', 'c');
    expect(where(collapsed)).toEqual([1, -1, 0]);
    expect([...collapsedSections(fixtureGrid, collapsed.grid)]).toEqual([1, 2]);
    const opened = press(collapsed, envOf(collapsed), 'c').state;
    expect(where(opened)).toEqual([1, 0, 0]);
    expect([...collapsedSections(fixtureGrid, opened.grid)]).toEqual([2]);
  });

  it('Enter on a collapsed title opens the section; Enter on a panel still zooms', () => {
    const opened = keys('j', 'j', 'j', enter);
    expect(where(opened)).toEqual([2, 0, 0]);
    expect(opened.zoomed).toBe(false);
    expect([...collapsedSections(fixtureGrid, opened.grid)]).toEqual([]);
    expect(keys('j', enter).zoomed).toBe(true);
  });

  it('c on the untitled first section does nothing', () => {
    const state = keys('c');
    expect(state).toEqual(initialUiState(0, 3600));
  });

  it('another dashboard starts at its top, and so does this one shown again', () => {
    const scrolled = keys(pageDown, 'c');
    const env = {...envOf(scrolled), dashboards: [fixtureGrid, fixtureOverview]};
    const other = press(scrolled, env, '2').state;
    expect(scrollTopOf(other)).toBe(0);
    const back = press(other, env, '1').state;
    expect(where(back)).toEqual([0, 0, 0]);
    // The sections stay as they were left: Disk opened by `c` on its title.
    expect([...collapsedSections(fixtureGrid, back.grid)]).toEqual([]);
  });
});

describe('scroll keys on a fill dashboard', () => {
  const env: UiEnv = {dashboards: [fixtureOverview]};
  const state = initialUiState(0, 3600);

  it('PgUp/PgDn and c do nothing; Home/End still jump the replay', () => {
    expect(press(state, env, pageDown, pageUp, 'c')).toEqual({state, effects: []});
    expect(press(state, env, home, end).effects).toEqual([
      {type: 'replay', action: 'replayToStart'},
      {type: 'replay', action: 'replayToEnd'},
    ]);
  });
});

describe('grid dashboard keys that act on the focused panel', () => {
  it('zoomed, j goes from panel to panel past the collapsed title', () => {
    const zoomed = keys('j', 'j', enter, 'j');
    expect([zoomed.zoomed, ...where(zoomed)]).toEqual([true, 3, 0, 10]);
  });

  it('on a collapsed title, d, y and e find no panel and change nothing', () => {
    const onTitle = keys('j', 'j', 'j');
    for (const key of ['d', 'y', 'e']) {
      const {state, effects} = press(onTitle, envOf(onTitle), key);
      expect([key, state.drill, state.prompt, effects]).toEqual([key, undefined, undefined, []]);
    }
  });
});

describe('a grid dashboard that opens on a collapsed section', () => {
  const diskFirst = {...fixtureGrid, rows: fixtureGrid.rows.slice(2)};
  const env = (state: UiState): UiEnv => {
    const layout = layoutDashboard(diskFirst, {columns: 80, rows: 24}, undefined, undefined, {
      top: scrollTopOf(state),
      collapsed: collapsedSections(diskFirst, state.grid),
    });
    return {
      dashboards: [diskFirst],
      grid: layout.kind === 'dashboard' ? layout.gridView?.geometry : undefined,
    };
  };

  it('takes Enter on its first panel as on the title: the section opens', () => {
    const state = initialUiState(0, 3600);
    const opened = press(state, env(state), enter).state;
    expect([opened.zoomed, ...where(opened)]).toEqual([false, 0, 0, 0]);
    expect([...collapsedSections(diskFirst, opened.grid)]).toEqual([]);
  });
});
