// Turning one frame of text from Ink (lines with SGR colour codes) into a grid of cells for a
// terminal of `columns` x `rows`: lines past the last row are dropped, cells past the last
// column cut, short lines padded with blanks. Widths come from string-width, the measure Ink
// lays out with, so the grid lines up with Ink's boxes: wide characters take two cells and
// combining marks join the cell before them. OSC 8 hyperlinks are kept per cell (grid.links);
// other escape sequences than SGR are skipped.
import stringWidth from 'string-width';
import {applySgr, type PenStyle} from './apply-sgr.js';
import {blankGrid, wideTail, type Grid, type MutableGrid} from './grid.js';
import {defaultColor} from './style.js';

const escape = 0x1b;
const segmenter = new Intl.Segmenter();
const widthCache = new Map<string, number>();
const widthCacheLimit = 4096;

type Pen = PenStyle & {row: number; column: number; link: string | undefined};

function graphemeWidth(grapheme: string): number {
  let width = widthCache.get(grapheme);
  if (width === undefined) {
    width = stringWidth(grapheme);
    if (widthCache.size >= widthCacheLimit) widthCache.clear();
    widthCache.set(grapheme, width);
  }
  return width;
}

/** Characters that always take one cell and never combine with a neighbour. */
function isPlainNarrow(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0x2500 && code <= 0x259f) || // box drawing, block elements
    (code >= 0x2800 && code <= 0x28ff) // braille
  );
}

function setCell(grid: MutableGrid, pen: Pen, text: string): void {
  const index = pen.row * grid.columns + pen.column;
  grid.chars[index] = text;
  grid.fg[index] = pen.fg;
  grid.bg[index] = pen.bg;
  grid.attrs[index] = pen.attrs;
  if (pen.link !== undefined) grid.links[index] = pen.link;
  pen.column++;
}

/** Format characters: bidi controls, zero-width (non-)joiners and spaces, BOM, tags. */
const formatCharacters = /\p{Cf}/gu;

function putGrapheme(grid: MutableGrid, pen: Pen, cluster: string): void {
  const grapheme = cluster.replace(formatCharacters, '');
  if (grapheme === '') return;
  const width = graphemeWidth(grapheme);
  if (width === 0) {
    if (pen.column === 0) return;
    let index = pen.row * grid.columns + pen.column - 1;
    if (grid.chars[index] === wideTail) index--;
    grid.chars[index] += grapheme;
  } else if (width === 1 || pen.column + 1 >= grid.columns) {
    // A wide character with no room for its right half is cut, like any other overflow.
    if (pen.column < grid.columns) setCell(grid, pen, width === 1 ? grapheme : ' ');
  } else {
    setCell(grid, pen, grapheme);
    setCell(grid, pen, wideTail);
  }
}

/** Writes `text` (no escapes, no newlines) from index `start` to `end` at the pen. */
function putText(grid: MutableGrid, pen: Pen, text: string, start: number, end: number): void {
  let index = start;
  while (index < end && pen.column < grid.columns) {
    const standalone =
      isPlainNarrow(text.charCodeAt(index)) &&
      (index + 1 === end || isPlainNarrow(text.charCodeAt(index + 1)));
    if (standalone) {
      setCell(grid, pen, text[index] ?? ' ');
      index++;
      continue;
    }
    // A run that needs grapheme segmentation: up to the next character that stands alone.
    let runEnd = index + 1;
    while (
      runEnd < end &&
      !(
        isPlainNarrow(text.charCodeAt(runEnd)) &&
        (runEnd + 1 === end || isPlainNarrow(text.charCodeAt(runEnd + 1)))
      )
    ) {
      runEnd++;
    }
    for (const {segment} of segmenter.segment(text.slice(index, runEnd))) {
      putGrapheme(grid, pen, segment);
    }
    index = runEnd;
  }
}

/** Skips the escape sequence at `start`, applying it if it is SGR; returns the index after it. */
function readEscape(text: string, start: number, pen: Pen): number {
  const kind = text[start + 1];
  if (kind === '[') {
    let index = start + 2;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code >= 0x40 && code <= 0x7e) break;
      index++;
    }
    if (text[index] === 'm') applySgr(text.slice(start + 2, index), pen);
    return index + 1;
  }
  if (kind === ']' || kind === 'P' || kind === '_' || kind === '^') {
    // OSC, DCS, APC, PM: up to BEL or ST (ESC \\). Only OSC 8 (hyperlinks) is applied.
    let index = start + 2;
    while (index < text.length) {
      const end = text.charCodeAt(index) === 0x07 ? index + 1 : undefined;
      const st =
        text.charCodeAt(index) === escape && text[index + 1] === '\\' ? index + 2 : undefined;
      if (end !== undefined || st !== undefined) {
        if (kind === ']') applyOsc(text.slice(start + 2, index), pen);
        return end ?? st ?? index;
      }
      index++;
    }
    return index;
  }
  return start + 2;
}

/** `8;params;URI` opens a link (an empty URI closes it); other OSC commands change nothing. */
function applyOsc(body: string, pen: Pen): void {
  if (!body.startsWith('8;')) return;
  const uri = body.slice(body.indexOf(';', 2) + 1);
  // The target is written back to the terminal: an http(s) URL of printable ASCII only (URLs
  // arrive encoded); never file:, javascript: or any other scheme.
  pen.link = /^https?:\/\/[\x21-\x7e]+$/i.test(uri) ? uri : undefined;
}

/** The grid a terminal of `columns` x `rows` would show for `frame`. */
export function parseFrame(frame: string, columns: number, rows: number): Grid {
  const grid = blankGrid(columns, rows);
  const pen: Pen = {
    fg: defaultColor,
    bg: defaultColor,
    attrs: 0,
    row: 0,
    column: 0,
    link: undefined,
  };
  let index = 0;
  while (index < frame.length && pen.row < rows) {
    const code = frame.charCodeAt(index);
    if (code === escape) {
      index = readEscape(frame, index, pen);
    } else if (code === 0x0a) {
      pen.row++;
      pen.column = 0;
      index++;
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      index++; // other control characters move nothing on a grid
    } else {
      let end = index + 1;
      while (end < frame.length) {
        const next = frame.charCodeAt(end);
        if (next < 0x20 || (next >= 0x7f && next <= 0x9f)) break;
        end++;
      }
      putText(grid, pen, frame, index, end);
      index = end;
    }
  }
  return grid;
}
