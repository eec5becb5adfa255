import {describe, expect, it} from 'vitest';
import {grafanaColorState} from '../../source/dashboards/grafana-colors.js';
import type {ThresholdState, ThresholdSteps, Thresholds} from '../../source/dashboards/spec.js';
import {stepState, stepsOf, stepTone} from '../../source/view-models/threshold-steps.js';

const range = {min: 0, max: 100};

describe('stepsOf: warning/critical thresholds as steps', () => {
  it.each<[Thresholds, ThresholdSteps]>([
    [
      {warning: 5, critical: 15},
      {
        base: 'ok',
        steps: [
          {value: 5, state: 'warning'},
          {value: 15, state: 'critical'},
        ],
      },
    ],
    [{critical: 3}, {base: 'ok', steps: [{value: 3, state: 'critical'}]}],
    [
      {warning: 50, critical: 10, direction: 'below'},
      {
        base: 'critical',
        steps: [
          {value: 10, state: 'warning'},
          {value: 50, state: 'ok'},
        ],
      },
    ],
    [
      {critical: 1, direction: 'below'},
      {base: 'critical', steps: [{value: 1, state: 'ok'}]},
    ],
    [
      {warning: 1, direction: 'below'},
      {base: 'warning', steps: [{value: 1, state: 'ok'}]},
    ],
    [{}, {base: 'ok', steps: []}],
  ])('%j -> %j', (thresholds, steps) => {
    expect(stepsOf(thresholds)).toEqual(steps);
  });

  it.each<[number, ThresholdState]>([
    [0, 'critical'],
    [9.9, 'critical'],
    [10, 'warning'],
    [49, 'warning'],
    [50, 'ok'],
    [99, 'ok'],
  ])('below 10/50: %s is %s', (value, state) => {
    expect(stepState(value, stepsOf({warning: 50, critical: 10, direction: 'below'}), range)).toBe(
      state,
    );
  });
});

describe('stepState', () => {
  const steps: ThresholdSteps = {
    mode: 'percentage',
    base: 'ok',
    steps: [
      {value: 80, state: 'warning'},
      {value: 90, state: 'critical'},
    ],
  };
  it.each<[number, ThresholdState]>([
    [100, 'ok'],
    [259, 'ok'],
    // 80% of 100..300 is 260.
    [260, 'warning'],
    [279, 'warning'],
    [280, 'critical'],
  ])('percentage of 100..300: %s is %s', (value, state) => {
    expect(stepState(value, steps, {min: 100, max: 300})).toBe(state);
  });

  it('tones: muted without a value, the fallback without steps, info in its own tone', () => {
    expect(stepTone(undefined, steps, range)).toBe('muted');
    expect(stepTone(Number.NaN, steps, range)).toBe('muted');
    expect(stepTone(5, undefined, range, 'series1')).toBe('series1');
    expect(stepTone(5, {base: 'info', steps: []}, range)).toBe('info');
  });
});

describe('grafanaColorState', () => {
  it.each<[string, ThresholdState]>([
    ['green', 'ok'],
    ['dark-green', 'ok'],
    ['semi-dark-yellow', 'warning'],
    ['orange', 'warning'],
    ['red', 'critical'],
    ['light-red', 'critical'],
    ['blue', 'info'],
    ['super-light-purple', 'info'],
    // Grafana's classic colours as hex: #299c46 green, #EAB839 yellow, #d44a3a red, #1F78C1 blue.
    ['#299c46', 'ok'],
    ['#EAB839', 'warning'],
    ['#d44a3a', 'critical'],
    ['#1F78C1', 'info'],
    ['rgba(245, 54, 54, 0.9)', 'critical'],
    ['rgba(237, 129, 40, 0.89)', 'warning'],
    ['#8F3BB8', 'info'],
    // Magenta is nearer purple, deep pink nearer red.
    ['#f0f', 'info'],
    ['#ff1493', 'critical'],
    // Greys, text and the unknown read as ok.
    ['#808080', 'ok'],
    ['text', 'ok'],
    ['transparent', 'ok'],
  ])('%s -> %s', (color, state) => {
    expect(grafanaColorState(color)).toBe(state);
  });
});
