import {describe, expect, test} from 'vitest';
import {screenPlan, screenPlanKey, type ScreenPlanInput} from '../../source/poller/screen-plan.js';
import {first} from './dashboards.js';

const input: ScreenPlanInput = {
  dashboard: first,
  rangeSeconds: 3600,
  refreshMs: 5000,
  chartWidths: {rates: 60, shares: 40},
  variables: {job: {values: ['api']}},
  visiblePanelIds: new Set(['rates', 'shares']),
};

describe('screenPlan', () => {
  test('plans what is on screen, with the variables and the visible panels', () => {
    expect(screenPlan(input)).toEqual({
      dashboard: first,
      rangeSeconds: 3600,
      refreshMs: 5000,
      chartWidths: {rates: 60, shares: 40},
      variables: {job: {values: ['api']}},
      visiblePanelIds: new Set(['rates', 'shares']),
    });
  });

  test('leaves out variables and visible panels it was not given (all panels are queried)', () => {
    const plan = screenPlan({...input, variables: undefined, visiblePanelIds: undefined});
    expect(plan).toEqual({
      dashboard: first,
      rangeSeconds: 3600,
      refreshMs: 5000,
      chartWidths: {rates: 60, shares: 40},
    });
    expect(plan !== undefined && 'visiblePanelIds' in plan).toBe(false);
  });

  test('has no plan while the terminal is too small to lay the dashboard out', () => {
    expect(screenPlan({...input, chartWidths: undefined})).toBeUndefined();
  });
});

describe('screenPlanKey', () => {
  test('is the same for new objects holding the same widths, values and panels', () => {
    const again: ScreenPlanInput = {
      ...input,
      chartWidths: {rates: 60, shares: 40},
      variables: {job: {values: ['api']}},
      visiblePanelIds: new Set(['rates', 'shares']),
    };
    expect(screenPlanKey(again)).toBe(screenPlanKey(input));
  });

  test.each<[string, Partial<ScreenPlanInput>]>([
    ['range', {rangeSeconds: 900}],
    ['refresh', {refreshMs: 10_000}],
    ['a chart width', {chartWidths: {rates: 61, shares: 40}}],
    ['a variable value', {variables: {job: {values: ['web']}}}],
    ['the panels on screen', {visiblePanelIds: new Set(['rates'])}],
    ['all panels instead of some', {visiblePanelIds: undefined}],
    ['no layout yet', {chartWidths: undefined}],
  ])('changes with the %s', (_name, change) => {
    expect(screenPlanKey({...input, ...change})).not.toBe(screenPlanKey(input));
  });
});
