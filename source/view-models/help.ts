// The help overlay's lines, generated from the key-bindings table; and what to say when the
// terminal is too small to draw a dashboard.
import {bindings, isListed, type Binding} from '../keys/bindings.js';
import {helpLines} from '../keys/key-docs.js';
import {cellWidth, fitToWidth} from '../text/fit.js';
import {fitBlock, fitLine, segment, textLine} from './line.js';
import type {TerminalSize} from './layout.js';
import type {Line} from './tone.js';

const columnGap = 3;

/**
 * The key table in as many columns as the height needs (filled top to bottom, so keys that
 * belong together stay together), each column with its own key width.
 */
function keyColumns(all: readonly Binding[], width: number, height: number): Line[] {
  const table = all.filter(isListed);
  const columns = Math.max(1, Math.ceil(table.length / Math.max(1, height)));
  const perColumn = Math.ceil(table.length / columns);
  const columnWidth = Math.floor((width - columnGap * (columns - 1)) / columns);
  const blocks = Array.from({length: columns}, (_, index) =>
    fitBlock(
      helpLines(table.slice(index * perColumn, (index + 1) * perColumn)).map((line) =>
        textLine(line, columnWidth),
      ),
      columnWidth,
      height,
    ),
  );
  return Array.from({length: height}, (_, row) =>
    fitLine(
      blocks.flatMap((block, index) => [
        ...(index === 0 ? [] : [segment(' '.repeat(columnGap))]),
        ...(block[row] ?? []),
      ]),
      width,
    ),
  );
}

/** Exactly width x height: a bordered box listing every key binding, its title in the border. */
export function helpOverlayLines(
  width: number,
  height: number,
  table: readonly Binding[] = bindings,
): Line[] {
  const inner = width - 4;
  const rows = keyColumns(table, inner, Math.max(0, height - 2));
  const title = fitToWidth(' Keys (? or Esc closes) ', width - 4);
  const top = `╭─${title}${'─'.repeat(Math.max(0, width - 3 - cellWidth(title)))}╮`;
  return [
    [segment(top, 'focus')],
    ...rows.map((row): Line => [segment('│ ', 'focus'), ...row, segment(' │', 'focus')]),
    [segment(`╰${'─'.repeat(width - 2)}╯`, 'focus')],
  ];
}

/** A few short lines that fit even a very small terminal (one row is left free, see layout.ts). */
export function tooSmallLines(size: TerminalSize, needed: TerminalSize): Line[] {
  const columns = Math.max(0, needed.columns - size.columns);
  const rows = Math.max(0, needed.rows - size.rows);
  const plural = (count: number, noun: string) => `${count} more ${noun}${count === 1 ? '' : 's'}`;
  const more = [columns > 0 ? plural(columns, 'column') : '', rows > 0 ? plural(rows, 'row') : '']
    .filter((part) => part !== '')
    .join(', ');
  const lines = [
    textLine(`Terminal too small: ${size.columns}x${size.rows}`, size.columns, 'warning'),
    textLine(`nova-top needs ${needed.columns}x${needed.rows}`, size.columns),
    textLine(`(${more})`, size.columns, 'muted'),
  ];
  return fitBlock(lines, size.columns, Math.min(lines.length, Math.max(0, size.rows - 1)));
}
