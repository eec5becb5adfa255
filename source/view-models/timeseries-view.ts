// Timeseries and percentiles panels: a chart per series with a legend of its current value (in its
// threshold tone), min and max.
//
// Stacked layout when each series has room for a legend line and a chart row; otherwise one row per
// series: name, sparkline, current value (and min/max columns when wide enough).
import {isDrawn} from '../dashboards/histogram.js';
import type {PanelSpec, Unit} from '../dashboards/spec.js';
import {topByValue} from '../prometheus/rank.js';
import type {QueryResult} from '../store/panel-state.js';
import {padToWidth, widestCell} from '../text/fit.js';
import {lineWidth, segment, spreadLine, textLine} from './line.js';
import {namedStats, topRangeSeries, type NamedSeries, type SeriesStats} from './panel-data.js';
import {panelUnits, sharedUnit} from './series-fields.js';

/** A series' value now, for ranking. */
const now = (series: NamedSeries): number | undefined => series.current.value;
import {chartScale, noteLines, scaleCaption, thresholdLevels} from './chart-scale.js';
import type {Scale} from './sparkline.js';
import {thresholdChartLines} from './threshold-chart.js';
import {panelThresholdsNote} from './thresholds-note.js';
import {thresholdTone} from './thresholds.js';
import {seriesTone, type Line} from './tone.js';
import {formatBound, formatValue} from './units.js';

export type Inner = {readonly width: number; readonly height: number};

/** The widest a value of the unit usually is, e.g. "12.3k/min". */
export const valueWidths: Readonly<Record<Unit, number>> = {
  seconds: 6,
  percent: 6,
  count: 6,
  perSecond: 8,
  perMinute: 9,
  none: 6,
  short: 6,
  percentunit: 6,
  bytes: 7,
  decbytes: 6,
  bits: 7,
  Bps: 8,
  binBps: 9,
  bps: 7,
  s: 6,
  ms: 6,
  µs: 6,
  ns: 6,
  reqps: 7,
  ops: 7,
  hertz: 7,
  celsius: 7,
  dateTimeAsIso: 19,
};

/**
 * Rows layout: the name column, from the spec alone so that the chart width is known before the
 * data: as wide as the legends when they are literal (p50, pending), else a quarter of the width.
 */
function nameWidth(spec: PanelSpec, width: number): number {
  const quarter = Math.min(14, Math.max(4, Math.floor(width / 4)));
  const legends = spec.queries.filter(isDrawn).map((query) => query.legend ?? '{{');
  const renamed =
    spec.displayName !== undefined ||
    (spec.overrides ?? []).some((override) => override.displayName !== undefined);
  if (renamed || legends.some((legend) => legend.includes('{{'))) return quarter;
  return Math.min(quarter, widestCell(legends));
}

/** Rows layout: min/max columns only when the sparkline keeps at least this many cells. */
const minSparkWithExtremes = 24;

type RowsGeometry = {
  readonly name: number;
  readonly value: number;
  readonly spark: number;
  readonly extremes: boolean;
};

function rowsGeometry(spec: PanelSpec, width: number): RowsGeometry {
  const name = nameWidth(spec, width);
  const value = valueWidth(spec);
  const spark = width - name - value - 2;
  const extremes = spark - 2 * (value + 2) >= minSparkWithExtremes;
  return {name, value, spark: extremes ? spark - 2 * (value + 2) : spark, extremes};
}

/** The widest a value of the panel usually is, in any unit its overrides give. */
export const valueWidth = (spec: PanelSpec): number =>
  Math.max(...panelUnits(spec).map((unit) => valueWidths[unit]));

const stacks = (seriesCount: number, height: number): boolean => height >= 2 * seriesCount;

/** The sparkline width the panel draws in `inner`, assuming one series per query. */
export function timeseriesChartWidth(spec: PanelSpec, inner: Inner): number {
  if (stacks(spec.queries.filter(isDrawn).length, inner.height)) return inner.width;
  return Math.max(1, rowsGeometry(spec, inner.width).spark);
}

type Drawn = {readonly series: NamedSeries; readonly stats: SeriesStats; readonly index: number};

/**
 * The series of a panel share one scale (one y axis, as in Grafana), so that p50 < p95 < p99 and
 * pending > failed read as such; a note gives its bottom and top (chart-scale.ts).
 */
