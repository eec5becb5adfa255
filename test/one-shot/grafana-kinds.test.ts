// --once and --json judge the Grafana kinds as the panels draw them: threshold steps give the
// level, and text and placeholders (never polled) are read, not "loading".
import {describe, expect, it} from 'vitest';
import type {PanelSpec} from '../../source/dashboards/spec.js';
import {levelOf, panelStatus, type Level} from '../../source/one-shot/panel-values.js';

const gauge: PanelSpec = {
  id: 'disk',
  title: 'Disk',
  kind: 'gauge',
  unit: 'percent',
  queries: [{expr: 'x'}],
  steps: {
    mode: 'percentage',
    base: 'ok',
    steps: [
      {value: 80, state: 'warning'},
      {value: 95, state: 'critical'},
      {value: 99, state: 'info'},
    ],
  },
};

describe('levelOf with threshold steps', () => {
  it.each<[number | undefined, Level]>([
    [undefined, 'none'],
    [Number.NaN, 'none'],
    [50, 'ok'],
    [80, 'warning'],
    [96, 'critical'],
    // An info step is shown in its colour but is no warning for the exit status.
    [99.5, 'ok'],
  ])('%s -> %s', (value, level) => {
    expect(levelOf(gauge, value)).toBe(level);
  });
});

describe('levelOf a series whose override sets its bounds', () => {
  it('percentage steps are of its own min..max', () => {
    const bounds = {unit: 'none', min: 0, max: 200} as const;
    // 96 of 0..200 is 48%: ok, where the panel's 0..100% calls it critical; 190 is 95%.
    expect(levelOf(gauge, 96, undefined, false, bounds)).toBe('ok');
    expect(levelOf(gauge, 190, undefined, false, bounds)).toBe('critical');
    expect(levelOf(gauge, 96)).toBe('critical');
  });
});

describe('panelStatus', () => {
  it('text and placeholders are ok without any poll; a gauge without an answer is loading', () => {
    const text: PanelSpec = {...gauge, kind: 'text', queries: [], text: 'hello'};
    const placeholder: PanelSpec = {
      ...gauge,
      kind: 'unsupported',
      queries: [],
      unsupported: {type: 'piechart', reason: 'not drawn in a terminal yet'},
    };
    expect(panelStatus(text, undefined)).toBe('ok');
    expect(panelStatus(placeholder, undefined)).toBe('ok');
    expect(panelStatus(gauge, undefined)).toBe('loading');
  });
});
