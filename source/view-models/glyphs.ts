// The one glyph set for terminals and fonts without block and box characters (--ascii): every
// non-ASCII character the view models draw, and the one ASCII character that stands in for it.
// The view models keep drawing one vocabulary; the lines they produce are mapped here, cell for
// cell (each stand-in is one column wide, like the glyph it replaces), so widths never change.
import type {Line} from './tone.js';

export const asciiGlyphs: Readonly<Record<string, string>> = {
  // Sparklines and block charts, lowest to highest (sparkline.ts).
  '▁': '_',
  '▂': '.',
  '▃': ':',
  '▄': '-',
  '▅': '=',
  '▆': '+',
  '▇': '*',
  '█': '#',
  // Bar ends in eighths (breakdown-view.ts), and the halves of big digits (big-digits.ts).
  '▏': ':',
  '▎': ':',
  '▍': ':',
  '▌': ':',
  '▋': ':',
  '▊': ':',
  '▉': ':',
  '▀': '"',
  // Borders (panel-frame.ts, help.ts) and asciichart's plot lines (plot.ts).
  '╭': '+',
  '╮': '+',
  '╰': '+',
  '╯': '+',
  '─': '-',
  '│': '|',
  '┄': '.',
  '┼': '+',
  '┤': '+',
  '├': '+',
  '┬': '+',
  '┴': '+',
  '╴': '-',
  '╶': '-',
  // Marks, arrows and punctuation (status-view.ts, timeseries-view.ts, fit.ts, panel-frame.ts's
  // focus mark, key labels).
  '●': 'o',
  '▼': 'v',
  '▲': '^',
  '▶': '>',
  '↓': 'v',
  '↑': '^',
  '←': '<',
  '→': '>',
  '…': '~',
  '–': '-',
  '·': '.',
  µ: 'u',
  // Time travel: the held badge and the overlay's legend mark (time-travel-view.ts, overlay-view.ts).
  '⏸': '|',
  '◦': '.',
};

const pattern = new RegExp(`[${Object.keys(asciiGlyphs).join('')}]`, 'gu');

/** The text with every glyph of the set replaced by its ASCII stand-in. */
export const toAscii = (text: string): string =>
  text.replace(pattern, (glyph) => asciiGlyphs[glyph] ?? glyph);

/** The lines with every glyph replaced; tones and links are kept. */
export const asciiLines = (lines: readonly Line[]): Line[] =>
  lines.map((line) => line.map((part) => ({...part, text: toAscii(part.text)})));