export function timeseriesLines(
  spec: PanelSpec,
  results: readonly QueryResult[],
  inner: Inner,
): Line[] {
  // At most a series per row is drawn: only those of highest value now are built (a panel of a
  // thousand series costs a frame what its rows show).
  const top = topRangeSeries(spec, results, inner.height);
  const fits = top.total <= inner.height;
  const kept = fits ? top.series : topByValue(top.series, Math.max(0, inner.height - 1), now);
  const hidden = top.total - kept.length;
  const drawn = kept.map((series, index) => ({series, stats: namedStats(series), index}));
  // One scale for every series: in their unit when they share one (an override may set it).
  const unit = sharedUnit(
    spec,
    drawn.map(({series}) => series.field),
  );
  const scale = chartScale(
    drawn.flatMap(({series}) => series.columns),
    thresholdLevels(drawn.map(({series}) => series.thresholds)),
    unit,
    spec,
  );
  const notes = noteLines([panelThresholdsNote(spec), scaleCaption(scale, unit)], inner.width);
  return stacks(drawn.length, inner.height) && hidden === 0
    ? stackedLines(drawn, inner, notes, scale)
    : rowLines(drawn, hidden, spec, inner, notes, scale);
}

function stackedLines(
  drawn: readonly Drawn[],
  inner: Inner,
  notes: readonly string[],
  scale: Scale,
): Line[] {
  const count = drawn.length;
  // The notes when each series keeps a chart row; else the first one, if that leaves one.
  const fitting = (shown: readonly string[]) => inner.height - count - shown.length >= count;
  const shown = [notes, notes.slice(0, 1), []].find(fitting) ?? [];
  const chartRows = Math.max(1, Math.floor((inner.height - count - shown.length) / count));
  const lines: Line[] = [];
  for (const {series, stats, index} of drawn) {
    const tone = seriesTone(index);
    lines.push(legendLine(series, stats, index, inner.width));
    lines.push(
      ...thresholdChartLines({
        values: series.columns,
        width: inner.width,
        rows: chartRows,
        scale,
        thresholds: series.thresholds,
        tone,
      }),
    );
  }
  lines.push(...shown.map((note) => textLine(note, inner.width, 'muted')));
  return lines;
}

/** "name   2.3%  min 0.5%  max 7.5%", shortened to what fits; in the series' unit. */
function legendLine(series: NamedSeries, stats: SeriesStats, index: number, width: number): Line {
  const {unit, format} = series.field;
  const now = formatBound(stats.current, unit, stats.currentAbove, format);
  const min = formatValue(stats.min, unit, format);
  const max = formatBound(stats.max, unit, stats.maxAbove, format);
  const valueTone = thresholdTone(stats.current, series.thresholds, 'normal', stats.currentAbove);
  const variants: Line[] = [
    [
      segment(now, valueTone),
      segment('  min ', 'muted'),
      segment(min),
      segment('  max ', 'muted'),
      segment(max),
    ],
    [
      segment(now, valueTone),
      segment(' ↓', 'muted'),
      segment(min),
      segment(' ↑', 'muted'),
      segment(max),
    ],
    [segment(now, valueTone)],
  ];
  const minName = Math.min(8, series.name.length);
  const right =
    variants.find((line) => lineWidth(line) + 1 + minName <= width) ?? variants[2] ?? [];
  return spreadLine([segment(series.name, seriesTone(index))], right, width);
}

function rowLines(
  drawn: readonly Drawn[],
  hidden: number,
  spec: PanelSpec,
  inner: Inner,
  notes: readonly string[],
  scale: Scale,
): Line[] {
  const geometry = rowsGeometry(spec, inner.width);
  const lines: Line[] = drawn.map((row) => seriesRow(row, geometry, scale));
  if (hidden > 0) lines.push(textLine(`+${hidden} more`, inner.width, 'muted'));
  for (const note of notes) {
    if (lines.length < inner.height) lines.push(textLine(note, inner.width, 'muted'));
  }
  return lines;
}

/** "name ▁▂▃▅▇ 2.3%" (+ " ↓0.5% ↑7.5%" when wide). */
function seriesRow({series, stats, index}: Drawn, geometry: RowsGeometry, scale: Scale): Line {
  const tone = seriesTone(index);
  const {unit, format} = series.field;
  const line: Line = [
    segment(padToWidth(series.name, geometry.name), tone),
    segment(' '),
    ...(thresholdChartLines({
      values: series.columns,
      width: geometry.spark,
      rows: 1,
      scale,
      thresholds: series.thresholds,
      tone,
    })[0] ?? []),
    segment(' '),
    segment(
      padToWidth(
        formatBound(stats.current, unit, stats.currentAbove, format),
        geometry.value,
        'right',
      ),
      thresholdTone(stats.current, series.thresholds, 'normal', stats.currentAbove),
    ),
  ];
  if (!geometry.extremes) return line;
  return [
    ...line,
    segment(' ↓', 'muted'),
    segment(padToWidth(formatValue(stats.min, unit, format), geometry.value, 'right')),
    segment(' ↑', 'muted'),
    segment(
      padToWidth(formatBound(stats.max, unit, stats.maxAbove, format), geometry.value, 'right'),
    ),
  ];
}
