// A line plot of several series with asciichart, turned into toned cells. asciichart draws one
// series at a time on a shared scale (so gaps can be left out: it cannot draw them itself), and the
// plots are overlaid, later series on top.
import asciichart from 'asciichart';
import {padToWidth} from '../text/fit.js';
import type {Scale} from './sparkline.js';
import type {Column} from './sparkline.js';
import type {Tone} from './tone.js';

export type PlotSeries = {readonly columns: readonly Column[]; readonly tone: Tone};
export type Cell = {readonly char: string; readonly tone: Tone};
export type HorizontalLine = {readonly value: number; readonly tone: Tone};

export type PlotOptions = {
  readonly rows: number;
  readonly scale: Scale;
  readonly labelWidth: number;
  readonly formatLabel: (value: number) => string;
  readonly lines: readonly HorizontalLine[];
};

const present = (value: Column): value is number => value !== undefined && Number.isFinite(value);

/** Gaps filled with a neighbour so that asciichart can compute rows; they are not drawn. */
function filled(columns: readonly Column[], fallback: number): number[] {
  let last = columns.find(present) ?? fallback;
  return columns.map((value) => (present(value) ? (last = value) : last));
}

function plotRows(values: readonly number[], options: PlotOptions, height: number): string[] {
  return asciichart
    .plot([...values], {
      height,
      min: options.scale.min,
      max: options.scale.max,
      // asciichart puts the whole label in one array cell at index max(offset - length, 0): with
      // offset 2 each row reads label, axis, then one character per column.
      offset: 2,
      format: (value: number) =>
        padToWidth(options.formatLabel(value), options.labelWidth, 'right'),
    })
    .split('\n');
}

/** asciichart's row count can miss the asked height by one through rounding: ask until it fits. */
function plotFitting(values: readonly number[], options: PlotOptions): string[] {
  for (let height = options.rows - 1; height >= 0; height -= 1) {
    const rows = plotRows(values, options, height);
    if (rows.length <= options.rows) return rows;
  }
  return plotRows(values, options, 0);
}

type Grid = Cell[][];

/** Rows of cells: y labels and axis, then one cell per column of the series. */
export function plotCells(series: readonly PlotSeries[], options: PlotOptions): Grid {
  const offset = options.labelWidth + 1;
  const width = Math.max(2, ...series.map(({columns}) => columns.length));
  const grid: Grid = Array.from({length: options.rows}, () =>
    Array.from({length: offset + width - 1}, (): Cell => ({char: ' ', tone: 'normal'})),
  );
  // The axis with ┼ where zero is: asciichart marks the row of zero counted from the top as if it
  // were counted from the bottom (the top row, on a scale from zero), but it does put ┼ at the
  // first point of a series: a series at zero, whose ┼ is kept and any other one made ┤.
  const zero = Math.min(Math.max(0, options.scale.min), options.scale.max);
  const axis = plotFitting(new Array<number>(width).fill(zero), options).map((row) =>
    row.slice(offset).includes('─') ? row : row.replace('┼', '┤'),
  );
  copyCells(grid, axis, () => (column) => column < offset, 'muted');
  for (const line of options.lines) {
    const rows = plotFitting(new Array<number>(width).fill(line.value), options);
    copyCells(grid, rows, (char) => (column) => column >= offset && char === '─', line.tone, '┄');
    labelLine(grid, rows, line, options);
  }
  for (const {columns, tone} of series) {
    const rows = plotFitting(filled(columns, options.scale.min), options);
    // Column offset + x draws the step from point x to x + 1: only where both are present.
    const drawn = (column: number): boolean =>
      column >= offset &&
      present(columns[column - offset]) &&
      present(columns[column - offset + 1]);
    copyCells(grid, rows, () => drawn, tone);
  }
  return grid;
}

/** Copies the non-blank characters of a plot into the grid (bottom-aligned) where `keep` says. */
function copyCells(
  grid: Grid,
  rows: readonly string[],
  keep: (char: string) => (column: number) => boolean,
  tone: Tone,
  replacement?: string,
): void {
  const top = grid.length - rows.length;
  rows.forEach((row, index) => {
    const cells = grid[top + index];
    if (cells === undefined) return;
    [...row].forEach((char, column) => {
      if (char === ' ' || column >= cells.length || !keep(char)(column)) return;
      cells[column] = {char: replacement ?? char, tone};
    });
  });
}

/** The threshold's own value as the y label of its row, in its tone. */
function labelLine(
  grid: Grid,
  rows: readonly string[],
  line: HorizontalLine,
  options: PlotOptions,
): void {
  const row = rows.findIndex((text) => text.slice(options.labelWidth + 1).includes('─'));
  const cells = grid[grid.length - rows.length + row];
  if (row < 0 || cells === undefined) return;
  const label = padToWidth(options.formatLabel(line.value), options.labelWidth, 'right');
  [...label].forEach((char, column) => (cells[column] = {char, tone: line.tone}));
}
