// The view models alone, on the render path: ms to build one panel's view (and a zoomed one) from
// synthetic results, as panels of the built-in dashboards (no overrides) and as imported Grafana
// panels (a displayName template and overrides by name and regex). Series naming runs for every
// series drawn, and for every series of a zoom filtered by `/`. Prints numbers; asserts nothing.
// Run: npx tsx bench/panel-views.ts [iterations]
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import type {PanelSpec} from '../source/dashboards/spec.js';
import type {PanelState, QueryResult} from '../source/store/panel-state.js';
import {buildPanelView} from '../source/view-models/panel-view.js';
import {buildZoomView} from '../source/view-models/zoom-view.js';
import {initialZoomExplore} from '../source/ui-state/zoom-explore.js';
import {printTable} from './app-harness.js';

const now = 1_700_000_000_000;
const start = now / 1000 - 3600;
const step = 15;
const points = 240;

const labelsOf = (index: number) => ({
  __name__: 'node_cpu_seconds_total',
  instance: `node-${String(index).padStart(3, '0')}:9100`,
  mode: index % 2 === 0 ? 'user' : 'system',
});

function rangeResult(count: number): QueryResult {
  const window = {start, end: start + (points - 1) * step, step};
  const series = Array.from({length: count}, (_, index) => ({
    labels: labelsOf(index),
    samples: Array.from(
      {length: points},
      (_, point) => [start + point * step, (index * 7 + point) % 100] as const,
    ),
  }));
  const fresh = {
    time: window.end,
    samples: series.map((one, index) => ({
      labels: one.labels,
      timestamp: window.end,
      value: index,
    })),
  };
  return {type: 'range', queryIndex: 0, window, series, fresh};
}

function instantResult(count: number): QueryResult {
  const time = now / 1000;
  const samples = Array.from({length: count}, (_, index) => ({
    labels: labelsOf(index),
    timestamp: time,
    value: (index * 13) % 100,
  }));
  return {type: 'instant', queryIndex: 0, time, samples};
}

const state = (result: QueryResult): PanelState => ({
  results: [result],
  updatedAt: now,
  stale: false,
  loading: false,
});

const query = {expr: 'rate(node_cpu_seconds_total[5m])', legend: '{{instance}} {{mode}}'};
const panel = (kind: PanelSpec['kind']): PanelSpec => ({
  id: kind,
  title: kind,
  kind,
  unit: 'percent',
  queries: [query],
});
/** What a Grafana import gives: a display name template and overrides by name and regex. */
const imported = (spec: PanelSpec): PanelSpec => ({
  ...spec,
  displayName: '${__field.labels.instance} ${__field.labels.mode}',
  overrides: [
    {match: {kind: 'regex', pattern: '.*system'}, unit: 'percentunit', decimals: 1},
    {match: {kind: 'name', name: 'node-003:9100 system'}, displayName: 'three', max: 50},
    {match: {kind: 'regex', pattern: 'node-00[0-4].*'}, hidden: true},
  ],
});

type Case = {
  readonly name: string;
  readonly run: (spec: PanelSpec) => unknown;
  readonly spec: PanelSpec;
};
const size = {width: 80, height: 16};
const zoomSize = {width: 160, height: 46};
const explore = {
  explore: {...initialZoomExplore, filter: {value: 'node', cursor: 4}},
  alerts: [],
};
const series40 = state(rangeResult(40));
const instant50 = state(instantResult(50));
const series1000 = state(rangeResult(1000));
const cases: readonly Case[] = [
  {
    name: 'timeseries, 40 series',
    run: (spec) => buildPanelView(spec, series40, size, now),
    spec: panel('timeseries'),
  },
  {name: 'stat', run: (spec) => buildPanelView(spec, series40, size, now), spec: panel('stat')},
  {
    name: 'gauge, 50 series',
    run: (spec) => buildPanelView(spec, instant50, size, now),
    spec: panel('gauge'),
  },
  {
    name: 'table, 50 rows',
    run: (spec) => buildPanelView(spec, instant50, size, now),
    spec: panel('table'),
  },
  {
    name: 'zoom, 1,000 series, `/` filter',
    run: (spec) => buildZoomView(spec, series1000, zoomSize, now, explore),
    spec: panel('timeseries'),
  },
];

/** The value at `fraction` of the sorted values. */
function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

type Timing = {readonly p10: number; readonly median: number};

/** ms per run: the 10th percentile (what the code costs; other processes slow the rest) and the median. */
function time(run: () => unknown, iterations: number): Timing {
  for (let warm = 0; warm < 20; warm++) run();
  const ms: number[] = [];
  for (let round = 0; round < iterations; round++) {
    const started = performance.now();
    run();
    ms.push(performance.now() - started);
  }
  return {p10: percentile(ms, 0.1), median: percentile(ms, 0.5)};
}

export type PanelViewsResult = readonly {
  readonly name: string;
  readonly plain: Timing;
  readonly imported: Timing;
}[];

export function run(iterations = 200): PanelViewsResult {
  const result = cases.map(({name, run: build, spec}) => ({
    name,
    plain: time(() => build(spec), iterations),
    imported: time(() => build(imported(spec)), iterations),
  }));
  const both = ({p10, median}: Timing) => `${p10.toFixed(3)} / ${median.toFixed(3)}`;
  console.log(
    `\nPanel view models, ms per view, p10 / median (${iterations} runs, Node ${process.version})`,
  );
  printTable([
    ['panel', 'built-in', 'displayName + overrides'],
    ...result.map(({name, plain, imported}) => [name, both(plain), both(imported)]),
  ]);
  return result;
}

// Run on its own; not when bundled into bench/run.ts, where every module shares one URL.
if (
  process.env['NOVA_TOP_BENCH_BUNDLE'] !== '1' &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  run(Number(process.argv[2] ?? 200) || 200);
}
