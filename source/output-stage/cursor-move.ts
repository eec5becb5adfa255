// The fewest bytes that move the terminal's cursor to a cell. Rows and columns count from 0.
//
// What the terminal's cursor is known to be at: nothing (start, or after someone else wrote),
// a row only (after writing the last column the cursor waits to wrap, and terminals disagree on
// where relative moves go from there), or a cell. A bare line feed is never used to go down a
// row with a known column: whether the tty turns it into CR LF depends on its settings.

export type Cursor =
  | {readonly kind: 'unknown'}
  | {readonly kind: 'row'; readonly row: number}
  | {readonly kind: 'cell'; readonly row: number; readonly column: number};

export const unknownCursor: Cursor = {kind: 'unknown'};

const csi = '\u001B[';

function absolute(row: number, column: number): string {
  if (column === 0) return row === 0 ? `${csi}H` : `${csi}${row + 1}H`;
  return `${csi}${row + 1};${column + 1}H`;
}

function relative(count: number, final: string): string {
  return count === 1 ? `${csi}${final}` : `${csi}${count}${final}`;
}

function vertical(rows: number): string {
  if (rows === 0) return '';
  return rows > 0 ? relative(rows, 'B') : relative(-rows, 'A');
}

/** Moves within a row from a known column, or from an unknown one (`from` undefined). */
function horizontal(from: number | undefined, to: number): string {
  const candidates = [`\r${to === 0 ? '' : relative(to, 'C')}`, `${csi}${to + 1}G`];
  if (from !== undefined) {
    if (from === to) return '';
    candidates.push(to > from ? relative(to - from, 'C') : relative(from - to, 'D'));
    if (to === from - 1) candidates.push('\b');
  }
  return shortest(candidates);
}

function shortest(candidates: readonly string[]): string {
  let best = candidates[0] ?? '';
  for (const candidate of candidates) {
    if (candidate.length < best.length) best = candidate;
  }
  return best;
}

/** The shortest sequence that takes the cursor from `from` to (`row`, `column`). */
export function moveCursor(from: Cursor, row: number, column: number): string {
  const candidates = [absolute(row, column)];
  if (from.kind !== 'unknown') {
    const rows = row - from.row;
    const fromColumn = from.kind === 'cell' ? from.column : undefined;
    candidates.push(vertical(rows) + horizontal(fromColumn, column));
    if (rows > 0 && rows <= 4) {
      // Carriage return first makes the line feeds land in column 0 under any tty setting.
      candidates.push('\r' + '\n'.repeat(rows) + (column === 0 ? '' : relative(column, 'C')));
    }
  }
  return shortest(candidates);
}

/** Where the cursor is after writing a cell that ends at `endColumn` (exclusive). */
export function cursorAfterWrite(row: number, endColumn: number, columns: number): Cursor {
  return endColumn >= columns ? {kind: 'row', row} : {kind: 'cell', row, column: endColumn};
}
