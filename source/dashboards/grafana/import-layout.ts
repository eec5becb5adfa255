// Where panels sit: Grafana's `panels[]` with their `gridPos` (schema 16 and later), cut into
// sections at each row panel. An open row holds the panels after it up to the next row; a
// collapsed row holds its own nested `panels`; panels before the first row make an untitled
// section. Positions are made whole and kept within the 24 columns.
import type {GridPos} from '../spec.js';
import {arrayOf, isTrue, lineOf, numberOf, objectOf, type JsonObject} from './json-value.js';

export const gridColumns = 24;

/** A panel as placed, before it is read. */
export type PlacedPanel = {readonly raw: JsonObject; readonly grid: GridPos};

export type Section = {
  readonly title?: string;
  readonly collapsed?: boolean;
  readonly panels: readonly PlacedPanel[];
};

const whole = (value: unknown, min: number, max: number, fallback: number): number => {
  const number = numberOf(value);
  return number === undefined ? fallback : Math.min(max, Math.max(min, Math.round(number)));
};

/** A gridPos within the grid; `below` is where a panel without one goes. */
export function gridOf(value: unknown, below: number): GridPos {
  const fields = objectOf(value);
  if (fields === undefined) return {x: 0, y: below, w: gridColumns, h: 8};
  const w = whole(fields['w'], 1, gridColumns, 12);
  const x = whole(fields['x'], 0, gridColumns - w, 0);
  return {x, y: whole(fields['y'], 0, 1e6, below), w, h: whole(fields['h'], 1, 1000, 8)};
}

const byPosition = (a: PlacedPanel, b: PlacedPanel): number =>
  a.grid.y - b.grid.y || a.grid.x - b.grid.x;

function place(panels: readonly unknown[], start: number): PlacedPanel[] {
  let bottom = start;
  return panels.flatMap((each) => {
    const raw = objectOf(each);
    if (raw === undefined) return [];
    const grid = gridOf(raw['gridPos'], bottom);
    bottom = Math.max(bottom, grid.y + grid.h);
    return [{raw, grid}];
  });
}

/**
 * A row's section: a collapsed row carries its own panels (an open one should carry none, but
 * keeps any it does). Panels after a collapsed row, outside it, are shown below it untitled.
 */
function rowSections({raw: row, grid}: PlacedPanel, open: readonly PlacedPanel[]): Section[] {
  const title = lineOf(row['title']) ?? '';
  const collapsed = isTrue(row['collapsed']);
  // A nested panel without a position goes below the row's title.
  const own = place(arrayOf(row['panels']), grid.y + 1).filter(
    (panel) => panel.raw['type'] !== 'row',
  );
  const panels = [...own, ...(collapsed ? [] : open)].sort(byPosition);
  const section = {...(title === '' ? {} : {title}), collapsed, panels};
  return collapsed && open.length > 0 ? [section, {panels: open}] : [section];
}

/** The sections of a dashboard with `panels[]`. */
export function importLayout(panels: readonly unknown[]): Section[] {
  const placed = place(panels, 0).sort(byPosition);
  const sections: Section[] = [];
  let row: PlacedPanel | undefined;
  let open: PlacedPanel[] = [];
  const close = () => {
    if (row !== undefined) sections.push(...rowSections(row, open));
    else if (open.length > 0) sections.push({panels: open});
  };
  for (const panel of placed) {
    if (panel.raw['type'] !== 'row') {
      open.push(panel);
      continue;
    }
    close();
    row = panel;
    open = [];
  }
  close();
  return sections;
}
