import {describe, expect, it} from 'vitest';
import {createRangeCache} from '../../source/store/range-cache.js';
import {evaluate, windowOf, type Model} from './prometheus-model.js';

const step = 60;
const model: Model = {a: (t) => t, b: (t) => -t};
const first = windowOf(60_000, 10, step);
const next = windowOf(60_120, 10, step);
const tail = {start: 59_880, end: 60_120, step};
/** 20 s after the first grid's newest point: past the 15 s late-sample margin. */
const firstAnswerAt = first.end * 1000 + 20_000;

function setup(fullEveryMs = 600_000) {
  const time = {now: firstAnswerAt};
  const cache = createRangeCache({clock: () => time.now, fullEveryMs});
  cache.settle('q', first, first, evaluate(model, first));
  return {cache, time};
}

describe('createRangeCache', () => {
  it('asks for the whole window first, then for the tail, and merges it', () => {
    const time = {now: firstAnswerAt};
    const cache = createRangeCache({clock: () => time.now});
    expect(cache.fetchWindow('q', first)).toEqual(first);
    cache.settle('q', first, first, evaluate(model, first));
    time.now += 5_000;
    expect(cache.fetchWindow('q', next)).toEqual(tail);
    expect(cache.settle('q', next, tail, evaluate(model, tail))).toEqual(evaluate(model, next));
    expect(cache.fetchWindow('q', windowOf(60_180, 10, step))).toEqual({
      start: 60_000,
      end: 60_180,
      step,
    });
  });

  it('fetches everything again every fullEveryMs, after the clock went back, and once forgotten', () => {
    const {cache, time} = setup(60_000);
    time.now += 59_999;
    expect(cache.fetchWindow('q', next)).toEqual(tail);
    time.now += 1;
    expect(cache.fetchWindow('q', next)).toEqual(next);
    time.now -= 2;
    cache.settle('q', next, tail, evaluate(model, tail));
    time.now -= 1;
    expect(cache.fetchWindow('q', next)).toEqual(next);
    const fresh = setup();
    fresh.cache.forget('q');
    expect(fresh.cache.fetchWindow('q', next)).toEqual(next);
  });

  it('keeps only the queries the plan still asks', () => {
    const {cache} = setup();
    cache.retain(new Set(['other']));
    expect(cache.fetchWindow('q', next)).toEqual(next);
  });

  it('does not merge a tail the cached points do not reach; the next fetch is whole', () => {
    const {cache} = setup();
    const far = windowOf(60_300, 10, step);
    const late = {start: 60_180, end: 60_300, step};
    expect(cache.merges('q', far, late)).toBe(false);
    expect(cache.merges('q', next, tail)).toBe(true);
    expect(cache.merges('gone', far, far)).toBe(true);
    const answer = evaluate(model, late);
    expect(cache.settle('q', far, late, answer)).toBe(answer);
    expect(cache.fetchWindow('q', far)).toEqual(far);
    expect(cache.merges('q', next, tail)).toBe(false);
  });

  it('asks again on an unmoved grid only once, after the late-sample margin of its newest point', () => {
    const time = {now: next.end * 1000 + 2_000};
    const cache = createRangeCache({clock: () => time.now, lateMs: 15_000});
    cache.settle('q', next, next, evaluate(model, next));
    time.now += 5_000;
    expect(cache.current('q', next)).toEqual(evaluate(model, next));
    time.now = next.end * 1000 + 15_000;
    expect(cache.current('q', next)).toBeUndefined();
    const last = cache.fetchWindow('q', next);
    expect(last).toEqual({start: next.end - 2 * step, end: next.end, step});
    cache.settle('q', next, last, evaluate(model, last));
    time.now += 30_000;
    expect(cache.current('q', next)).toEqual(evaluate(model, next));
  });

  it('asks again every point that was within the late-sample margin when last answered', () => {
    // A 3 s grid answered 2 s after its newest point: the five newest points (up to 14 s old)
    // may still change, so the next tail starts at the oldest of them, not two steps back.
    const fine = windowOf(60_000, 100, 3);
    const time = {now: fine.end * 1000 + 2_000};
    const cache = createRangeCache({clock: () => time.now, lateMs: 15_000});
    cache.settle('q', fine, fine, evaluate(model, fine));
    time.now += 4_000;
    const moved = windowOf(60_006, 100, 3);
    const late = {start: fine.end - 12, end: moved.end, step: 3};
    expect(cache.fetchWindow('q', moved)).toEqual(late);
    expect(cache.settle('q', moved, late, evaluate(model, late))).toEqual(evaluate(model, moved));
  });
});
