// Where everything goes for a terminal size: header, panel grid, footer. Row heights follow the
// rows' height weights and panel widths the panels' width weights. The frame is one row shorter
// than the terminal: Ink 6 clears the whole screen on every update of a frame as tall as it.
import type {DashboardSpec, PanelSpec} from '../dashboards/spec.js';
import type {PanelPosition} from '../ui-state/focus.js';
import {gridLayout, zoomedOnly, type GridInput} from './grid-dashboard.js';
import type {GridView} from './grid-view.js';

export const minimumSize = {columns: 80, rows: 24} as const;
export const headerHeight = 2;
export const footerHeight = 1;

export type TerminalSize = {readonly columns: number; readonly rows: number};
export type Rect = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};
export type PanelPlacement = Rect & {readonly panel: PanelSpec; readonly position: PanelPosition};

/** Cells of chart a panel draws (one point per column) in a box of this size. */
export type ChartWidthOf = (
  panel: PanelSpec,
  box: {readonly width: number; readonly height: number},
  zoomed: boolean,
) => number;

/** Inside the border; a zoomed plot also leaves 10 cells for its value axis (zoom-view.ts). */
export const defaultChartWidth: ChartWidthOf = (_panel, box, zoomed) =>
  Math.max(1, zoomed ? box.width - 12 : box.width - 2);

export type DashboardLayout = {
  readonly kind: 'dashboard';
  readonly width: number;
  /** The frame's height: the terminal's rows minus one. */
  readonly height: number;
  readonly header: Rect;
  readonly grid: Rect;
  readonly footer: Rect;
  /** Every panel of the dashboard, or only the zoomed one filling the grid. */
  readonly panels: readonly PanelPlacement[];
  /** For the poller's plan, by panel id. */
  readonly chartWidths: Readonly<Record<string, number>>;
  /** A grid dashboard's (layout 'grid') view: sections, scrolling, the panels visible. */
  readonly gridView?: GridView;
};

export type TooSmallLayout = {
  readonly kind: 'tooSmall';
  readonly size: TerminalSize;
  readonly needed: TerminalSize;
};

export type Layout = DashboardLayout | TooSmallLayout;

/** `total` cells shared by weight; remainders go to the largest fractions, earlier ones first. */
export function splitByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const sizes = exact.map(Math.floor);
  let left = total - sizes.reduce((acc, size) => acc + size, 0);
  const byRemainder = exact
    .map((value, index) => ({index, remainder: value - Math.floor(value)}))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const {index} of byRemainder) {
    if (left <= 0) break;
    sizes[index] = (sizes[index] ?? 0) + 1;
    left -= 1;
  }
  return sizes;
}

function gridPlacements(dashboard: DashboardSpec, grid: Rect): PanelPlacement[] {
  const heights = splitByWeight(
    grid.height,
    dashboard.rows.map((row) => row.height ?? 1),
  );
  let y = grid.y;
  return dashboard.rows.flatMap((row, rowIndex) => {
    const height = heights[rowIndex] ?? 0;
    const widths = splitByWeight(
      grid.width,
      row.panels.map((panel) => panel.width ?? 1),
    );
    let x = grid.x;
    const placements = row.panels.map((panel, column) => {
      const width = widths[column] ?? 0;
      const placement = {panel, position: {row: rowIndex, column}, x, y, width, height};
      x += width;
      return placement;
    });
    y += height;
    return placements;
  });
}

export function layoutDashboard(
  dashboard: DashboardSpec,
  size: TerminalSize,
  zoomed: PanelPosition | undefined,
  chartWidthOf: ChartWidthOf = defaultChartWidth,
  /** A grid dashboard's scroll and sections; at its top, sections as the spec says, if absent. */
  scroll?: GridInput,
): Layout {
  if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) {
    return {kind: 'tooSmall', size, needed: minimumSize};
  }
  const width = size.columns;
  const height = size.rows - 1;
  const grid = {x: 0, y: headerHeight, width, height: height - headerHeight - footerHeight};
  const gridded = dashboard.layout === 'grid' ? gridLayout(dashboard, grid, scroll) : undefined;
  const placements = gridded?.view.placements ?? gridPlacements(dashboard, grid);
  const chartWidths: Record<string, number> = {};
  for (const placement of gridded?.all ?? placements) {
    chartWidths[placement.panel.id] = chartWidthOf(placement.panel, placement, false);
  }
  const zoomedPanel =
    zoomed === undefined ? undefined : dashboard.rows[zoomed.row]?.panels[zoomed.column];
  const panels =
    zoomed === undefined || zoomedPanel === undefined
      ? placements
      : [{...grid, panel: zoomedPanel, position: zoomed}];
  if (zoomedPanel !== undefined)
    chartWidths[zoomedPanel.id] = chartWidthOf(zoomedPanel, grid, true);
  return {
    kind: 'dashboard',
    width,
    height,
    header: {x: 0, y: 0, width, height: headerHeight},
    grid,
    footer: {x: 0, y: height - footerHeight, width, height: footerHeight},
    panels,
    chartWidths,
    // Zoomed, only the zoomed panel is seen (and queried).
    ...(gridded === undefined
      ? {}
      : {
          gridView:
            zoomedPanel === undefined ? gridded.view : zoomedOnly(gridded.view, zoomedPanel),
        }),
  };
}
