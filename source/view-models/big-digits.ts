// A three-row block font for the value of stat panels: digits, the decimal point and the sign.
// The rest of a formatted value (its unit: k, ms, %, /s) stays small text.
import {cellWidth} from '../text/fit.js';

const glyphs: Readonly<Record<string, readonly [string, string, string]>> = {
  '0': ['█▀█', '█ █', '█▄█'],
  '1': ['▀█ ', ' █ ', '▄█▄'],
  '2': ['▀▀█', '█▀▀', '█▄▄'],
  '3': ['▀▀█', ' ▀█', '▄▄█'],
  '4': ['█ █', '▀▀█', '  █'],
  '5': ['█▀▀', '▀▀█', '▄▄█'],
  '6': ['█▀▀', '█▀█', '█▄█'],
  '7': ['▀▀█', '  █', '  █'],
  '8': ['█▀█', '█▀█', '█▄█'],
  '9': ['█▀█', '▀▀█', '▄▄█'],
  '.': [' ', ' ', '▄'],
  '-': ['  ', '▀▀', '  '],
};

export type BigText = {
  /** Three rows of equal width; glyphs are separated by a blank column. */
  readonly rows: readonly [string, string, string];
  /** The part of the value drawn small after the big rows, e.g. "k/s"; "" when there is none. */
  readonly suffix: string;
};

/** The leading number of a formatted value in big glyphs; undefined when it has no number. */
export function bigText(value: string): BigText | undefined {
  const number = /^-?\d+(?:\.\d+)?/.exec(value)?.[0];
  if (number === undefined) return undefined;
  const rows: [string, string, string] = ['', '', ''];
  [...number].forEach((char, index) => {
    const glyph = glyphs[char];
    if (glyph === undefined) return;
    for (const row of [0, 1, 2] as const) rows[row] += (index === 0 ? '' : ' ') + glyph[row];
  });
  return {rows, suffix: value.slice(number.length)};
}

/** The cells a big value takes: its glyphs and its small suffix. */
export const bigTextWidth = (big: BigText): number =>
  cellWidth(big.rows[0]) + cellWidth(big.suffix);
