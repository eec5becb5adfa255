// A reference terminal for the output-stage tests: @xterm/headless with Unicode 11 widths (wide
// emoji, as modern terminals and string-width measure them), read back cell by cell.
import xterm from '@xterm/headless';
import unicode11 from '@xterm/addon-unicode11';

export type Emulator = {
  readonly terminal: xterm.Terminal;
  write(bytes: string): Promise<void>;
  resize(columns: number, rows: number): void;
  /** Every cell as text: its characters, width, colours and attributes. */
  cells(): string[][];
  /** Every row's characters (wide characters once), trailing spaces kept. */
  lines(): string[];
};

function colorOf(cell: xterm.IBufferCell, layer: 'fg' | 'bg'): string {
  const isDefault = layer === 'fg' ? cell.isFgDefault() : cell.isBgDefault();
  if (isDefault) return 'default';
  const isRgb = layer === 'fg' ? cell.isFgRGB() : cell.isBgRGB();
  const color = layer === 'fg' ? cell.getFgColor() : cell.getBgColor();
  return isRgb ? `#${color.toString(16).padStart(6, '0')}` : `p${color}`;
}

function describe(cell: xterm.IBufferCell): string {
  const flags = [
    cell.isBold() ? 'bold' : '',
    cell.isDim() ? 'dim' : '',
    cell.isItalic() ? 'italic' : '',
    cell.isUnderline() ? 'underline' : '',
    cell.isInverse() ? 'inverse' : '',
    cell.isStrikethrough() ? 'strike' : '',
    cell.isInvisible() ? 'hidden' : '',
    cell.isOverline() ? 'overline' : '',
  ].filter((flag) => flag !== '');
  const chars = cell.getChars() === '' && cell.getWidth() === 1 ? ' ' : cell.getChars();
  return `${JSON.stringify(chars)}/${cell.getWidth()} ${colorOf(cell, 'fg')} ${colorOf(cell, 'bg')} ${flags.join(',')}`;
}

export function createEmulator(columns: number, rows: number): Emulator {
  const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
  terminal.loadAddon(new unicode11.Unicode11Addon());
  terminal.unicode.activeVersion = '11';
  const readRows = <T>(read: (line: xterm.IBufferLine) => T): T[] => {
    const buffer = terminal.buffer.active;
    const result: T[] = [];
    for (let row = 0; row < terminal.rows; row++) {
      const line = buffer.getLine(buffer.viewportY + row);
      if (line !== undefined) result.push(read(line));
    }
    return result;
  };
  return {
    terminal,
    write: (bytes) => new Promise((resolve) => terminal.write(bytes, resolve)),
    resize: (newColumns, newRows) => terminal.resize(newColumns, newRows),
    cells: () =>
      readRows((line) => {
        const cells: string[] = [];
        for (let column = 0; column < terminal.cols; column++) {
          const cell = line.getCell(column);
          cells.push(cell === undefined ? 'missing' : describe(cell));
        }
        return cells;
      }),
    lines: () => readRows((line) => line.translateToString(false, 0, terminal.cols)),
  };
}

/**
 * The screen a terminal of this size shows for one frame from Ink written on a cleared screen:
 * the reference the output stage is compared with. Lines past the last row are left out, as the
 * stage drops them.
 */
export async function referenceScreen(
  frame: string,
  columns: number,
  rows: number,
): Promise<Emulator> {
  const emulator = createEmulator(columns, rows);
  await emulator.write(frame.split('\n').slice(0, rows).join('\r\n'));
  return emulator;
}
