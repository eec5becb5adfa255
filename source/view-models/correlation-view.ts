// Correlation panels: the pairwise Pearson correlation of the panel's range series as a grid of
// coefficients, coloured by strength, with the series' names shortened to fit.
import type {PanelSpec} from '../dashboards/spec.js';
import type {QueryResult} from '../store/panel-state.js';
import {padToWidth, widestCell} from '../text/fit.js';
import {correlate} from './correlation.js';
import {segment} from './line.js';
import {rangeSeries, type NamedSeries} from './panel-data.js';
import type {Inner} from './timeseries-view.js';
import type {Line, Segment, Tone} from './tone.js';

/** The tone of a coefficient by its strength |r|. */
export function strengthTone(r: number | undefined): Tone {
  if (r === undefined) return 'muted';
  const strength = Math.abs(r);
  return strength >= 0.7 ? 'heatHigh' : strength >= 0.4 ? 'heatMedium' : 'heatLow';
}

/** "+0.82", "-0.10"; in 4 characters when cells are narrow ("+.82", "+1.0"); "-" without one. */
export function formatCoefficient(r: number | undefined, narrow: boolean): string {
  if (r === undefined) return '-';
  const sign = r < 0 ? '-' : '+';
  const digits = Math.abs(r).toFixed(2);
  if (!narrow) return sign + digits;
  return sign + (digits.startsWith('0') ? digits.slice(1) : digits.slice(0, 3));
}

const minNameWidth = 6;
const maxCell = 14;

/** Cells as wide as the room allows (6 to 14), or 5 with "+.82" when even 6 does not fit. */
function geometry(
  names: readonly string[],
  width: number,
): {readonly cell: number; readonly nameWidth: number; readonly narrow: boolean} {
  const count = Math.max(1, names.length);
  if (width - count * 6 < minNameWidth)
    return {cell: 5, nameWidth: Math.max(1, width - count * 5), narrow: true};
  const longest = widestCell(names);
  const nameRoom = Math.max(minNameWidth, Math.min(longest + 1, Math.floor(width / 3)));
  const cell = Math.max(6, Math.min(maxCell, Math.floor((width - nameRoom) / count)));
  // At the widest cells the grid keeps to the left, beside its row names, rather than leave a
  // gulf between the names and their coefficients.
  const nameWidth = cell === maxCell ? nameRoom : width - count * cell;
  return {cell, nameWidth, narrow: false};
}

export function correlationLines(
  spec: PanelSpec,
  results: readonly QueryResult[],
  inner: Inner,
): Line[] {
  const all = rangeSeries(spec, results);
  // The grid is quadratic in series: only as many as the panel can show are correlated (the most
  // active ones, by their latest value), so a query of thousands of series costs what fits.
  const columns = Math.floor((inner.width - minNameWidth) / 5);
  const fitsAll = all.length <= Math.min(columns, inner.height - 1);
  // When cut, one row is kept for the line that says so.
  const series = fitsAll ? all : mostActive(all, Math.max(1, Math.min(columns, inner.height - 2)));
  const {cell, nameWidth, narrow} = geometry(
    series.map(({name}) => name),
    inner.width,
  );
  const header: Segment[] = [segment(' '.repeat(nameWidth))];
  for (const {name} of series)
    header.push(segment(' ' + padToWidth(name, cell - 1, 'right'), 'muted'));
  const lines: Line[] = [header];
  for (const [row, {name, samples}] of series.entries()) {
    const cells = series.map((other, column) => {
      const r = row === column ? 1 : correlate(samples, other.samples);
      const tone = row === column ? 'muted' : strengthTone(r);
      return segment(padToWidth(formatCoefficient(r, narrow), cell, 'right'), tone);
    });
    lines.push([segment(padToWidth(name, nameWidth)), ...cells]);
  }
  const hidden = all.length - series.length;
  if (hidden > 0)
    lines.push([segment(`+${hidden} more series: narrow the query to see them`, 'muted')]);
  else if (lines.length < inner.height) lines.push(legendLine());
  return lines;
}

const latest = (series: NamedSeries): number => {
  const value = series.samples.at(-1)?.[1];
  return value !== undefined && Number.isFinite(value) ? Math.abs(value) : -Infinity;
};

/** The `count` series with the largest latest values, in their original order. */
function mostActive(series: readonly NamedSeries[], count: number): NamedSeries[] {
  const kept = new Set(
    [...series.keys()].sort((a, b) => latest(series[b]!) - latest(series[a]!)).slice(0, count),
  );
  return series.filter((_, index) => kept.has(index));
}

function legendLine(): Line {
  return [
    segment('|r| ', 'muted'),
    segment('≥0.7 strong', 'heatHigh'),
    segment('  '),
    segment('≥0.4 moderate', 'heatMedium'),
    segment('  '),
    segment('weak', 'heatLow'),
  ];
}
