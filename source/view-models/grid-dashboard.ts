// A grid dashboard (layout 'grid') on screen: its content laid out across the grid's width
// (grid-layout.ts) and the part shown from the scroll position (grid-view.ts). layout.ts calls it.
import type {DashboardSpec, PanelSpec} from '../dashboards/spec.js';
import {collapsedSections} from '../ui-state/grid-scroll.js';
import {gridContent} from './grid-layout.js';
import {viewGrid, type GridView} from './grid-view.js';

/** What the UI state says of a grid dashboard: its first line shown, its collapsed sections. */
export type GridInput = {readonly top: number; readonly collapsed: ReadonlySet<number>};

type Box = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

export type GridLayout = {
  readonly view: GridView;
  /** Every panel of the open sections at its full size, shown or not (their chart widths). */
  readonly all: readonly (Box & {readonly panel: PanelSpec})[];
};

export function gridLayout(
  dashboard: DashboardSpec,
  grid: Box,
  given: GridInput | undefined,
): GridLayout {
  const input = given ?? {top: 0, collapsed: collapsedSections(dashboard, undefined)};
  const content = gridContent(dashboard, grid.width, input.collapsed);
  const view = viewGrid(dashboard, content, grid, input.top);
  const all = content.boxes.flatMap((box) => {
    const panel = dashboard.rows[box.position.row]?.panels[box.position.column];
    return panel === undefined ? [] : [{...box, panel}];
  });
  return {view, all};
}

/** Zoomed, only the zoomed panel is on screen. */
export const zoomedOnly = (view: GridView, panel: PanelSpec): GridView => ({
  ...view,
  visiblePanelIds: new Set([panel.id]),
});
