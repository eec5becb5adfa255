// A grid dashboard's scrolling and sections, as pure functions of the UI state and the geometry
// the layout placed (grid-focus.ts): PgUp/PgDn scroll by a screen, Home/End to the top and the
// bottom, the focus moves by the geometry and the view follows it, and `c` (or Enter on a
// collapsed section's title) opens or collapses the focused section. The scroll position belongs
// to the dashboard shown: another dashboard starts at its top.
import type {DashboardSpec} from '../dashboards/spec.js';
import type {Direction, PanelPosition} from './focus.js';
import {focusedBox, moveGridFocus, titleColumn, type GridGeometry} from './grid-focus.js';

export type GridScroll = {
  /** The dashboard (by index) the scroll position is of. */
  readonly dashboardIndex: number;
  /** The first content line shown. */
  readonly top: number;
  /** Sections opened or collapsed by the user, by dashboard id then row index (else the spec's). */
  readonly sections: Readonly<Record<string, Readonly<Record<number, boolean>>>>;
};

/** What grid scrolling reads and changes of the UI state. */
type Scrolled = {
  readonly dashboardIndex: number;
  readonly focus: PanelPosition;
  readonly grid?: GridScroll | undefined;
};

/** The scroll keys, in the order of their bindings' keys (scrollPage's, then scrollEnds'). */
export const scrollMoves = ['pageUp', 'pageDown', 'top', 'bottom'] as const;
export type ScrollMove = (typeof scrollMoves)[number];

/** The first line shown of the dashboard shown (0 until it is scrolled). */
export const scrollTopOf = (state: Scrolled): number =>
  state.grid?.dashboardIndex === state.dashboardIndex ? state.grid.top : 0;

/** Another dashboard shown: it starts at its top (its sections stay as the user left them). */
export const atTop = (grid: GridScroll | undefined): GridScroll | undefined =>
  grid === undefined || grid.top === 0 ? grid : {...grid, top: 0};

/** Row indices of the dashboard's sections shown collapsed: the user's choice, else the spec's. */
export function collapsedSections(
  dashboard: DashboardSpec,
  grid: GridScroll | undefined,
): ReadonlySet<number> {
  const chosen = grid?.sections[dashboard.id] ?? {};
  const collapsed = new Set<number>();
  dashboard.rows.forEach((row, index) => {
    if (row.title !== undefined && (chosen[index] ?? row.collapsed === true)) collapsed.add(index);
  });
  return collapsed;
}

const clampTop = (top: number, geometry: GridGeometry): number =>
  Math.max(0, Math.min(top, geometry.height - geometry.viewport));

function withTop<State extends Scrolled>(state: State, top: number): State {
  const grid = state.grid ?? {dashboardIndex: state.dashboardIndex, top: 0, sections: {}};
  if (grid.dashboardIndex === state.dashboardIndex && grid.top === top) return state;
  return {...state, grid: {...grid, dashboardIndex: state.dashboardIndex, top}};
}

/** The top that shows the focused box whole (its first lines when it is taller than the view). */
function following(geometry: GridGeometry, focus: PanelPosition, top: number): number {
  const box = focusedBox(geometry, focus);
  if (box === undefined) return top;
  if (box.y < top || box.height > geometry.viewport) return box.y;
  if (box.y + box.height > top + geometry.viewport) return box.y + box.height - geometry.viewport;
  return top;
}

/** A scroll key; a focus scrolled out of view goes to the first box shown whole. */
export function scrollGrid<State extends Scrolled>(
  state: State,
  move: ScrollMove,
  geometry: GridGeometry,
): State {
  const top = scrollTopOf(state);
  const page = Math.max(1, geometry.viewport - 1);
  const next = clampTop(
    move === 'pageUp'
      ? top - page
      : move === 'pageDown'
        ? top + page
        : move === 'top'
          ? 0
          : geometry.height,
    geometry,
  );
  const scrolled = withTop(state, next);
  const box = focusedBox(geometry, state.focus);
  const end = next + geometry.viewport;
  if (box === undefined || (box.y >= next && box.y + box.height <= end)) return scrolled;
  const shown = geometry.boxes.find(
    (one) => one.focusable && one.y >= next && one.y + one.height <= end,
  );
  return shown === undefined ? scrolled : {...scrolled, focus: shown.position};
}

/** Arrows and hjkl: the focus moves by the geometry and the view follows it. */
export function moveGridFocusAndScroll<State extends Scrolled>(
  state: State,
  direction: Direction,
  geometry: GridGeometry,
): State {
  const focus = moveGridFocus(geometry, state.focus, direction);
  const moved =
    focus.row === state.focus.row && focus.column === state.focus.column
      ? state
      : {...state, focus};
  return withTop(moved, clampTop(following(geometry, focus, scrollTopOf(state)), geometry));
}

/**
 * Opens or collapses the focused section. Collapsed, the focus goes to its title line; opened,
 * to its first panel. Untitled sections (the panels before the first Grafana row) have no line
 * to collapse to.
 */
export function toggleSection<State extends Scrolled>(
  state: State,
  dashboard: DashboardSpec | undefined,
  geometry: GridGeometry | undefined,
): State {
  const row = dashboard?.rows[state.focus.row];
  if (dashboard === undefined || row?.title === undefined) return state;
  const grid = state.grid ?? {dashboardIndex: state.dashboardIndex, top: 0, sections: {}};
  const collapsed = collapsedSections(dashboard, grid).has(state.focus.row);
  const chosen = {...grid.sections[dashboard.id], [state.focus.row]: !collapsed};
  const column = collapsed && row.panels.length > 0 ? 0 : titleColumn;
  const focus = {row: state.focus.row, column};
  // The title line stays where it was: the view follows it (the panel opened is just below).
  const top = scrollTopOf(state);
  return {
    ...state,
    focus,
    grid: {
      ...grid,
      dashboardIndex: state.dashboardIndex,
      top: geometry === undefined ? top : clampTop(following(geometry, focus, top), geometry),
      sections: {...grid.sections, [dashboard.id]: chosen},
    },
  };
}
