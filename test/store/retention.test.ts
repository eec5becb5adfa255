// The store keeps a bounded number of samples: past it, the panels of dashboards not on screen
// are let go, the longest unseen first; the panels on screen are never let go.
import {describe, expect, it} from 'vitest';
import {applyCycle, withinRetention} from '../../source/store/apply-cycle.js';
import type {PanelState} from '../../source/store/panel-state.js';
import {initialStoreState} from '../../source/store/store-state.js';

/** A panel of `samples` samples in one series, updated at `updatedAt`. */
const panel = (samples: number, updatedAt: number): PanelState => ({
  stale: false,
  loading: false,
  updatedAt,
  results: [
    {
      type: 'range',
      queryIndex: 0,
      window: {start: 0, end: samples, step: 1},
      series: [{labels: {}, samples: Array.from({length: samples}, (_, t) => [t, t] as const)}],
    },
  ],
});

describe('withinRetention', () => {
  const panels = {
    'a/old': panel(40, 1_000),
    'b/older': panel(30, 500),
    'c/shown': panel(50, 2_000),
  };

  it('keeps everything within the budget', () => {
    expect(withinRetention(panels, new Set(['c/shown']), 120)).toBe(panels);
  });

  it('lets go of the longest unseen panels first, until within the budget', () => {
    expect(Object.keys(withinRetention(panels, new Set(['c/shown']), 90))).toEqual([
      'a/old',
      'c/shown',
    ]);
    expect(Object.keys(withinRetention(panels, new Set(['c/shown']), 60))).toEqual(['c/shown']);
  });

  it('never lets go of the panels on screen', () => {
    expect(Object.keys(withinRetention(panels, new Set(['a/old', 'c/shown']), 10))).toEqual([
      'a/old',
      'c/shown',
    ]);
  });
});

describe('applyCycle', () => {
  it('applies the budget to what a cycle leaves: the panels it answered are kept', () => {
    const before = {...initialStoreState, panels: {'x/gone': panel(2_000_000, 1)}};
    const after = applyCycle(
      before,
      {panels: [{key: 'y/shown', results: panel(10, 2).results ?? []}], answered: true},
      5_000,
    );
    expect(Object.keys(after.panels)).toEqual(['y/shown']);
  });
});
