// Wrapping text over several lines of a cell width, for error messages and queries in a panel.
import {cellWidth, fitToWidth} from './fit.js';

const segmenter = new Intl.Segmenter();

/**
 * `text` broken into lines of at most `cells` cells (at spaces when possible, else inside a word),
 * at most `maxLines` of them; the last shown line ends with an ellipsis when text is left over.
 */
export function wrapToWidth(text: string, cells: number, maxLines: number): string[] {
  if (cells <= 0 || maxLines <= 0) return [];
  const lines: string[] = [];
  let rest = text.trim();
  while (rest !== '' && lines.length < maxLines) {
    if (lines.length === maxLines - 1 || cellWidth(rest) <= cells) {
      lines.push(fitToWidth(rest, cells));
      break;
    }
    const line = takeLine(rest, cells);
    lines.push(line.trimEnd());
    rest = rest.slice(line.length).trimStart();
  }
  return lines;
}

/** The longest prefix of `text` that fits in `cells`, ending at a space when there is one. */
function takeLine(text: string, cells: number): string {
  let width = 0;
  let end = 0;
  let lastSpace = -1;
  for (const {segment, index} of segmenter.segment(text)) {
    width += cellWidth(segment);
    // A space just past the edge ends a word that fits exactly.
    if (width > cells) return segment === ' ' ? text.slice(0, index) : cutAt(text, end, lastSpace);
    end = index + segment.length;
    if (segment === ' ') lastSpace = end;
  }
  return text;
}

const cutAt = (text: string, end: number, lastSpace: number): string =>
  lastSpace > 0 ? text.slice(0, lastSpace) : text.slice(0, Math.max(end, 1));
