// Building lines of toned segments that are exactly a given number of cells wide.
import {cellWidth, fitToWidth, padToWidth} from '../text/fit.js';
import type {Line, Segment, Tone} from './tone.js';

export const segment = (text: string, tone: Tone = 'normal'): Segment => ({text, tone});

/** The line cut (with an ellipsis) or padded with spaces to exactly `width` cells. */
export function fitLine(line: Line, width: number): Line {
  const fitted: Segment[] = [];
  let used = 0;
  for (const part of line) {
    if (used >= width) break;
    const partWidth = cellWidth(part.text);
    if (used + partWidth <= width) {
      if (part.text !== '') fitted.push(part);
      used += partWidth;
      continue;
    }
    const cut = fitToWidth(part.text, width - used);
    fitted.push(segment(cut, part.tone));
    used += cellWidth(cut);
  }
  if (used < width) fitted.push(segment(' '.repeat(width - used)));
  return fitted;
}

/** A line of one text, fitted and padded to `width`. */
export const textLine = (text: string, width: number, tone: Tone = 'normal'): Line => [
  segment(padToWidth(text, width), tone),
];

/** Left part and right part of a line, with the space between them; the left side is cut first. */
export function spreadLine(left: Line, right: Line, width: number): Line {
  const rightWidth = lineWidth(right);
  if (rightWidth + 1 > width) return fitLine(left, width);
  return [...fitLine(left, width - rightWidth - 1), segment(' '), ...right];
}

export const lineWidth = (line: Line): number =>
  line.reduce((total, part) => total + cellWidth(part.text), 0);

/** Exactly `height` lines of exactly `width` cells: cut below, blank lines added. */
export function fitBlock(lines: readonly Line[], width: number, height: number): Line[] {
  const block = lines.slice(0, Math.max(0, height)).map((line) => fitLine(line, width));
  while (block.length < height) block.push(fitLine([], width));
  return block;
}
