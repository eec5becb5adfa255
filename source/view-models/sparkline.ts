// Sparklines: one point per column on the query's RangeWindow grid, block characters by height.
// A missing sample is a gap (a space), never zero; NaN and ±Inf cannot be placed on a scale and are
// gaps too.
import type {RangeWindow, Sample} from '../prometheus/types.js';

export const blocks = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** One value per grid column (start, start+step, ... end); undefined where there is no sample. */
export type Column = number | undefined;

/** The number of points of a window: (end - start) / step + 1. */
export const windowColumns = (window: RangeWindow): number =>
  window.step > 0 ? Math.floor((window.end - window.start) / window.step) + 1 : 0;

/** Samples placed on the window's grid: a sample at time t goes to column (t - start) / step. */
export function toColumns(samples: readonly Sample[], window: RangeWindow): Column[] {
  const columns: Column[] = new Array<Column>(windowColumns(window)).fill(undefined);
  for (const [time, value] of samples) {
    const column = Math.round((time - window.start) / window.step);
    if (column >= 0 && column < columns.length) columns[column] = value;
  }
  return columns;
}

export type Scale = {readonly min: number; readonly max: number};

/** min and max of the finite values, or undefined when there are none. */
export function scaleOf(values: readonly Column[]): Scale | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value === undefined || !Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? {min, max} : undefined;
}

/**
 * Exactly `width` columns: more are merged (each cell shows the largest finite value of its share
 * of columns, so spikes stay visible; a gap when it has none), fewer are padded with gaps on the
 * left so that the most recent point stays at the right edge.
 */
export function fitColumns(values: readonly Column[], width: number): Column[] {
  if (width <= 0) return [];
  if (values.length <= width) {
    return [...new Array<Column>(width - values.length).fill(undefined), ...values];
  }
  return spread(values, width);
}

/**
 * Exactly `width` columns spanning the same time as `values`, for charts with a time axis: more are
 * merged as fitColumns does, fewer are widened (a point covers one or two cells), never padded.
 */
export function stretchColumns(values: readonly Column[], width: number): Column[] {
  if (width <= 0) return [];
  if (values.length >= width) return spread(values, width);
  return Array.from(
    {length: width},
    (_, cell) => values[Math.floor((cell * values.length) / width)],
  );
}

function spread(values: readonly Column[], width: number): Column[] {
  const merged: Column[] = [];
  for (let cell = 0; cell < width; cell += 1) {
    const from = Math.floor((cell * values.length) / width);
    const to = Math.floor(((cell + 1) * values.length) / width);
    merged.push(largestFinite(values.slice(from, to)));
  }
  return merged;
}

function largestFinite(values: readonly Column[]): Column {
  let largest: Column;
  for (const value of values) {
    if (value === undefined || !Number.isFinite(value)) continue;
    if (largest === undefined || value > largest) largest = value;
  }
  return largest;
}

/** A span this small next to the values is float noise (10% computed as 9.999999999999998%). */
const flatTolerance = 1e-9;

/**
 * True when the values of a scale are all equal, up to float noise: stretched over the rows,
 * that noise would draw a constant as wild swings.
 */
export const isFlat = (scale: Scale): boolean =>
  scale.max - scale.min <= flatTolerance * Math.max(Math.abs(scale.max), Math.abs(scale.min));

/**
 * Heights in eighths of a row, 1..8*rows per plotted value (0 for a gap), on the scale (see
 * chart-scale.ts): 1 at its bottom, 8*rows at its top. A degenerate scale (min = max) draws at
 * mid-height, or along the bottom at zero.
 */
function eighths(value: Column, scale: Scale, rows: number): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  const top = rows * 8;
  if (isFlat(scale)) return value === 0 ? 1 : Math.ceil(top / 2);
  const fraction = (value - scale.min) / (scale.max - scale.min);
  return 1 + Math.round(Math.min(1, Math.max(0, fraction)) * (top - 1));
}

/** The height in eighths of each of the `width` cells of a chart `rows` high (see fitColumns). */
export const cellHeights = (
  values: readonly Column[],
  width: number,
  rows: number,
  scale: Scale,
): number[] => fitColumns(values, width).map((value) => eighths(value, scale, rows));

/** The block a cell of that height shows in `row` (0 = the bottom row); a space above it. */
export function blockIn(height: number, row: number): string {
  const inRow = height - row * 8;
  return inRow <= 0 ? ' ' : (blocks[Math.min(8, inRow) - 1] ?? ' ');
}

/**
 * A block chart `rows` high and `width` wide of the columns (see fitColumns), top row first; each
 * string is exactly `width` cells. rows = 1 is a sparkline.
 */
export function blockChart(
  values: readonly Column[],
  width: number,
  rows: number,
  scale: Scale,
): string[] {
  const heights = cellHeights(values, width, rows, scale);
  const lines: string[] = [];
  for (let row = rows - 1; row >= 0; row -= 1) {
    lines.push(heights.map((height) => blockIn(height, row)).join(''));
  }
  return lines;
}

/** A one-row sparkline `width` cells wide. */
export const sparkline = (values: readonly Column[], width: number, scale: Scale): string =>
  blockChart(values, width, 1, scale)[0] ?? '';
