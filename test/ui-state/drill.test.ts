// Drill-down through the keys as the app runs them: `d` opens the picker of the focused panel's
// labels, ↑/↓ pick, Enter shows the panel split by the label zoomed, Esc goes back to the panel
// as it was; and the drilled panel that takes the focused panel's place.
import {describe, expect, it} from 'vitest';
import type {DashboardSpec, PanelSpec} from '../../source/dashboards/spec.js';
import type {QueryResult} from '../../source/store/panel-state.js';
import {drilledPanel, focusedLabels, shownDashboard} from '../../source/ui-state/drill.js';
import {panelLabels, type LabelCount} from '../../source/ui-state/label-picker.js';
import type {UiEnv, UiState} from '../../source/ui-state/types.js';
import {initialUiState, keyContextOf} from '../../source/ui-state/ui-state.js';
import {down, enter, esc, press, twoDashboards, up} from './press.js';

const labels: readonly LabelCount[] = [
  {name: 'instance', values: 3},
  {name: 'job', values: 1},
  {name: 'status', values: 2},
];
const env: UiEnv = {dashboards: twoDashboards, focusedLabels: () => labels};
const start = initialUiState(0, 3600);
const after = (state: UiState, ...keys: Parameters<typeof press>[2][]): UiState =>
  press(state, env, ...keys).state;

describe('drill-down keys', () => {
  it('d opens the picker over the focused panel; j/k and arrows move, kept on the list', () => {
    const open = after(start, 'd');
    expect(keyContextOf(open)).toBe('picker');
    expect(open.drill).toEqual({picker: {labels, selected: 0}, wasZoomed: false});
    expect(after(open, 'j', down, down, down).drill?.picker?.selected).toBe(2);
    expect(after(open, 'j', up, 'k').drill?.picker?.selected).toBe(0);
    // Keys of the screen behind do nothing while the picker is open.
    expect(after(open, 'l', '2', 'a')).toEqual(open);
  });

  it('Enter splits the panel by the picked label, zoomed; Esc goes back to the grid', () => {
    const drilled = after(start, 'd', 'j', enter);
    expect(drilled.drill).toEqual({label: 'job', wasZoomed: false});
    expect(drilled.zoomed).toBe(true);
    expect(keyContextOf(drilled)).toBe('zoom');
    const back = after(drilled, esc);
    expect(back.drill).toBeUndefined();
    expect(back.zoomed).toBe(false);
  });

  it('from a zoomed panel, Esc goes back to it zoomed, then to the grid', () => {
    const zoomed = after(start, enter);
    const drilled = after(zoomed, 'd', enter);
    expect(drilled.drill).toEqual({label: 'instance', wasZoomed: true});
    expect(after(drilled, esc)).toMatchObject({zoomed: true, drill: undefined});
    expect(after(drilled, esc, esc)).toMatchObject({zoomed: false, drill: undefined});
  });

  it('d on a drilled panel picks again; Esc in the picker keeps the split', () => {
    const drilled = after(start, 'd', enter);
    expect(after(drilled, 'd', 'j', 'j', enter).drill).toEqual({label: 'status', wasZoomed: false});
    expect(after(drilled, 'd', esc).drill).toEqual({label: 'instance', wasZoomed: false});
    expect(after(start, 'd', esc).drill).toBeUndefined();
  });

  it('moving focus or changing dashboard ends the split', () => {
    const drilled = after(start, 'd', enter);
    expect(after(drilled, 'l').drill).toBeUndefined();
    expect(after(drilled, '2').drill).toBeUndefined();
  });

  it('d with no labels to pick opens nothing', () => {
    expect(press(start, {dashboards: twoDashboards, focusedLabels: () => []}, 'd').state).toBe(
      start,
    );
  });
});

