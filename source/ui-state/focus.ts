// Focus movement in a dashboard's grid of rows, as a pure function. Left and right stay within the
// row; up and down go to the panel of the next row that overlaps the focused one most, horizontally.
import type {RowSpec} from '../dashboards/spec.js';

export type PanelPosition = {readonly row: number; readonly column: number};
export type Direction = 'left' | 'right' | 'up' | 'down';

/** Each panel's horizontal extent in its row as fractions [start, end) of the row's width. */
export function panelSpans(row: RowSpec): readonly (readonly [number, number])[] {
  const weights = row.panels.map((panel) => panel.width ?? 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let start = 0;
  return weights.map((weight) => {
    const span = [start / total, (start + weight) / total] as const;
    start += weight;
    return span;
  });
}

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));

export function moveFocus(
  rows: readonly RowSpec[],
  from: PanelPosition,
  direction: Direction,
): PanelPosition {
  const row = rows[from.row];
  if (row === undefined) return {row: 0, column: 0};
  if (direction === 'left' || direction === 'right') {
    const step = direction === 'left' ? -1 : 1;
    return {row: from.row, column: clamp(from.column + step, 0, row.panels.length - 1)};
  }
  const target = from.row + (direction === 'up' ? -1 : 1);
  const targetRow = rows[target];
  if (targetRow === undefined) return from;
  const [start, end] = panelSpans(row)[from.column] ?? [0, 0];
  let best = 0;
  let bestOverlap = -1;
  panelSpans(targetRow).forEach(([spanStart, spanEnd], column) => {
    const overlap = Math.min(end, spanEnd) - Math.max(start, spanStart);
    if (overlap > bestOverlap + 1e-9) {
      best = column;
      bestOverlap = overlap;
    }
  });
  return {row: target, column: best};
}
