// The replay speed keys step through a fixed list and stop at either end.
import {describe, expect, it} from 'vitest';
import {nextSpeed, replaySpeeds} from '../../source/ui-state/replay-speed.js';

describe('nextSpeed', () => {
  it('lists the speeds slowest first', () => {
    expect(replaySpeeds).toEqual([0.25, 0.5, 1, 2, 4, 8, 16]);
  });

  it.each([
    [0.25, 1, 0.5],
    [0.5, 1, 1],
    [1, 1, 2],
    [2, 1, 4],
    [8, 1, 16],
    [16, 1, 16],
    [16, -1, 8],
    [1, -1, 0.5],
    [0.5, -1, 0.25],
    [0.25, -1, 0.25],
    // A speed between two of the list counts as the next one up; one above all as the fastest.
    [3, 1, 8],
    [3, -1, 2],
    [100, 1, 16],
    [100, -1, 8],
  ] as const)('from %s in direction %s: %s', (speed, direction, expected) => {
    expect(nextSpeed(speed, direction)).toBe(expected);
  });
});
