import {describe, expect, test} from 'vitest';
import {cellStyle, gridLines} from '../../source/output-stage/grid.js';
import {parseFrame} from '../../source/output-stage/parse-frame.js';
import {attribute, basicColor, defaultStyle, rgbColor} from '../../source/output-stage/style.js';

const esc = '\u001B';

describe('parseFrame text and size', () => {
  const cases: readonly [string, string, number, number, string[]][] = [
    ['short lines are padded, missing rows blank', 'ab\nc', 4, 3, ['ab  ', 'c   ', '    ']],
    ['long lines are cut', 'abcdef', 4, 1, ['abcd']],
    ['lines past the last row are dropped', 'a\nb\nc', 2, 2, ['a ', 'b ']],
    ['a wide character takes two cells', '中x', 4, 1, ['中x ']],
    ['an emoji takes two cells', '😀|', 4, 1, ['😀|  '.slice(0, 4)]],
    ['a combining mark joins the cell before it', 'e\u0301x', 3, 1, ['e\u0301x ']],
    [
      'a combining mark after a colour change still joins',
      `e${esc}[31m\u0301x`,
      3,
      1,
      ['e\u0301x '],
    ],
    ['a wide character with no room for its right half is cut to a blank', 'ab中', 3, 1, ['ab ']],
    ['box drawing and blocks are one cell each', '╭─▁█╮', 5, 1, ['╭─▁█╮']],
    [
      'escape sequences other than SGR are skipped',
      `a${esc}[2Kb${esc}]8;;http://x${esc}\\c${esc}]0;t\u0007d`,
      4,
      1,
      ['abcd'],
    ],
    ['other control characters take no cell', 'a\tb\rc', 4, 1, ['abc ']],
  ];
  test.each(cases)('%s', (_name, frame, columns, rows, expected) => {
    expect(gridLines(parseFrame(frame, columns, rows))).toEqual(expected);
  });

  test('the right half of a wide character is marked', () => {
    const grid = parseFrame('中😀', 5, 1);
    expect(grid.chars).toEqual(['中', '', '😀', '', ' ']);
  });
});

describe('parseFrame styles', () => {
  test('styles follow SGR codes and carry over line ends, as in a terminal', () => {
    const grid = parseFrame(`${esc}[1;31ma${esc}[22mb\nc${esc}[39;48;2;1;2;3md${esc}[0me`, 5, 2);
    const at = (row: number, column: number) => cellStyle(grid, row * 5 + column);
    expect(at(0, 0)).toEqual({fg: basicColor(1), bg: 0, attrs: attribute.bold});
    expect(at(0, 1)).toEqual({fg: basicColor(1), bg: 0, attrs: 0});
    expect(at(1, 0)).toEqual({fg: basicColor(1), bg: 0, attrs: 0});
    expect(at(1, 1)).toEqual({fg: 0, bg: rgbColor(1, 2, 3), attrs: 0});
    expect(at(1, 2)).toEqual(defaultStyle);
    expect(at(1, 3)).toEqual(defaultStyle);
  });

  test('both halves of a wide character carry its style', () => {
    const grid = parseFrame(`${esc}[4m中`, 3, 1);
    expect(cellStyle(grid, 0)).toEqual(cellStyle(grid, 1));
    expect(cellStyle(grid, 1).attrs).toBe(attribute.underline);
  });
});
