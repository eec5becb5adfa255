import {describe, expect, it} from 'vitest';
import {tailWindow} from '../../source/prometheus/query.js';
import type {Labels, RangeWindow} from '../../source/prometheus/types.js';
import {compareLabels, mergeRange} from '../../source/store/merge-range.js';
import {evaluate, windowOf, type Model} from './prometheus-model.js';

const step = 60;
const points = 10;
const firstEnd = 60_000;
const before = windowOf(firstEnd, points, step);
const later = (steps: number): RangeWindow => windowOf(firstEnd + steps * step, points, step);

const steady: Model = {a: (t) => t / 60, b: (t) => 2 * (t / 60)};

type Case = {
  readonly name: string;
  readonly old: Model;
  readonly now: Model;
  readonly next: RangeWindow;
};

const cases: readonly Case[] = [
  {name: 'no new step: the tail is the overlap', old: steady, now: steady, next: before},
  {name: 'one step later', old: steady, now: steady, next: later(1)},
  {name: 'several steps later, old points trimmed', old: steady, now: steady, next: later(6)},
  {
    name: 'a gap across the tail boundary stays a gap',
    old: {a: (t) => (t > firstEnd - 4 * step && t < firstEnd + 2 * step ? undefined : 1)},
    now: {a: (t) => (t > firstEnd - 4 * step && t < firstEnd + 2 * step ? undefined : 1)},
    next: later(3),
  },
  {
    name: 'late samples within the overlap replace the older values',
    old: {a: (t) => (t >= firstEnd - step ? 0 : 5)},
    now: {a: () => 5},
    next: later(2),
  },
  {
    name: 'a point that became a gap in the overlap goes',
    old: {a: () => 1},
    now: {a: (t) => (t === firstEnd ? undefined : 1)},
    next: later(1),
  },
  {
    name: 'a raw counter that resets inside the tail and inside the cached part',
    old: {c: (t) => (t <= firstEnd - 5 * step ? t : t - (firstEnd - 5 * step))},
    now: {
      c: (t) =>
        t <= firstEnd - 5 * step ? t : t <= firstEnd ? t - (firstEnd - 5 * step) : t - firstEnd,
    },
    next: later(4),
  },
  {
    name: 'a series appearing in the tail',
    old: steady,
    now: {...steady, aa: (t) => (t > firstEnd ? 7 : undefined)},
    next: later(2),
  },
  {
    name: 'a series disappearing keeps its old points',
    old: steady,
    now: {a: (t) => t / 60, b: (t) => (t > firstEnd - 2 * step ? undefined : 2 * (t / 60))},
    next: later(2),
  },
  {
    name: 'a series whose points all fell out of the range is dropped',
    old: {...steady, early: (t) => (t < before.start + 2 * step ? 1 : undefined)},
    now: {...steady, early: (t) => (t < before.start + 2 * step ? 1 : undefined)},
    next: later(3),
  },
];

describe('mergeRange after a tail query', () => {
  it.each(cases)('$name: same as a full refetch of the grid', ({old, now, next}) => {
    const fetched = tailWindow(before, next);
    expect(fetched).toEqual({start: firstEnd - 2 * step, end: next.end, step});
    if (fetched === undefined) return;
    const merged = mergeRange(evaluate(old, before), evaluate(now, fetched), fetched, next);
    expect(merged).toEqual(evaluate(now, next));
  });

  it('misses a late sample older than the overlap (the periodic full refetch repairs it)', () => {
    const old: Model = {a: (t) => (t === firstEnd - 5 * step ? 0 : 1)};
    const now: Model = {a: () => 1};
    const next = later(1);
    const fetched = tailWindow(before, next) as RangeWindow;
    const merged = mergeRange(evaluate(old, before), evaluate(now, fetched), fetched, next);
    expect(merged).not.toEqual(evaluate(now, next));
    expect(merged[0]?.samples.find(([t]) => t === firstEnd - 5 * step)).toEqual([
      firstEnd - 5 * step,
      0,
    ]);
  });
});

describe('tailWindow', () => {
  it.each([
    ['another step (a resize)', windowOf(firstEnd + 120, 5, 120)],
    ['another range, same step', windowOf(firstEnd + step, points + 5, step)],
    ['the clock went back', later(-1)],
    ['a grid that does not line up', windowOf(firstEnd + 30, points, step)],
    ['a gap as long as the range', later(points - 2)],
  ])('refetches everything after %s', (_name, next) => {
    expect(tailWindow(before, next)).toBeUndefined();
  });

  it('asks from the previous end minus two steps, aligned to the step', () => {
    expect(tailWindow(before, later(3))).toEqual({
      start: firstEnd - 120,
      end: firstEnd + 180,
      step,
    });
    expect(tailWindow(before, later(3), 0)).toEqual({start: firstEnd, end: firstEnd + 180, step});
  });
});

describe('compareLabels', () => {
  it('orders label sets as Prometheus orders a matrix', () => {
    const sets: Labels[] = [{b: '1'}, {a: '2'}, {a: '1', b: 'x'}, {}, {a: '1'}, {a: '1', c: ''}];
    expect([...sets].sort(compareLabels)).toEqual([
      {},
      {a: '1'},
      {a: '1', b: 'x'},
      {a: '1', c: ''},
      {a: '2'},
      {b: '1'},
    ]);
  });
});
