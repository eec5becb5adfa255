// Table panels (Grafana's): the instant values as rows of label columns and a value, largest first.
// Columns that do not fit are dropped from the right, and a last line says how many.
import type {PanelSpec} from '../dashboards/spec.js';
import type {QueryResult} from '../store/panel-state.js';
import {padToWidth, widestCell} from '../text/fit.js';
import {sanitize} from '../text/sanitize.js';
import {byValueDescending} from './breakdown-view.js';
import {segment, textLine} from './line.js';
import {instantValues} from './panel-data.js';
import {gaugeRange} from './gauge-view.js';
import {panelSteps, stateTone, stepTone} from './threshold-steps.js';
import type {Inner} from './timeseries-view.js';
import type {Line, Tone} from './tone.js';
import {mappedValue} from './value-mappings.js';
import {formatValue, panelFormat} from './units.js';

const gap = 2;
/** A label column is never wider than this (long values are cut with an ellipsis). */
const maxColumn = 30;
const valueHeader = 'Value';

/** Label names of the rows: `__name__` first, then in alphabetical order. */
function labelColumns(labels: readonly Readonly<Record<string, string>>[]): string[] {
  const names = [...new Set(labels.flatMap((one) => Object.keys(one)))].sort();
  return names.includes('__name__')
    ? ['__name__', ...names.filter((n) => n !== '__name__')]
    : names;
}

/** How many label columns fit beside the value column, and their widths. */
function fitColumns(widths: readonly number[], room: number): number[] {
  const shown: number[] = [];
  let used = 0;
  for (const width of widths) {
    if (used + width + gap > room) {
      // The first column is cut to what is left rather than dropped, when some room is left.
      if (shown.length === 0 && room - gap >= 4) shown.push(room - gap);
      break;
    }
    shown.push(width);
    used += width + gap;
  }
  return shown;
}

export function tableLines(spec: PanelSpec, results: readonly QueryResult[], inner: Inner): Line[] {
  const rows = instantValues(spec, results).sort(byValueDescending);
  const format = panelFormat(spec);
  const texts = rows.map((row) => formatValue(row.value, spec.unit, format));
  const names = labelColumns(rows.map((row) => row.labels));
  const cells = (name: string): string[] => rows.map((row) => sanitize(row.labels[name] ?? ''));
  const widths = names.map((name) =>
    Math.min(maxColumn, widestCell([sanitize(name), ...cells(name)])),
  );
  const valueWidth = Math.min(inner.width, widestCell([valueHeader, ...texts]));
  const shown = fitColumns(widths, inner.width - valueWidth);
  const dropped = names.length - shown.length;
  const bodyRoom = Math.max(0, inner.height - 1);
  const fits = rows.length <= bodyRoom && dropped === 0;
  const bodyRows = fits ? rows.length : Math.min(rows.length, Math.max(0, bodyRoom - 1));
  /** A row of the shown label columns and the value; the header all muted. */
  const line = (labels: readonly string[], value: string, tones: {label: Tone; value: Tone}) => [
    ...shown.flatMap((width, index) => [
      segment(padToWidth(labels[index] ?? '', width), tones.label),
      segment(' '.repeat(gap)),
    ]),
    segment(padToWidth(value, valueWidth, 'right'), tones.value),
  ];
  const steps = panelSteps(spec);
  const range = gaugeRange(
    spec,
    rows.map((row) => row.value),
  );
  const lines: Line[] = [line(names.map(sanitize), valueHeader, {label: 'muted', value: 'muted'})];
  rows.slice(0, bodyRows).forEach((row, index) => {
    const mapped = mappedValue(row.value, spec.mappings)?.state;
    const value = mapped === undefined ? stepTone(row.value, steps, range) : stateTone(mapped);
    const labels = names.map((name) => sanitize(row.labels[name] ?? ''));
    lines.push(line(labels, texts[index] ?? '', {label: 'normal', value}));
  });
  const notes = [
    ...(rows.length > bodyRows ? [`+${rows.length - bodyRows} rows`] : []),
    ...(dropped > 0 ? [`+${dropped} cols`] : []),
  ];
  if (notes.length > 0) lines.push(textLine(notes.join(', '), inner.width, 'muted'));
  return lines;
}
