import {describe, expect, test} from 'vitest';
import {createCarry, split} from '../../sim/carry.js';

describe('createCarry', () => {
  test('pays out whole counts and keeps the fraction for later', () => {
    const carry = createCarry();
    expect([0.4, 0.4, 0.4, 0.4, 0.4].map((amount) => carry.take(amount))).toEqual([0, 0, 1, 0, 1]);
  });
});

describe('split', () => {
  test.each([
    [10, [0.45, 0.25, 0.15, 0.15], [5, 3, 1, 1]],
    [0, [1, 1], [0, 0]],
    [3, [1, 1, 1, 1], [1, 1, 1, 0]],
    [7, [0.6, 0.4], [4, 3]],
  ])('%i over %j -> %j', (count, weights, parts) => {
    expect(split(count, weights)).toEqual(parts);
  });
});
