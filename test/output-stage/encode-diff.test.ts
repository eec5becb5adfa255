import {describe, expect, test} from 'vitest';
import {unknownCursor, type Cursor} from '../../source/output-stage/cursor-move.js';
import {encodeDiff, utf8Length, type TerminalState} from '../../source/output-stage/encode-diff.js';
import {blankGrid, type Grid} from '../../source/output-stage/grid.js';
import {parseFrame} from '../../source/output-stage/parse-frame.js';
import {basicColor, defaultStyle, type Style} from '../../source/output-stage/style.js';
import {createEmulator, referenceScreen} from './emulator.js';

const esc = '\u001B';
const cell = (row: number, column: number): Cursor => ({kind: 'cell', row, column});
const state = (cursor: Cursor, style: Style = defaultStyle): TerminalState => ({cursor, style});

describe('encodeDiff', () => {
  const cases: readonly [
    string,
    string,
    string,
    number,
    number,
    TerminalState,
    string,
    TerminalState,
  ][] = [
    [
      'nothing changed: nothing written',
      'abcd\nefgh',
      'abcd\nefgh',
      4,
      2,
      state(unknownCursor),
      '',
      state(unknownCursor),
    ],
    [
      'one cell, cursor unknown',
      'abcd\nefgh',
      'abcd\neXgh',
      4,
      2,
      state(unknownCursor),
      `${esc}[2;2HX`,
      state(cell(1, 2)),
    ],
    [
      'short gaps are rewritten rather than skipped',
      'abcdefgh',
      'aXcdYfgh',
      8,
      1,
      state(cell(0, 0)),
      'aXcdY',
      state(cell(0, 5)),
    ],
    [
      'a longer gap is skipped with a cursor move',
      'abcdefghij',
      'Xbcdefghij'.slice(0, 6) + 'Yhij',
      10,
      1,
      state(cell(0, 0)),
      `X${esc}[7GY`,
      state(cell(0, 7)),
    ],
    [
      'colour only where the style changes',
      'ab',
      `a${esc}[31mb`,
      2,
      1,
      state(cell(0, 1)),
      `${esc}[31mb`,
      {cursor: {kind: 'row', row: 0}, style: {...defaultStyle, fg: basicColor(1)}},
    ],
    [
      'a wide character replaced by two narrow ones',
      '中x',
      'abx',
      3,
      1,
      state(unknownCursor),
      `${esc}[Hab`,
      state(cell(0, 2)),
    ],
    [
      'two narrow characters replaced by a wide one',
      'abx',
      '中x',
      3,
      1,
      state(unknownCursor),
      `${esc}[H中`,
      state(cell(0, 2)),
    ],
    [
      'a wide character restyled is written whole',
      '中x',
      `${esc}[4m中${esc}[24mx`,
      3,
      1,
      state(unknownCursor),
      `${esc}[H${esc}[4m中`,
      state(cell(0, 2), {...defaultStyle, attrs: 8}),
    ],
    [
      'next row start',
      'ab\ncd',
      'aX\nYd',
      2,
      2,
      state(unknownCursor),
      `${esc}[1;2HX\r\nY`,
      state(cell(1, 1)),
    ],
  ];
  test.each(cases)('%s', (_name, before, after, columns, rows, from, expected, expectedState) => {
    const encoded = encodeDiff(
      parseFrame(before, columns, rows),
      parseFrame(after, columns, rows),
      from,
    );
    expect(encoded.text).toBe(expected);
    expect(encoded.state).toEqual(expectedState);
  });

  test('grids of different sizes are refused', () => {
    expect(() => encodeDiff(blankGrid(2, 2), blankGrid(3, 2), state(unknownCursor))).toThrow(
      RangeError,
    );
  });
});

describe('utf8Length', () => {
  test.each(['', 'abc', 'é', '─▁█', '中文', '😀', 'a😀b─é\u0301'])('%j', (text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text));
  });
});

// A small deterministic generator, so a failure can be replayed.
function random(seed: number): () => number {
  let value = seed;
  return () => {
    value = (value * 1103515245 + 12345) % 2147483648;
    return value / 2147483648;
  };
}

const glyphs: readonly [string, number][] = [
  ['a', 1],
  ['b', 1],
  [' ', 1],
  ['─', 1],
  ['e\u0301', 1],
  ['中', 2],
  ['😀', 2],
  ['界', 2],
];
const styles = ['0', '31', '1;32', '4', '7', '38;5;208', '48;2;10;20;30', '2;9', '3;44', '22'];

function randomFrame(next: () => number, columns: number, rows: number): string {
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    let line = '';
    let width = 0;
    const target = Math.floor(next() * (columns + 1));
    while (width < target) {
      const [glyph, glyphWidth] = glyphs[Math.floor(next() * glyphs.length)] ?? ['a', 1];
      if (width + glyphWidth > columns) break;
      if (next() < 0.3) line += `${esc}[${styles[Math.floor(next() * styles.length)] ?? '0'}m`;
      line += glyph;
      width += glyphWidth;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

describe('encodeDiff replayed into a terminal emulator', () => {
  test('every change between random frames leaves the screen the second frame shows', async () => {
    const columns = 20;
    const rows = 6;
    const next = random(42);
    const emulator = createEmulator(columns, rows);
    let shown: Grid = blankGrid(columns, rows);
    let terminalState = state(cell(0, 0));
    for (let step = 0; step < 40; step++) {
      const frame = randomFrame(next, columns, rows);
      const grid = parseFrame(frame, columns, rows);
      const encoded = encodeDiff(shown, grid, terminalState);
      await emulator.write(encoded.text);
      const reference = await referenceScreen(frame, columns, rows);
      expect(emulator.cells(), `step ${step}: ${JSON.stringify(frame)}`).toEqual(reference.cells());
      shown = grid;
      terminalState = encoded.state;
    }
  });
});
