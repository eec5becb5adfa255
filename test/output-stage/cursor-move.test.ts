import {describe, expect, test} from 'vitest';
import {
  cursorAfterWrite,
  moveCursor,
  unknownCursor,
  type Cursor,
} from '../../source/output-stage/cursor-move.js';

const cell = (row: number, column: number): Cursor => ({kind: 'cell', row, column});

describe('moveCursor', () => {
  const cases: readonly [string, Cursor, number, number, string][] = [
    ['already there', cell(3, 7), 3, 7, ''],
    ['from nowhere: absolute, 1-based', unknownCursor, 4, 9, '\u001B[5;10H'],
    ['from nowhere to the top-left corner', unknownCursor, 0, 0, '\u001B[H'],
    ['from nowhere to column 0', unknownCursor, 11, 0, '\u001B[12H'],
    ['one cell right', cell(2, 5), 2, 6, '\u001B[C'],
    ['far right, relative', cell(2, 95), 2, 130, '\u001B[35C'],
    ['to a near column, absolute column is shorter', cell(2, 5), 2, 8, '\u001B[9G'],
    ['one cell left is a backspace', cell(2, 5), 2, 4, '\b'],
    ['to column 0 is a carriage return', cell(2, 50), 2, 0, '\r'],
    ['next line start', cell(2, 50), 3, 0, '\r\n'],
    ['two lines down, same column', cell(2, 50), 4, 50, '\u001B[2B'],
    ['a line down and a little right', cell(2, 100), 3, 102, '\u001B[B\u001B[2C'],
    ['up a line', cell(9, 3), 8, 3, '\u001B[A'],
    ['far away is absolute', cell(1, 100), 30, 7, '\u001B[31;8H'],
    ['row known, column not (after the last column)', {kind: 'row', row: 5}, 6, 0, '\r\n'],
    ['row known, column not, same row', {kind: 'row', row: 5}, 5, 30, '\u001B[31G'],
  ];
  test.each(cases)('%s', (_name, from, row, column, expected) => {
    expect(moveCursor(from, row, column)).toBe(expected);
  });
});

describe('cursorAfterWrite', () => {
  test('inside the row the column is known', () => {
    expect(cursorAfterWrite(2, 10, 80)).toEqual(cell(2, 10));
  });
  test('after the last column only the row is known', () => {
    expect(cursorAfterWrite(2, 80, 80)).toEqual({kind: 'row', row: 2});
  });
});
