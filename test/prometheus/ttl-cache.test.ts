import {describe, expect, it} from 'vitest';
import {createTtlCache} from '../../source/prometheus/ttl-cache.js';

describe('createTtlCache', () => {
  it('keeps at most maxEntries, dropping the oldest first', async () => {
    const cache = createTtlCache<number>({ttlMs: 60_000, maxEntries: 200, now: () => 0});
    let loads = 0;
    const load = (value: number) => async () => {
      loads += 1;
      return value;
    };
    for (let key = 0; key < 201; key++) await cache.get(`k${key}`, load(key));
    expect([cache.size(), loads]).toEqual([200, 201]);
    expect(await cache.get('k200', load(-1))).toBe(200);
    expect(await cache.get('k0', load(-1))).toBe(-1);
    expect(loads).toBe(202);
  });

  it('asks once for keys asked while the answer is on its way', async () => {
    const cache = createTtlCache<string>({ttlMs: 60_000, maxEntries: 2, now: () => 0});
    let loads = 0;
    const load = () =>
      new Promise<string>((resolve) => setTimeout(() => resolve(`v${++loads}`), 5));
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual(['v1', 'v1']);
  });

  it('forgets a failure, so that the next ask tries again', async () => {
    const cache = createTtlCache<string>({ttlMs: 60_000, maxEntries: 2, now: () => 0});
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', async () => 'up')).toBe('up');
  });
});
