// Stat panels: the current value in its threshold tone (in big digits when there is room), the
// peak over the range (the low for thresholds that warn below), the thresholds, and a trend chart
// in the rows left.
import type {PanelSpec} from '../dashboards/spec.js';
import type {QueryResult} from '../store/panel-state.js';
import {cellWidth} from '../text/fit.js';
import {bigText, bigTextWidth, type BigText} from './big-digits.js';
import {lineWidth, segment, spreadLine, textLine} from './line.js';
import {rangeSeries, namedStats} from './panel-data.js';
import {reducedAbove, reducedValue} from './stat-reduce.js';
import {chartScale, thresholdLevels} from './chart-scale.js';
import {thresholdChartLines} from './threshold-chart.js';
import {panelThresholdsNote} from './thresholds-note.js';
import {thresholdTone} from './thresholds.js';
import type {Inner} from './timeseries-view.js';
import {seriesTone, type Line, type Tone} from './tone.js';
import {formatBound, formatValue} from './units.js';

/** Big digits need their three rows and at least one row of trend. */
const bigRows = 3;

export function statLines(spec: PanelSpec, results: readonly QueryResult[], inner: Inner): Line[] {
  // The first series not hidden, in its unit, decimals and bounds (series-fields.ts).
  const [series] = rangeSeries(spec, results);
  if (series === undefined) return [];
  const {unit, format, min, max} = series.field;
  const stats = namedStats(series);
  const below = series.thresholds?.direction === 'below';
  // The value now, or the one over the range the spec asks for (stat-reduce.ts; the title says).
  const reduce = spec.reduce;
  const shown = reduce === undefined ? stats.current : reducedValue(reduce, series);
  // A quantile above its histogram's top bucket is a lower bound: `> 5s`.
  const above =
    reduce === undefined
      ? stats.currentAbove
      : reduce === 'max'
        ? stats.maxAbove
        : reducedAbove(reduce, series);
  const value = formatBound(shown, unit, above, format);
  const tone = thresholdTone(shown, series.thresholds, 'normal', above);
  const extreme: Line = [
    segment(below ? 'low ' : 'peak ', 'muted'),
    segment(
      below
        ? formatValue(stats.min, unit, format)
        : formatBound(stats.max, unit, stats.maxAbove, format),
    ),
  ];
  const note = panelThresholdsNote(spec);
  const big = bigText(value);
  const lines =
    big !== undefined && inner.height > bigRows && fitsBig(big, extreme, note, inner.width)
      ? bigValueLines(big, tone, extreme, note, inner.width)
      : smallValueLines(value, tone, extreme, note, inner);
  const chartRows = inner.height - lines.length;
  if (chartRows > 0) {
    const levels = thresholdLevels([series.thresholds]);
    lines.push(
      ...thresholdChartLines({
        values: series.columns,
        width: inner.width,
        rows: chartRows,
        scale: chartScale(series.columns, levels, unit, {min, max}),
        thresholds: series.thresholds,
        tone: seriesTone(0),
      }),
    );
  }
  return lines;
}

const fitsBig = (big: BigText, extreme: Line, note: string, width: number): boolean =>
  bigTextWidth(big) + 2 + Math.max(lineWidth(extreme), cellWidth(note)) <= width;

/** Big digits on the left; the peak and the thresholds on the right of the first two rows. */
function bigValueLines(
  big: BigText,
  tone: Tone,
  extreme: Line,
  note: string,
  width: number,
): Line[] {
  const [top, middle, bottom] = big.rows;
  return [
    spreadLine([segment(top, tone)], extreme, width),
    spreadLine([segment(middle, tone)], note === '' ? [] : [segment(note, 'muted')], width),
    [segment(bottom, tone), segment(big.suffix, tone)],
  ];
}

/**
 * "1.23k  peak 1.5k" and the thresholds beside it or on the next line. A peak too wide to sit
 * beside the value gets a line of its own while a chart row is left, else is left out: the value
 * is never cut for it.
 */
function smallValueLines(
  value: string,
  tone: Tone,
  extreme: Line,
  note: string,
  inner: Inner,
): Line[] {
  const beside: Line = [segment(value, tone), segment('  '), ...extreme];
  const fits = lineWidth(beside) <= inner.width;
  const first: Line = fits ? beside : [segment(value, tone)];
  const lines: Line[] = [first];
  if (!fits && inner.height >= 3 && lineWidth(extreme) <= inner.width) lines.push(extreme);
  if (note === '') return lines;
  if (lines.length === 1 && lineWidth(first) + 2 + cellWidth(note) <= inner.width) {
    return [spreadLine(first, [segment(note, 'muted')], inner.width)];
  }
  return inner.height >= lines.length + 2
    ? [...lines, textLine(note, inner.width, 'muted')]
    : lines;
}
