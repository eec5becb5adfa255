// The bytes that turn a terminal showing grid `previous` into one showing grid `next`: only the
// cells that changed, reached with the cheapest cursor move (or by rewriting a few unchanged
// cells when that is shorter than the move), with SGR codes only where the style changes.
// Both grids have the same size; a wide character is always written whole, from its left half.
// Linked cells are written inside OSC 8 open/close; no link is left open between writes, so a
// screen without links costs not one byte more.
import {cursorAfterWrite, moveCursor, type Cursor} from './cursor-move.js';
import {cellsDiffer, cellStyle, wideTail, type Grid} from './grid.js';
import {sgrTransition, type Style} from './style.js';

/** What the terminal is in between writes: where its cursor is and which SGR style is active. */
export type TerminalState = {
  readonly cursor: Cursor;
  readonly style: Style;
};

export type Encoded = {
  readonly text: string;
  readonly state: TerminalState;
};

// Rewriting unchanged cells to skip them is only tried over short gaps.
const longestRewrittenGap = 8;

type Writer = {
  readonly grid: Grid;
  parts: string[];
  cursor: Cursor;
  style: Style;
  /** The hyperlink open on the terminal, if any. */
  link: string | undefined;
};

const osc8 = (target: string): string => `\u001B]8;;${target}\u001B\\`;

/** Opens, changes or closes the hyperlink so that it is `link`. */
function setLink(writer: Writer, link: string | undefined): void {
  if (writer.link === link) return;
  writer.parts.push(osc8(link ?? ''));
  writer.link = link;
}

/** The number of bytes `text` takes in UTF-8. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    // Two bytes below 0x800; each half of a surrogate pair adds one (the pair takes four);
    // three bytes for the rest of the basic plane.
    bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** The width of the cell at `index` (in `column`): 2 for the left half of a wide character. */
function cellWidth(grid: Grid, index: number, column: number): number {
  return column + 1 < grid.columns && grid.chars[index + 1] === wideTail ? 2 : 1;
}

/** Writes the cell at (`row`, `column`) with the cursor already there; returns its width. */
function writeCell(writer: Writer, row: number, column: number): number {
  const {grid} = writer;
  const index = row * grid.columns + column;
  const style = cellStyle(grid, index);
  setLink(writer, grid.links[index]);
  writer.parts.push(sgrTransition(writer.style, style), grid.chars[index] ?? ' ');
  writer.style = style;
  const width = cellWidth(grid, index, column);
  writer.cursor = cursorAfterWrite(row, column + width, grid.columns);
  return width;
}

/** The text that rewrites cells `from`..`to` (exclusive) of `row`, or undefined past `limit`. */
function rewriteText(writer: Writer, row: number, from: number, to: number, limit: number) {
  const {grid} = writer;
  let text = '';
  let style = writer.style;
  for (let column = from; column < to; column++) {
    const index = row * grid.columns + column;
    // Rewriting a linked cell (or any cell while a link is open) would need OSC 8 too: move.
    if (writer.link !== undefined || grid.links[index] !== undefined) return undefined;
    const next = cellStyle(grid, index);
    text += sgrTransition(style, next) + (grid.chars[index] ?? ' ');
    style = next;
    if (utf8Length(text) > limit) return undefined;
  }
  return {text, style};
}

/** Puts the cursor at (`row`, `column`) by the shortest way. */
function goTo(writer: Writer, row: number, column: number): void {
  const {cursor} = writer;
  const move = moveCursor(cursor, row, column);
  const gap = cursor.kind === 'cell' && cursor.row === row ? column - cursor.column : 0;
  if (cursor.kind === 'cell' && gap > 0 && gap <= longestRewrittenGap) {
    const rewrite = rewriteText(writer, row, cursor.column, column, move.length);
    if (rewrite !== undefined) {
      writer.parts.push(rewrite.text);
      writer.style = rewrite.style;
      writer.cursor = {kind: 'cell', row, column};
      return;
    }
  }
  writer.parts.push(move);
  writer.cursor = {kind: 'cell', row, column};
}

function encodeRow(writer: Writer, previous: Grid, row: number): void {
  const {grid} = writer;
  let column = 0;
  while (column < grid.columns) {
    const index = row * grid.columns + column;
    if (!cellsDiffer(previous, grid, index)) {
      column++;
      continue;
    }
    const start = grid.chars[index] === wideTail && column > 0 ? column - 1 : column;
    goTo(writer, row, start);
    column = start + writeCell(writer, row, start);
  }
}

/** The bytes that change a terminal in `state` showing `previous` to show `next`. */
export function encodeDiff(previous: Grid, next: Grid, state: TerminalState): Encoded {
  if (previous.columns !== next.columns || previous.rows !== next.rows) {
    throw new RangeError('encodeDiff: grids of different sizes');
  }
  const writer: Writer = {
    grid: next,
    parts: [],
    cursor: state.cursor,
    style: state.style,
    link: undefined,
  };
  for (let row = 0; row < next.rows; row++) encodeRow(writer, previous, row);
  setLink(writer, undefined);
  return {text: writer.parts.join(''), state: {cursor: writer.cursor, style: writer.style}};
}
