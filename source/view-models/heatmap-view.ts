// Heatmap panels for histogram buckets (`le`) over the range: one row per bucket (the largest
// bound on top, labelled by its bound), one column per time step, a shade per cell for that
// bucket's share of the panel's largest cell. Cumulative buckets are turned into per-bucket counts
// (each bucket minus the one below), as Grafana's heatmap does with Prometheus histograms.
import type {PanelSpec} from '../dashboards/spec.js';
import type {QueryResult} from '../store/panel-state.js';
import {padToWidth} from '../text/fit.js';
import {segment, textLine} from './line.js';
import {rangeSeries} from './panel-data.js';
import type {Column} from './sparkline.js';
import type {Inner} from './timeseries-view.js';
import {valueWidths} from './timeseries-view.js';
import type {Line, Tone} from './tone.js';
import {formatValue, panelFormat} from './units.js';

type Bucket = {readonly bound: number; readonly columns: readonly Column[]};

/** The label column's width, from the spec alone (the chart width is needed before the data). */
export const heatmapLabelWidth = (spec: PanelSpec): number => valueWidths[spec.unit];

/** The number of time columns the heatmap draws in `inner`. */
export const heatmapChartWidth = (spec: PanelSpec, inner: Inner): number =>
  Math.max(1, inner.width - heatmapLabelWidth(spec) - 1);

const add = (a: Column, b: Column): Column => (a === undefined ? b : b === undefined ? a : a + b);

/** Series summed by their `le` bound, sorted by bound; series without one are left out. */
function cumulativeBuckets(spec: PanelSpec, results: readonly QueryResult[]): Bucket[] {
  const byBound = new Map<number, Column[]>();
  for (const series of rangeSeries(spec, results)) {
    const le = series.labels['le'];
    const bound = le === '+Inf' ? Infinity : Number(le);
    if (le === undefined || Number.isNaN(bound)) continue;
    const sum = byBound.get(bound);
    byBound.set(
      bound,
      sum === undefined ? [...series.columns] : sum.map((v, i) => add(v, series.columns[i])),
    );
  }
  return [...byBound.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bound, columns]) => ({bound, columns}));
}

/** Each bucket minus the one below it (never below zero: a counter reset between two buckets). */
const perBucket = (buckets: readonly Bucket[]): Bucket[] =>
  buckets.map((bucket, index) => {
    const below = buckets[index - 1];
    return {
      bound: bucket.bound,
      columns: bucket.columns.map((value, i) => {
        const under = below?.columns[i];
        return value === undefined ? undefined : Math.max(0, value - (under ?? 0));
      }),
    };
  });

/** Adjacent buckets merged so that there are at most `rows`, each labelled by its top bound. */
function merged(buckets: readonly Bucket[], rows: number): Bucket[] {
  const size = Math.ceil(buckets.length / Math.max(1, rows));
  if (size <= 1) return [...buckets];
  const groups: Bucket[] = [];
  for (let start = 0; start < buckets.length; start += size) {
    const group = buckets.slice(start, start + size);
    const columns = group.reduce<Column[]>(
      (sum, one) => sum.map((v, i) => add(v, one.columns[i])),
      [...(group[0]?.columns.map(() => undefined) ?? [])],
    );
    groups.push({bound: group.at(-1)?.bound ?? Infinity, columns});
  }
  return groups;
}

const shades: readonly (readonly [number, string, Tone])[] = [
  [0.75, '█', 'heatHigh'],
  [0.5, '▓', 'heatHigh'],
  [0.25, '▒', 'heatMedium'],
  [0, '░', 'heatLow'],
];

/** The shade of a cell: blank for nothing (or no sample), else by its share of the largest cell. */
function shade(value: Column, max: number): readonly [string, Tone] {
  if (value === undefined || !Number.isFinite(value) || value <= 0 || max <= 0)
    return [' ', 'normal'];
  const share = value / max;
  const found = shades.find(([from]) => share > from) ?? shades[3];
  return found === undefined ? [' ', 'normal'] : [found[1], found[2]];
}

/** Cells of a row as segments, runs of the same tone joined. */
function cells(columns: readonly Column[], max: number): Line {
  const line: {text: string; tone: Tone}[] = [];
  for (const value of columns) {
    const [text, tone] = shade(value, max);
    const last = line.at(-1);
    if (last !== undefined && last.tone === tone) last.text += text;
    else line.push({text, tone});
  }
  return line;
}

export function heatmapLines(
  spec: PanelSpec,
  results: readonly QueryResult[],
  inner: Inner,
): Line[] {
  const width = heatmapChartWidth(spec, inner);
  const labelWidth = heatmapLabelWidth(spec);
  const buckets = merged(perBucket(cumulativeBuckets(spec, results)), inner.height);
  if (buckets.length === 0) return [textLine('not a histogram: no le label', inner.width, 'muted')];
  const shown = buckets.map((bucket) => ({
    bound: bucket.bound,
    columns: bucket.columns.slice(-width),
  }));
  const max = Math.max(
    0,
    ...shown.flatMap((bucket) =>
      bucket.columns.filter((v): v is number => v !== undefined && Number.isFinite(v)),
    ),
  );
  const format = panelFormat(spec);
  return shown
    .reverse()
    .map((bucket) => [
      segment(
        padToWidth(formatValue(bucket.bound, spec.unit, format), labelWidth, 'right'),
        'muted',
      ),
      segment(' '),
      ...cells(bucket.columns, max),
    ]);
}
