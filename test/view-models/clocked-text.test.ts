import {describe, expect, it} from 'vitest';
import type {StoreState} from '../../source/store/store-state.js';
import {clockedText} from '../../source/view-models/clocked-text.js';

const now = 1_000_000;
const state: StoreState = {
  panels: {
    'a/fresh': {stale: false, loading: false, updatedAt: now - 5_000, results: []},
    'a/stale': {
      stale: true,
      loading: false,
      updatedAt: now - 90_000,
      results: [],
      error: {kind: 'timeout', message: 'timed out'},
    },
  },
  connection: {status: 'up', lastSuccessAt: now - 61_000},
  paused: false,
};

describe('clockedText', () => {
  it('is the header notice and the ages of stale panels, nothing else', () => {
    expect(clockedText(state, now)).toBe('updated 1m ago\n1m');
    expect(clockedText(state, now + 5_000)).toBe(clockedText(state, now));
    expect(clockedText(state, now + 30_000)).toBe('updated 1m ago\n2m');
  });

  it('changes when a value grows older than its bound with no poll ending (a hanging server)', () => {
    const sampledAt = now - 5_000;
    const valued: StoreState = {
      ...state,
      panels: {
        'a/value': {
          stale: false,
          loading: false,
          updatedAt: sampledAt,
          freshness: {scrapeIntervalSeconds: 15, maxAgeMs: 31_000},
          results: [{type: 'instant', queryIndex: 0, time: sampledAt / 1000, samples: []}],
        },
      },
    };
    // Fresh: nothing of it reads the clock.
    expect(clockedText(valued, now)).toBe('updated 1m ago');
    expect(clockedText(valued, now + 20_000)).toBe('updated 1m ago');
    // Past the bound, its border says "as of …, 36s ago", a text that changes with the clock.
    expect(clockedText(valued, now + 31_000)).toBe('updated 1m ago\nas of 36s');
    expect(clockedText(valued, now + 32_000)).toBe('updated 1m ago\nas of 37s');
  });
});
