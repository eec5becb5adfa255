// Under the query result's chart: a table of every series' value now (its label set, its value in
// the chosen unit, highest first), with the same fresh-value rules as the panels (a value older
// than its bound is marked stale, the table says as of when), and a line of the result's keys.
import type {PanelSpec} from '../dashboards/spec.js';
import type {PanelState} from '../store/panel-state.js';
import {fitBlock, segment, spreadLine, textLine} from './line.js';
import {asOfText, panelDataAge, panelValues, type SeriesValue} from './fresh-values.js';
import {labelsText} from './legend.js';
import {sanitize} from '../text/sanitize.js';
import type {Line} from './tone.js';
import {formatBound} from './units.js';

const unitNames: Readonly<Partial<Record<PanelSpec['unit'], string>>> = {
  count: 'number',
  seconds: 'seconds',
  perSecond: 'per second',
  perMinute: 'per minute',
  percent: 'percent',
  percentunit: 'ratio (%)',
  bytes: 'bytes',
  Bps: 'bytes/s',
};

/** Rows of the table for a result of this many series in this height (the chart takes the rest). */
export const tableHeight = (series: number, height: number): number =>
  Math.min(Math.max(3, series + 2), Math.floor(height / 3));

const byValue = (a: SeriesValue, b: SeriesValue): number =>
  (Number.isNaN(b.value ?? NaN) ? -Infinity : (b.value ?? -Infinity)) -
  (Number.isNaN(a.value ?? NaN) ? -Infinity : (a.value ?? -Infinity));

/** The chart's part of the result's box: the table of values takes the rest. */
export function queryChartBox(
  panel: PanelSpec,
  state: PanelState | undefined,
  box: {readonly width: number; readonly height: number},
  now: number,
): {readonly width: number; readonly height: number} {
  const series = panelValues(panel, state, now).length;
  return {width: box.width, height: box.height - tableHeight(series, box.height)};
}

/** What the result's last line says: its keys, or how saving it (`W`) went. */
export type ResultMarks = {
  readonly pinned: boolean;
  readonly saved?: {readonly ok: boolean; readonly text: string} | undefined;
};

export function queryTableLines(
  spec: PanelSpec,
  state: PanelState | undefined,
  marks: ResultMarks,
  size: {readonly width: number; readonly height: number},
  now: number,
): readonly Line[] {
  const {width, height} = size;
  const values = panelValues(spec, state, now).sort(byValue);
  const keys = `unit ${unitNames[spec.unit] ?? spec.unit} · u unit · P ${marks.pinned ? 'pinned to Scratch' : 'pin'} · W save · e edit · Esc back`;
  const last =
    marks.saved === undefined
      ? textLine(keys, width, 'muted')
      : textLine(sanitize(marks.saved.text), width, marks.saved.ok ? 'ok' : 'critical');
  const dataAt = panelDataAge(state, now);
  const header = spreadLine(
    [segment(`${values.length} series`, 'muted')],
    [segment(dataAt === undefined ? 'value now' : `value ${asOfText(dataAt, now)}`, 'muted')],
    width,
  );
  const room = height - 2;
  const shown = values.length > room ? values.slice(0, room - 1) : values;
  const rows = shown.map((value) => valueLine(value, spec, width));
  if (shown.length < values.length) {
    const more = values.length - shown.length;
    rows.push(
      textLine(`+${more} more (highest first): narrow with label matchers`, width, 'muted'),
    );
  }
  // The keys stay on the last line, under however many rows there are.
  return [...fitBlock([header, ...rows], width, height - 1), last];
}

function valueLine(value: SeriesValue, spec: PanelSpec, width: number): Line {
  const text = formatBound(value.value, spec.unit, value.aboveTopBucket);
  return spreadLine(
    [segment(sanitize(labelsText(value.labels)))],
    value.stale ? [segment(`${text} stale`, 'muted')] : [segment(text)],
    width,
  );
}
