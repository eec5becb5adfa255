// A screenful of cells: what the terminal should show. One grapheme per cell; a wide character
// (CJK, most emoji) fills its cell and marks the next one with '' (its right half). Styles live
// in typed arrays (see style.ts), so diffing two grids compares numbers.
import {defaultColor, type Style} from './style.js';

export type Grid = {
  readonly columns: number;
  readonly rows: number;
  readonly chars: readonly string[];
  readonly fg: Readonly<Int32Array>;
  readonly bg: Readonly<Int32Array>;
  readonly attrs: Readonly<Uint16Array>;
  /** OSC 8 hyperlink target per cell; sparse (most screens have none). */
  readonly links: readonly (string | undefined)[];
};

/** The right half of a wide character. */
export const wideTail = '';

export type MutableGrid = {
  readonly columns: number;
  readonly rows: number;
  readonly chars: string[];
  readonly fg: Int32Array;
  readonly bg: Int32Array;
  readonly attrs: Uint16Array;
  readonly links: (string | undefined)[];
};

/** A grid of spaces in the default style: what a just-cleared screen shows. */
export function blankGrid(columns: number, rows: number): MutableGrid {
  const size = columns * rows;
  return {
    columns,
    rows,
    chars: new Array<string>(size).fill(' '),
    fg: new Int32Array(size).fill(defaultColor),
    bg: new Int32Array(size).fill(defaultColor),
    attrs: new Uint16Array(size),
    links: [],
  };
}

export function cellStyle(grid: Grid, index: number): Style {
  return {fg: grid.fg[index] ?? 0, bg: grid.bg[index] ?? 0, attrs: grid.attrs[index] ?? 0};
}

export function cellsDiffer(a: Grid, b: Grid, index: number): boolean {
  return (
    a.chars[index] !== b.chars[index] ||
    a.fg[index] !== b.fg[index] ||
    a.bg[index] !== b.bg[index] ||
    a.attrs[index] !== b.attrs[index] ||
    a.links[index] !== b.links[index]
  );
}

/** The grid's text, one string per row, with wide characters' right halves left out. */
export function gridLines(grid: Grid): string[] {
  const lines: string[] = [];
  for (let row = 0; row < grid.rows; row++) {
    lines.push(grid.chars.slice(row * grid.columns, (row + 1) * grid.columns).join(''));
  }
  return lines;
}
