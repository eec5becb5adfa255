import {describe, expect, it} from 'vitest';
import type {Unit} from '../../source/dashboards/spec.js';
import {
  chartScale,
  levelsWithin,
  niceCeiling,
  scaleCaption,
  thresholdLevels,
  type ThresholdLevel,
} from '../../source/view-models/chart-scale.js';
import {sparkline, type Column, type Scale} from '../../source/view-models/sparkline.js';

const warn5crit15 = thresholdLevels([{warning: 5, critical: 15}]);
const latencyWarn5 = thresholdLevels([{warning: 5}]);

describe('niceCeiling', () => {
  it.each<[number, number]>([
    [7, 10],
    [14, 20],
    [15, 20],
    [2.5, 2.5],
    [1, 1],
    [1.02, 2],
    [0.3, 0.5],
    [0.07, 0.1],
    [811, 1000],
    [1001, 2000],
    [1500, 2000],
    [99, 100],
    [0, 0],
    [-3, 0],
  ])('%s -> %s', (value, expected) => {
    expect(niceCeiling(value)).toBe(expected);
  });
});

describe('chartScale', () => {
  it.each<[string, Column[], readonly ThresholdLevel[], Unit, Scale]>([
    ['from zero to a round top', [14, 14, 15], [], 'count', {min: 0, max: 20}],
    ['a flat series keeps its height', [14, 14, 14], [], 'count', {min: 0, max: 20}],
    [
      'a percentage tops out at its lowest threshold',
      [0.99, 1.02],
      warn5crit15,
      'percent',
      {min: 0, max: 5},
    ],
    ['without thresholds, at the data', [0.99, 1.02], [], 'percent', {min: 0, max: 2}],
    // 12 reaches 5; 15 is within twice 12: both lines are in the scale.
    ['thresholds near the data raise the top', [2, 12], warn5crit15, 'percent', {min: 0, max: 20}],
    [
      'a far threshold does not squash a latency',
      [0.1, 0.3],
      latencyWarn5,
      'seconds',
      {min: 0, max: 0.5},
    ],
    ['a near one does', [3, 4], latencyWarn5, 'seconds', {min: 0, max: 5}],
    [
      'data above its thresholds sets the top',
      [0.3, 8],
      latencyWarn5,
      'seconds',
      {min: 0, max: 10},
    ],
    ['a negative series goes below zero', [-3, 4], [], 'count', {min: -5, max: 5}],
    ['an all-negative series ends at zero', [-10, -2], [], 'count', {min: -10, max: 0}],
    ['all zeros: zero sits at the bottom', [0, 0], [], 'count', {min: 0, max: 1}],
    ['no finite value at all', [undefined, Number.NaN], [], 'count', {min: 0, max: 1}],
    ['NaN and infinities are left out', [Infinity, 3, Number.NaN], [], 'count', {min: 0, max: 5}],
  ])('%s', (_name, values, levels, unit, expected) => {
    expect(chartScale(values, levels, unit)).toEqual(expected);
  });
});

describe('charts on the chart scale', () => {
  const drawn = (values: Column[], levels: readonly ThresholdLevel[], unit: Unit): string =>
    sparkline(values, values.length, chartScale(values, levels, unit));

  it.each<[string, Column[], readonly ThresholdLevel[], Unit, string]>([
    // 0..20: 14 and 15 are both 1 + round(0.7 * 7) = 1 + round(0.75 * 7) = 6 eighths.
    ['failed 14 min 14 max 15 is no wall', [14, 14, 15, 14, 15], [], 'count', '▆▆▆▆▆'],
    // 0..5: 0.99% and 1.02% are both 1 + round(0.2 * 7) = 2 eighths.
    [
      'an error rate of 0.99%..1.02% is flat and low',
      [0.99, 1, 1.02],
      warn5crit15,
      'percent',
      '▂▂▂',
    ],
    // 0..10 from the float noise of 100 * a / b: all 8 eighths, no swings.
    ['float noise is flat', [10, 9.999999999999998, 10.000000000000002, 10], [], 'percent', '████'],
    ['a flat zero draws along the bottom', [0, 0, 0], [], 'count', '▁▁▁'],
    // -5..5: -3 -> 1 + round(0.2 * 7) = 2, 0 -> 5, 4 -> 1 + round(0.9 * 7) = 7.
    ['a negative series is drawn from its low', [-3, 0, 4], [], 'count', '▂▅▇'],
    // 0..1000: a real jump still shows.
    ['a spike from zero to the top', [0, 0, 811], [], 'count', '▁▁▇'],
  ])('%s', (_name, values, levels, unit, expected) => {
    expect(drawn(values, levels, unit)).toBe(expected);
  });
});

describe('thresholdLevels and levelsWithin', () => {
  it('lists each value once, lowest first, with its tone', () => {
    expect(thresholdLevels([{critical: 500}, {warning: 1000}, undefined, {warning: 1000}])).toEqual(
      [
        {value: 500, tone: 'critical'},
        {value: 1000, tone: 'warning'},
      ],
    );
  });
  it('keeps the levels above the bottom and up to the top', () => {
    expect(levelsWithin(warn5crit15, {min: 0, max: 5})).toEqual([{value: 5, tone: 'warning'}]);
  });
});

describe('scaleCaption', () => {
  it('names both ends in the unit', () => {
    expect(scaleCaption({min: 0, max: 20}, 'percent')).toBe('scale 0%–20%');
    expect(scaleCaption({min: -5, max: 2000}, 'perSecond')).toBe('scale -5/s–2k/s');
  });
});

describe('chartScale with the panel bounds (Grafana min/max)', () => {
  it.each<[string, {min?: number; max?: number}, {min: number; max: number}]>([
    ['max only', {max: 100}, {min: 0, max: 100}],
    ['both', {min: 20, max: 40}, {min: 20, max: 40}],
    ['min only', {min: 10}, {min: 10, max: 50}],
    // A min at or above the top leaves no scale: the computed one is kept.
    ['min above the top', {min: 60}, {min: 0, max: 50}],
    ['none', {}, {min: 0, max: 50}],
  ])('%s', (_name, bounds, expected) => {
    expect(chartScale([12, 37, undefined, 41], [], 'count', bounds)).toEqual(expected);
  });
});
