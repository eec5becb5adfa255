// Table panels (Grafana's): the instant values as rows of label columns and a value, largest first.
// Columns that do not fit are dropped from the right, and a last line says how many. Overrides
// act on columns by their names, as Grafana's table fields: a label's name, `Value`, `Value #A`.
import type {PanelSpec} from '../dashboards/spec.js';
import type {QueryResult} from '../store/panel-state.js';
import {padToWidth, widestCell} from '../text/fit.js';
import {sanitize} from '../text/sanitize.js';
import {byValueDescending} from './breakdown-view.js';
import {segment, textLine} from './line.js';
import {instantValues, type NamedValue} from './panel-data.js';
import {columnField, type SeriesField} from './series-fields.js';
import {gaugeRange} from './gauge-view.js';
import {panelSteps, stateTone, stepTone} from './threshold-steps.js';
import type {Inner} from './timeseries-view.js';
import type {Line, Tone} from './tone.js';
import {mappedValue} from './value-mappings.js';
import {formatValue} from './units.js';

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

/** The value column's override for a row of query `queryIndex` (Grafana: `Value`, `Value #A`). */
function valueColumn(spec: PanelSpec, row: NamedValue): SeriesField | undefined {
  const refId = spec.queries[row.queryIndex]?.refId;
  const names = refId === undefined ? [valueHeader] : [valueHeader, `${valueHeader} #${refId}`];
  return columnField(spec, names);
}

/**
 * Label columns by name: an override on a label's name renames or hides its column (Grafana's
 * table fields). The values are in their series' unit, unless an override on the value column
 * sets it (and its header, when the rows agree); the column is hidden when every row's is.
 */
function columnsOf(spec: PanelSpec, rows: readonly NamedValue[]) {
  const labels = labelColumns(rows.map((row) => row.labels)).flatMap((name) => {
    const field = columnField(spec, [name]);
    return field?.hidden === true ? [] : [{name, header: field?.name ?? sanitize(name)}];
  });
  const overrides = rows.map((row) => valueColumn(spec, row));
  const headers = new Set(overrides.map((field) => field?.name ?? valueHeader));
  const header = headers.size === 1 ? ([...headers][0] ?? valueHeader) : valueHeader;
  const hidden = rows.length > 0 && overrides.every((field) => field?.hidden === true);
  const values = rows.map((row, index) => overrides[index] ?? row.field);
  return {labels, values, valueHeader: hidden ? undefined : header};
}

export function tableLines(spec: PanelSpec, results: readonly QueryResult[], inner: Inner): Line[] {
  const rows = instantValues(spec, results).sort(byValueDescending);
  const columns = columnsOf(spec, rows);
  const texts = rows.map((row, index) => {
    const field = columns.values[index] ?? row.field;
    return field.hidden ? '' : formatValue(row.value, field.unit, field.format);
  });
  const names = columns.labels.map(({name}) => name);
  const cells = (name: string): string[] => rows.map((row) => sanitize(row.labels[name] ?? ''));
  const widths = columns.labels.map(({name, header}) =>
    Math.min(maxColumn, widestCell([header, ...cells(name)])),
  );
  const shownValue = columns.valueHeader !== undefined;
  const valueWidth = shownValue
    ? Math.min(inner.width, widestCell([columns.valueHeader ?? '', ...texts]))
    : 0;
  const shown = fitColumns(widths, inner.width - valueWidth + (shownValue ? 0 : gap));
  const dropped = names.length - shown.length;
  const bodyRoom = Math.max(0, inner.height - 1);
  const fits = rows.length <= bodyRoom && dropped === 0;
  const bodyRows = fits ? rows.length : Math.min(rows.length, Math.max(0, bodyRoom - 1));
  /** A row of the shown label columns and the value; the header all muted. */
  const line = (labels: readonly string[], value: string, tones: {label: Tone; value: Tone}) => {
    const parts = shown.flatMap((width, index) => [
      segment(padToWidth(labels[index] ?? '', width), tones.label),
      segment(' '.repeat(gap)),
    ]);
    if (!shownValue) return parts.slice(0, -1);
    return [...parts, segment(padToWidth(value, valueWidth, 'right'), tones.value)];
  };
  const steps = panelSteps(spec);
  const values = rows.map((row) => row.value);
  const header = columns.labels.map((column) => column.header);
  const lines: Line[] = [line(header, columns.valueHeader ?? '', {label: 'muted', value: 'muted'})];
  rows.slice(0, bodyRows).forEach((row, index) => {
    const field = columns.values[index] ?? row.field;
    const mapped = mappedValue(row.value, spec.mappings)?.state;
    const value =
      mapped === undefined
        ? stepTone(row.value, steps, gaugeRange(field, values))
        : stateTone(mapped);
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
