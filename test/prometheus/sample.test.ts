import {describe, expect, it} from 'vitest';
import {parseSample, parseSampleValue, parseTimestamp} from '../../source/prometheus/sample.js';

describe('parseSampleValue', () => {
  it.each([
    ['42', 42],
    ['-1.5', -1.5],
    ['0.000123', 0.000123],
    ['1e+21', 1e21],
    ['6.02E-3', 0.00602],
    ['.5', 0.5],
    ['NaN', Number.NaN],
    ['+Inf', Number.POSITIVE_INFINITY],
    ['-Inf', Number.NEGATIVE_INFINITY],
  ])('%s -> %d', (text, value) => {
    expect(parseSampleValue(text)).toBe(value);
  });

  it.each([[''], [' '], ['0x10'], ['Infinity'], ['1,5'], ['abc'], ['constructor'], [42], [null]])(
    'refuses %j',
    (text) => {
      expect(parseSampleValue(text)).toBeUndefined();
    },
  );
});

describe('parseSample', () => {
  it('reads [seconds, "value"] pairs', () => {
    expect(parseSample([1700000000.5, '3'])).toEqual([1700000000.5, 3]);
    expect(parseSample(['1700000000', 'NaN'])).toEqual([1700000000, Number.NaN]);
  });

  it.each([[[1]], [[1, 2, 3]], [['x', '1']], [[1, 'bad']], [{}], [undefined]])(
    'turns %j into a gap',
    (pair) => {
      expect(parseSample(pair)).toBeUndefined();
    },
  );

  it('accepts only finite timestamps', () => {
    expect([
      parseTimestamp(Number.POSITIVE_INFINITY),
      parseTimestamp(''),
      parseTimestamp(7),
    ]).toEqual([undefined, undefined, 7]);
  });
});
