import {describe, expect, it} from 'vitest';
import {formatAge} from '../../source/view-models/age.js';

describe('formatAge', () => {
  it.each([
    [0, '0s'],
    [999, '0s'],
    [45_000, '45s'],
    [59_999, '59s'],
    [60_000, '1m'],
    [125_000, '2m'],
    [3_599_999, '59m'],
    [3_600_000, '1h'],
    [86_399_999, '23h'],
    [2 * 86_400_000, '2d'],
    [-5_000, '0s'],
  ])('%i ms -> %s', (ms, expected) => {
    expect(formatAge(ms)).toBe(expected);
  });
});