const latency: PanelSpec = {
  id: 'latency',
  title: 'Latency',
  kind: 'percentiles',
  unit: 'seconds',
  queries: [
    {expr: 'histogram_quantile(0.5, sum by (le) (rate(x_bucket[5m])))', legend: 'p50'},
    {expr: 'histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])))', legend: 'p99'},
    {expr: 'sum(rate(x_bucket{le="+Inf"}[5m]))', aboveTopBucketOf: 0},
  ],
};
const rate: PanelSpec = {
  id: 'rate',
  title: 'Rate',
  kind: 'stat',
  unit: 'perSecond',
  queries: [{expr: 'sum(rate(x_total[5m]))', legend: 'all'}],
};
const dashboard: DashboardSpec = {id: 'd', title: 'D', rows: [{panels: [rate, latency]}]};

describe('the drilled panel', () => {
  it('splits every query, names its series by the label, says so in its title', () => {
    expect(drilledPanel(latency, 'instance')).toEqual({
      id: 'latency@by:instance',
      title: 'Latency by instance',
      kind: 'percentiles',
      unit: 'seconds',
      queries: [
        {
          expr: 'histogram_quantile(0.5, sum by (le, instance) (rate(x_bucket[5m])))',
          legend: 'p50 {{instance}}',
        },
        {
          expr: 'histogram_quantile(0.99, sum by (le, instance) (rate(x_bucket[5m])))',
          legend: 'p99 {{instance}}',
        },
        {expr: 'sum by (instance) (rate(x_bucket{le="+Inf"}[5m]))', aboveTopBucketOf: 0},
      ],
    });
  });

  it('charts a stat panel, one legend entry per value', () => {
    expect(drilledPanel(rate, 'job')).toEqual({
      id: 'rate@by:job',
      title: 'Rate by job',
      kind: 'timeseries',
      unit: 'perSecond',
      queries: [{expr: 'sum by (job) (rate(x_total[5m]))', legend: '{{job}}'}],
    });
  });

  it('takes the focused panel place in the dashboard, the others as they were', () => {
    const shown = shownDashboard(dashboard, {row: 0, column: 1}, 'job');
    expect(shown.rows[0]?.panels).toEqual([rate, drilledPanel(latency, 'job')]);
    expect(shownDashboard(dashboard, {row: 0, column: 1}, undefined)).toBe(dashboard);
  });
});

const series = (labels: Record<string, string>) => ({labels, samples: []});
const window = {start: 0, end: 60, step: 15};

describe('the labels to pick from', () => {
  it('are the drawn series labels with their distinct values and the target labels, by name', () => {
    const results: QueryResult[] = [
      {
        type: 'range',
        queryIndex: 0,
        window,
        series: [
          series({__name__: 'x', instance: 'a:1', status: 'ok'}),
          series({instance: 'b:1', status: 'ok'}),
        ],
      },
      {type: 'range', queryIndex: 1, window, series: [series({instance: 'c:1', zone: 'eu'})]},
      // The above-top-bucket check is not drawn: its labels are not offered.
      {type: 'range', queryIndex: 2, window, series: [series({hidden: 'x'})]},
    ];
    expect(panelLabels(latency, results)).toEqual([
      {name: 'instance', values: 3},
      {name: 'job', values: undefined},
      {name: 'status', values: 1},
      {name: 'zone', values: 1},
    ]);
  });

  it('of a sum are the target labels alone', () => {
    const results: QueryResult[] = [{type: 'instant', queryIndex: 0, time: 60, samples: []}];
    expect(panelLabels(rate, results)).toEqual([
      {name: 'instance', values: undefined},
      {name: 'job', values: undefined},
    ]);
  });

  it('are read from the focused panel state in the store', () => {
    const panels = {
      'd/latency': {
        stale: false,
        loading: false,
        results: [{type: 'range', queryIndex: 0, window, series: [series({pod: 'p'})]}] as const,
      },
    };
    expect(focusedLabels(dashboard, {row: 0, column: 1}, panels)).toEqual([
      {name: 'instance', values: undefined},
      {name: 'job', values: undefined},
      {name: 'pod', values: 1},
    ]);
  });
});
