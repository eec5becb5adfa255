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
});
