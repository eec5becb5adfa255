// Cutting and padding text to a number of terminal cells. Width is measured per grapheme cluster
// with string-width (the measure Ink itself uses), so wide characters (CJK, emoji) count 2 and
// combining marks 0, and a cluster is never split.
import stringWidth from 'string-width';

const ellipsis = '…';
const segmenter = new Intl.Segmenter();

/** The number of terminal cells `text` takes. */
export function cellWidth(text: string): number {
  return stringWidth(text);
}

/** The widest of the texts in cells (0 for none); a loop, as there may be very many of them. */
export function widestCell(texts: readonly string[]): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, cellWidth(text));
  return widest;
}

/**
 * `text` unchanged when it fits in `cells`; otherwise cut and ended with an ellipsis, exactly
 * `cells` wide (a space pads the cell left over when a wide character does not fit).
 */
export function fitToWidth(text: string, cells: number): string {
  if (cells <= 0) return '';
  if (/^[\u0020-\u007E]*$/.test(text)) {
    return text.length <= cells ? text : text.slice(0, cells - 1) + ellipsis;
  }
  let width = 0;
  let cutIndex = 0;
  let cutWidth = 0;
  for (const {segment, index} of segmenter.segment(text)) {
    const next = width + stringWidth(segment);
    if (next > cells) {
      return text.slice(0, cutIndex) + ellipsis + ' '.repeat(cells - 1 - cutWidth);
    }
    width = next;
    if (width <= cells - 1) {
      cutIndex = index + segment.length;
      cutWidth = width;
    }
  }
  return text;
}

/** `text` fitted to `cells` and padded with spaces to exactly `cells` wide. */
export function padToWidth(text: string, cells: number, align: 'left' | 'right' = 'left'): string {
  const fitted = fitToWidth(text, cells);
  const padding = ' '.repeat(Math.max(0, cells - cellWidth(fitted)));
  return align === 'left' ? fitted + padding : padding + fitted;
}
