import {describe, expect, it} from 'vitest';
import {
  narrowEnvelope,
  parseSample,
  parseSampleValue,
  parseTimestamp,
} from '../../source/prometheus/backend.js';

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

describe('narrowEnvelope', () => {
  it.each([
    // VictoriaMetrics: the query (quotes escaped inside it) and its time go; the reason stays.
    [
      {
        status: 'error',
        errorType: '422',
        error:
          'error when executing query="up{a=\\"x): y\\"}" for (time=1, step=300000): unknown func',
      },
      {status: 'error', errorType: 'execution', error: 'unknown func'},
    ],
    [
      {status: 'error', errorType: '400', error: 'missing `query` arg'},
      {status: 'error', errorType: 'bad_data', error: 'missing `query` arg'},
    ],
    [
      {status: 'error', errorType: '418', error: 'x'},
      {status: 'error', errorType: 'unknown', error: 'x'},
    ],
    // Prometheus' own names and messages pass as they are.
    [
      {status: 'error', errorType: 'timeout', error: 'error when executing query="x" soon'},
      {status: 'error', errorType: 'timeout', error: 'error when executing query="x" soon'},
    ],
    [{status: 'error'}, {status: 'error', errorType: 'unknown', error: ''}],
    [
      {status: 'success', data: 1},
      {status: 'success', data: 1},
    ],
    [{status: 'ok'}, undefined],
  ])('%j -> %j', (body, envelope) => {
    expect(narrowEnvelope(body)).toEqual(envelope);
  });
});
