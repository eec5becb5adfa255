// Renders a panel to its lines of text at a fixed terminal width, as the user sees them
// (colours are off in tests: FORCE_COLOR=0).
import type React from 'react';
import {renderToString} from 'ink';

export const renderLines = (node: React.ReactNode, columns: number): string[] =>
  renderToString(node, {columns}).split('\n');

/** "╭ Title ─────╮" of `width` cells, with an optional status before the corner. */
export function topBorder(title: string, width: number, status?: string): string {
  const right = status === undefined ? '' : ` ${status} `;
  return `╭ ${title} ${'─'.repeat(width - 4 - title.length - right.length)}${right}╮`;
}

export const bottomBorder = (width: number): string => `╰${'─'.repeat(width - 2)}╯`;

/** A content row: text (narrow characters only) padded to the inner width, between the sides. */
export const side = (text: string, width: number): string => `│${text.padEnd(width - 2)}│`;
