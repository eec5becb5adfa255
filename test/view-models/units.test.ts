import {describe, expect, it} from 'vitest';
import type {Unit} from '../../source/dashboards/spec.js';
import {formatValue} from '../../source/view-models/units.js';

describe('formatValue', () => {
  it.each<[number | undefined, Unit, string]>([
    [1.5, 'seconds', '1.5s'],
    [12.34, 'seconds', '12.3s'],
    [125, 'seconds', '125s'],
    [0.25, 'seconds', '250ms'],
    [0.0123, 'seconds', '12.3ms'],
    [0.001, 'seconds', '1ms'],
    [0.000012, 'seconds', '12µs'],
    [0.0000005, 'seconds', '0.5µs'],
    [0.9999, 'seconds', '1s'],
    [0, 'seconds', '0s'],
    [-0.5, 'seconds', '-500ms'],
    [5, 'percent', '5%'],
    [12.345, 'percent', '12.3%'],
    [100, 'percent', '100%'],
    [0.05, 'percent', '0.05%'],
    [0, 'percent', '0%'],
    [950, 'count', '950'],
    [1234, 'count', '1.23k'],
    [12_345, 'count', '12.3k'],
    [999_999, 'count', '1M'],
    [1_500_000, 'count', '1.5M'],
    [2_000_000_000, 'count', '2G'],
    [-1500, 'count', '-1.5k'],
    [3.14159, 'count', '3.14'],
    [42.5, 'perSecond', '42.5/s'],
    [12_300, 'perSecond', '12.3k/s'],
    [11, 'perMinute', '11/min'],
    [2500, 'perMinute', '2.5k/min'],
    // A 0/0 (nothing observed) has no value; the zoomed panel says so.
    [Number.NaN, 'seconds', '–'],
    [Infinity, 'percent', '+Inf'],
    [-Infinity, 'count', '-Inf'],
    [undefined, 'perSecond', '-'],
  ])('%s %s -> %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});
