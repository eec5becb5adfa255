// Where a grid dashboard's panels go (DashboardSpec.layout 'grid', Grafana's gridPos), in content
// lines before scrolling:
// - columns: Grafana's 24 columns across the terminal's width; column c's edge is at
//   round(c x width / 24), so that neighbours share an edge exactly and a full row fills the width;
// - lines: one grid unit (30 px in Grafana) is one line, and a panel gets at least the lines its
//   kind needs to draw (minimumHeight): Grafana's common heights (4 for a stat, 8 for a graph)
//   draw as they are at 80x24 and 160x48. Grid units no panel covers (gaps) take no line.
// - sections: each row of the spec is a section; a titled one starts with its title line
//   (`▾ CPU` open, `▸ Disk (12 panels)` collapsed) and a collapsed one shows only that line.
import type {DashboardSpec, GridPos, PanelKind, PanelSpec} from '../dashboards/spec.js';
import {sanitize} from '../text/sanitize.js';
import {titleColumn, type GridBox} from '../ui-state/grid-focus.js';

export const gridColumns = 24;

/** Lines a panel of this kind needs at least: its border and one line (a stat), or a small chart. */
export function minimumHeight(kind: PanelKind): number {
  if (kind === 'stat' || kind === 'text' || kind === 'unsupported') return 3;
  if (kind === 'gauge' || kind === 'bargauge') return 4;
  return 5;
}

/** A panel without a gridPos goes under the section's others, full width, 8 units high. */
const fallbackHeight = 8;

export type GridSection = {
  readonly row: number;
  /** The title line's text, or undefined for an untitled section (no line). */
  readonly title?: string;
  readonly collapsed: boolean;
  /** The title line's content line. */
  readonly y: number;
};

export type GridContent = {
  /** Panels of open sections and the title lines (column -1), in content lines. */
  readonly boxes: readonly GridBox[];
  readonly sections: readonly GridSection[];
  readonly height: number;
};

const columnEdge = (column: number, width: number): number =>
  Math.round((Math.max(0, Math.min(gridColumns, column)) * width) / gridColumns);

/** Each panel's grid position, with a fallback for panels that have none. */
function positions(panels: readonly PanelSpec[]): GridPos[] {
  let bottom = 0;
  for (const panel of panels)
    if (panel.grid) bottom = Math.max(bottom, panel.grid.y + panel.grid.h);
  return panels.map((panel) => {
    if (panel.grid !== undefined) return {...panel.grid, h: Math.max(1, panel.grid.h)};
    const grid = {x: 0, y: bottom, w: gridColumns, h: fallbackHeight};
    bottom += fallbackHeight;
    return grid;
  });
}

/** The content line of each grid edge (a panel's top or bottom), from the section's first. */
function lineOfEdges(panels: readonly PanelSpec[], grids: readonly GridPos[]): Map<number, number> {
  const edges = [...new Set(grids.flatMap((grid) => [grid.y, grid.y + grid.h]))].sort(
    (a, b) => a - b,
  );
  const lines = new Map<number, number>();
  let previous: number | undefined;
  for (const edge of edges) {
    if (previous === undefined) lines.set(edge, 0);
    else {
      const from = previous;
      const covered = grids.some((grid) => grid.y <= from && grid.y + grid.h >= edge);
      let line = (lines.get(from) ?? 0) + (covered ? edge - from : 0);
      grids.forEach((grid, index) => {
        const panel = panels[index];
        if (panel === undefined || grid.y + grid.h !== edge) return;
        line = Math.max(line, (lines.get(grid.y) ?? 0) + minimumHeight(panel.kind));
      });
      lines.set(edge, line);
    }
    previous = edge;
  }
  return lines;
}

const titleText = (title: string, collapsed: boolean, count: number): string =>
  collapsed
    ? `▸ ${sanitize(title)} (${count} ${count === 1 ? 'panel' : 'panels'})`
    : `▾ ${sanitize(title)}`;

/** The whole grid dashboard laid out `width` columns wide, sections `collapsed` by row index. */
export function gridContent(
  dashboard: DashboardSpec,
  width: number,
  collapsed: ReadonlySet<number>,
): GridContent {
  const boxes: GridBox[] = [];
  const sections: GridSection[] = [];
  let y = 0;
  dashboard.rows.forEach((row, rowIndex) => {
    const folded = row.title !== undefined && collapsed.has(rowIndex);
    if (row.title !== undefined) {
      sections.push({
        row: rowIndex,
        title: titleText(row.title, folded, row.panels.length),
        collapsed: folded,
        y,
      });
      const position = {row: rowIndex, column: titleColumn};
      boxes.push({position, x: 0, y, width, height: 1, focusable: folded});
      y += 1;
    } else sections.push({row: rowIndex, collapsed: false, y});
    if (folded || row.panels.length === 0) return;
    const grids = positions(row.panels);
    // The section's first grid edge is its first line.
    const lines = lineOfEdges(row.panels, grids);
    const top = y;
    grids.forEach((grid, column) => {
      const x = columnEdge(grid.x, width);
      const start = top + (lines.get(grid.y) ?? 0);
      const end = top + (lines.get(grid.y + grid.h) ?? 0);
      const box = {x, y: start, width: columnEdge(grid.x + grid.w, width) - x, height: end - start};
      // A panel too narrow for a box (w 0) is not drawn, so the focus never goes there.
      boxes.push({...box, position: {row: rowIndex, column}, focusable: box.width >= 2});
    });
    y = top + Math.max(...lines.values());
  });
  return {boxes, sections, height: y};
}
