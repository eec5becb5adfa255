// The help overlay's lines, generated from the key-bindings table; and what to say when the
// terminal is too small to draw a dashboard.
import {helpLines} from '../keys/key-docs.js';
import {cellWidth, fitToWidth} from '../text/fit.js';
import {fitBlock, segment, textLine} from './line.js';
import type {TerminalSize} from './layout.js';
import type {Line} from './tone.js';

/** Exactly width x height: a bordered box listing every key binding, its title in the border. */
export function helpOverlayLines(width: number, height: number): Line[] {
  const inner = width - 4;
  const rows = fitBlock(
    helpLines().map((line) => textLine(line, inner)),
    inner,
    Math.max(0, height - 2),
  );
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
