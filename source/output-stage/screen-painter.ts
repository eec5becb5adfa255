// Frames in, bytes out: remembers what the terminal shows and returns what to write to bring it
// to the next frame. Each returned write is one synchronized update (mode 2026); the screen is
// cleared and painted whole only at the first frame and after `repaintNext()`; a frame that
// changes nothing returns ''. Knows nothing of streams, so it is tested with plain strings.
import {unknownCursor} from './cursor-move.js';
import {encodeDiff, type TerminalState} from './encode-diff.js';
import {blankGrid, type Grid} from './grid.js';
import {parseFrame} from './parse-frame.js';
import {defaultStyle} from './style.js';

const csi = '\u001B[';
export const sequences = {
  enterAlternateScreen: `${csi}?1049h`,
  leaveAlternateScreen: `${csi}?1049l`,
  hideCursor: `${csi}?25l`,
  showCursor: `${csi}?25h`,
  beginUpdate: `${csi}?2026h`,
  endUpdate: `${csi}?2026l`,
  clearScreen: `${csi}m${csi}H${csi}2J`,
  resetStyle: `${csi}m`,
} as const;

export type Painted = {
  readonly text: string;
  readonly fullRepaint: boolean;
};

export type ScreenPainter = {
  /** What to write to show `frame` on a terminal of `columns` x `rows`. */
  paint(frame: string, columns: number, rows: number): Painted;
  /** Makes the next `paint` clear the screen and paint it whole (resize, Ctrl-L). */
  repaintNext(): void;
  /** What to write to give the terminal back: '' if nothing was ever painted. */
  leave(): string;
};

/** Moves the cursor to the line after the last one with anything on it: where the shell goes on. */
function cursorBelow(grid: Grid): string {
  let row = grid.rows;
  const rowText = (index: number) =>
    grid.chars.slice(index * grid.columns, (index + 1) * grid.columns).join('');
  while (row > 0 && rowText(row - 1).trim() === '') row--;
  return row < grid.rows ? `${csi}${row + 1}H` : `${csi}${row}H\r\n`;
}

export function createScreenPainter(options: {readonly alternateScreen: boolean}): ScreenPainter {
  let shown: Grid | undefined;
  let state: TerminalState = {cursor: unknownCursor, style: defaultStyle};
  let repaintPending = true;

  const start = (): string => {
    if (shown !== undefined) return '';
    return (options.alternateScreen ? sequences.enterAlternateScreen : '') + sequences.hideCursor;
  };

  return {
    paint(frame, columns, rows) {
      const grid = parseFrame(frame, columns, rows);
      const fullRepaint = repaintPending || shown === undefined;
      let prefix = start();
      let previous = shown;
      if (fullRepaint || previous === undefined) {
        prefix += sequences.clearScreen;
        previous = blankGrid(columns, rows);
        state = {cursor: {kind: 'cell', row: 0, column: 0}, style: defaultStyle};
        repaintPending = false;
      }
      const encoded = encodeDiff(previous, grid, state);
      shown = grid;
      state = encoded.state;
      if (prefix === '' && encoded.text === '') return {text: '', fullRepaint};
      return {
        text: prefix + sequences.beginUpdate + encoded.text + sequences.endUpdate,
        fullRepaint,
      };
    },
    repaintNext() {
      repaintPending = true;
    },
    leave() {
      if (shown === undefined) return '';
      if (options.alternateScreen) {
        return sequences.resetStyle + sequences.showCursor + sequences.leaveAlternateScreen;
      }
      return sequences.resetStyle + cursorBelow(shown) + sequences.showCursor;
    },
  };
}
