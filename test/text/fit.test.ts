import {describe, expect, it} from 'vitest';
import {cellWidth, fitToWidth, padToWidth} from '../../source/text/fit.js';

describe('cellWidth', () => {
  it.each([
    ['ascii', 'abc', 3],
    ['CJK counts two cells each', '東京', 4],
    ['emoji counts two cells', '😀', 2],
    ['ZWJ family emoji is one cluster of two cells', '👨‍👩‍👧', 2],
    ['combining acute accent takes no cell', 'e\u0301', 1],
    ['ellipsis is one cell', '…', 1],
  ])('%s', (_name, text, expected) => {
    expect(cellWidth(text)).toBe(expected);
  });
});

describe('fitToWidth', () => {
  it.each([
    ['fits: unchanged', 'api', 5, 'api'],
    ['exactly fits: unchanged', 'api-1', 5, 'api-1'],
    ['too long: cut with an ellipsis', 'api-gateway', 5, 'api-…'],
    ['one cell: only the ellipsis', 'api', 1, '…'],
    ['zero cells: empty', 'api', 0, ''],
    ['negative cells: empty', 'api', -3, ''],
    ['CJK fits', '東京', 4, '東京'],
    ['CJK cut at a cluster edge', '東京都', 5, '東京…'],
    ['CJK never split: the left-over cell is padded', '東京都', 4, '東… '],
    ['emoji never split', '😀😀😀', 4, '😀… '],
    [
      'combining marks stay with their letter',
      'e\u0301e\u0301e\u0301e\u0301',
      3,
      'e\u0301e\u0301…',
    ],
    ['combining marks fit without counting', 'e\u0301e\u0301e\u0301', 3, 'e\u0301e\u0301e\u0301'],
    ['ZWJ emoji is not split', 'a👨‍👩‍👧b', 3, 'a… '],
  ])('%s', (_name, text, cells, expected) => {
    const fitted = fitToWidth(text, cells);
    expect(fitted).toBe(expected);
    expect(cellWidth(fitted)).toBeLessThanOrEqual(Math.max(0, cells));
  });

  it('cuts a 10,000-character value without measuring all of it', () => {
    const value = '東'.repeat(10_000);
    const started = performance.now();
    const fitted = fitToWidth(value, 9);
    expect(performance.now() - started).toBeLessThan(200);
    expect(fitted).toBe('東東東東…');
  });
});

describe('padToWidth', () => {
  it.each([
    ['pads on the right by default', 'ab', 4, 'left', 'ab  '],
    ['pads on the left when right-aligned', 'ab', 4, 'right', '  ab'],
    ['cuts what does not fit', 'abcdef', 4, 'left', 'abc…'],
    ['pads around wide characters by cells', '東', 4, 'left', '東  '],
    ['right-aligned wide characters', '東', 3, 'right', ' 東'],
  ] as const)('%s', (_name, text, cells, align, expected) => {
    expect(padToWidth(text, cells, align)).toBe(expected);
  });
});
