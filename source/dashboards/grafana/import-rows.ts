// The layout of dashboards saved before schema 16: `rows[]`, each `height` px tall (a number or
// "250px"), with panels `span` twelfths wide. Positions follow Grafana's own migration: 24
// columns, a grid row per 38 px (a 30 px cell and its 8 px margin), at least 3 rows, panels
// flowing left to right and wrapping; rows become titled sections when any row shows its title,
// collapses or repeats, else all panels make one untitled section.
import type {GridPos} from '../spec.js';
import {gridColumns, type PlacedPanel, type Section} from './import-layout.js';
import {
  arrayOf,
  isTrue,
  lineOf,
  numberOf,
  objectOf,
  stringOf,
  type JsonObject,
} from './json-value.js';

const pixelsPerGridRow = 38;
const minPixels = 90;
const defaultRowPixels = 250;
const defaultSpan = 4;

/** `250`, `"250px"` -> grid rows. */
export function gridHeight(height: unknown): number {
  const pixels = numberOf(stringOf(height)?.replace(/px$/, '') ?? height) ?? defaultRowPixels;
  return Math.min(1000, Math.ceil(Math.max(minPixels, pixels) / pixelsPerGridRow));
}

/** Panels of one row, flowing from `top`; returns them and how many grid rows they take. */
function flow(
  panels: readonly unknown[],
  top: number,
  rowHeight: number,
): {placed: PlacedPanel[]; height: number} {
  const placed: PlacedPanel[] = [];
  let x = 0;
  let y = top;
  let lineHeight = 0;
  for (const each of panels) {
    const raw = objectOf(each);
    if (raw === undefined) continue;
    const span = numberOf(raw['span']) ?? defaultSpan;
    const w = Math.min(gridColumns, Math.max(1, Math.floor(span) * 2));
    const h = raw['height'] === undefined ? rowHeight : gridHeight(raw['height']);
    if (x + w > gridColumns) {
      y += lineHeight;
      x = 0;
      lineHeight = 0;
    }
    const grid: GridPos = {x, y, w, h};
    placed.push({raw, grid});
    x += w;
    lineHeight = Math.max(lineHeight, h);
  }
  return {placed, height: Math.max(rowHeight, y - top + lineHeight)};
}

export function importRows(rows: readonly unknown[]): Section[] {
  const all = rows.flatMap((row) => {
    const fields = objectOf(row);
    return fields === undefined ? [] : [fields];
  });
  const titled = all.some(
    (row) =>
      isTrue(row['collapse']) || isTrue(row['showTitle']) || (stringOf(row['repeat']) ?? '') !== '',
  );
  const sections: Section[] = [];
  let y = 0;
  for (const row of all) {
    if (titled) y += 1;
    const {placed, height} = flow(arrayOf(row['panels']), y, gridHeight(row['height']));
    const collapsed = isTrue(row['collapse']);
    if (!collapsed) y += height;
    sections.push(titled ? section(row, collapsed, placed) : {panels: placed});
  }
  return titled ? sections : [{panels: sections.flatMap((each) => each.panels)}];
}

function section(row: JsonObject, collapsed: boolean, panels: PlacedPanel[]): Section {
  const title = lineOf(row['title']) ?? '';
  return {...(title === '' ? {} : {title}), collapsed, panels};
}
