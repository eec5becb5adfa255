// Hand-made panel states for panel tests: series given as one value per grid column.
import type {PanelSpec} from '../../../source/dashboards/spec.js';
import type {Labels, RangeWindow, Sample} from '../../../source/prometheus/types.js';
import type {PanelState, QueryResult} from '../../../source/store/panel-state.js';
import {fixturePanels} from '../../fixtures/dashboards/panels.js';

/** The fixture panel of that id: a frozen copy of the built-in one (test/fixtures/dashboards). */
export function panel(id: keyof typeof fixturePanels): PanelSpec {
  return fixturePanels[id];
}

/** A window of `columns` points, one a minute, ending at 2027-01-15 12:00 UTC. */
export function minuteWindow(columns: number): RangeWindow {
  const end = 1_800_000_000 - (1_800_000_000 % 3600);
  return {start: end - (columns - 1) * 60, end, step: 60};
}

/** Samples at the window's columns; undefined leaves a gap. */
export const samplesOn = (window: RangeWindow, values: readonly (number | undefined)[]): Sample[] =>
  values.flatMap((value, column) =>
    value === undefined ? [] : [[window.start + column * window.step, value] as const],
  );

export const range = (
  queryIndex: number,
  window: RangeWindow,
  series: readonly (readonly [Labels, readonly (number | undefined)[]])[],
): QueryResult => ({
  type: 'range',
  queryIndex,
  window,
  series: series.map(([labels, values]) => ({labels, samples: samplesOn(window, values)})),
});

export const instant = (
  queryIndex: number,
  samples: readonly (readonly [Labels, number])[],
): QueryResult => ({
  type: 'instant',
  queryIndex,
  time: 1_800_000_000,
  samples: samples.map(([labels, value]) => ({labels, timestamp: 1_800_000_000, value})),
});

/** Clock time (ms) of the tests' last successful poll. */
export const updatedAt = 1_800_000_000_000;

export const fresh = (results: readonly QueryResult[]): PanelState => ({
  results,
  updatedAt,
  stale: false,
  loading: false,
});

/** `length` values: `value` repeated. */
export const repeat = (value: number | undefined, length: number): (number | undefined)[] =>
  new Array<number | undefined>(length).fill(value);
