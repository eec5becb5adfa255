// Gauge and bar gauge panels (Grafana's): each series' value now as a bar from the panel's min to
// its max, in the tone of its threshold step.
import type {PanelSpec, Unit} from '../dashboards/spec.js';
import type {QueryResult} from '../store/panel-state.js';
import {padToWidth, widestCell} from '../text/fit.js';
import {bar} from './breakdown-view.js';
import {segment, spreadLine, textLine} from './line.js';
import {instantValues, type NamedValue} from './panel-data.js';
import {panelSteps, stateTone, stepTone} from './threshold-steps.js';
import type {Inner} from './timeseries-view.js';
import {valueWidth as widestValue} from './timeseries-view.js';
import type {Line, Tone} from './tone.js';
import {mappedValue} from './value-mappings.js';
import {formatValue, panelFormat, type ValueFormat} from './units.js';

export type GaugeRange = {readonly min: number; readonly max: number};

/** Where a bar's ends come from: a panel, or one series' field (series-fields.ts). */
export type RangeSource = {
  readonly unit: Unit;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
};

/**
 * The bar's scale: the min and max set (the panel's, or an override's for its series), else 0 to
 * 100 for percent (0 to 1 for percentunit), else 0 to the largest value seen (at least min + 1, so
 * that a bar of zeros still has a scale).
 */
export function gaugeRange(source: RangeSource, values: readonly number[]): GaugeRange {
  const min = source.min ?? 0;
  if (source.max !== undefined) return {min, max: source.max};
  if (source.unit === 'percent') return {min, max: 100};
  if (source.unit === 'percentunit') return {min, max: 1};
  const seen = values.filter(Number.isFinite);
  return {min, max: Math.max(min + 1, ...seen)};
}

const fraction = (value: number, {min, max}: GaugeRange): number =>
  Number.isFinite(value) && max > min ? (value - min) / (max - min) : 0;

/** A bar of `width` cells: the filled part in the value's tone, the rest a muted track. */
function gaugeBar(value: number, range: GaugeRange, width: number, tone: Tone): Line {
  const filled = bar(fraction(value, range), width);
  return [segment(filled, tone), segment('░'.repeat(Math.max(0, width - filled.length)), 'muted')];
}

type Drawn = {
  readonly item: NamedValue;
  readonly text: string;
  readonly tone: Tone;
  /** The series' own bar ends: the panel's, unless an override sets its min, max or unit. */
  readonly range: GaugeRange;
};

/** Each series with its value's text and tone, and its bar's ends; `shared` when all agree. */
function drawn(
  spec: PanelSpec,
  results: readonly QueryResult[],
): {items: Drawn[]; shared: GaugeRange | undefined} {
  const values = instantValues(spec, results);
  const seen = values.map((item) => item.value);
  const steps = panelSteps(spec);
  const items = values.map((item) => {
    const {unit, format} = item.field;
    const range = gaugeRange(item.field, seen);
    const mapped = mappedValue(item.value, spec.mappings)?.state;
    const tone =
      mapped === undefined ? stepTone(item.value, steps, range, 'series1') : stateTone(mapped);
    return {item, text: formatValue(item.value, unit, format), tone, range};
  });
  const first = items[0];
  const same = (one: Drawn): boolean =>
    first !== undefined &&
    one.range.min === first.range.min &&
    one.range.max === first.range.max &&
    one.item.field.unit === first.item.field.unit;
  const shared = first === undefined ? gaugeRange(spec, seen) : first.range;
  return {items, shared: items.every(same) ? shared : undefined};
}

/** A bar end in the unit and decimals of the series (or of the panel). */
const endText = (value: number, source: {readonly unit: Unit; readonly format: ValueFormat}) =>
  formatValue(value, source.unit, source.format);

const moreLine = (count: number, width: number): Line => textLine(`+${count} more`, width, 'muted');

/**
 * A lone series is named only when the dashboard names it (a legend or displayName), as Grafana's
 * gauge does: its labels (`{instance="…"}`) would only crowd the value.
 */
const namesShown = (spec: PanelSpec, count: number): boolean =>
  count > 1 ||
  spec.displayName !== undefined ||
  spec.queries.some((query) => query.legend !== undefined && query.legend !== '');

/** Bar rows per series: one, up to three in a tall box (a zoomed gauge reads from across the room). */
const maxBarRows = 3;

/**
 * Gauge: per series its name and value, then its bar (one to three rows, as the height allows); the
 * scale's ends on the last line. Below 3 rows, name and value only.
 */
export function gaugeLines(spec: PanelSpec, results: readonly QueryResult[], inner: Inner): Line[] {
  const {items, shared} = drawn(spec, results);
  const withBars = inner.height >= 3;
  const room = Math.max(1, inner.height - (withBars ? 1 : 0));
  const barRows = withBars
    ? Math.max(1, Math.min(maxBarRows, Math.floor(room / Math.max(1, items.length)) - 1))
    : 0;
  const perSeries = 1 + barRows;
  const fits = items.length * perSeries <= room;
  const shown = fits ? items : items.slice(0, Math.max(0, Math.floor((room - 1) / perSeries)));
  const lines: Line[] = [];
  const named = namesShown(spec, items.length);
  for (const {item, text, tone, range} of shown) {
    // Bars of different ends say theirs beside the name; else the last line gives them once.
    const ends =
      shared !== undefined || !withBars
        ? []
        : [
            segment(
              `  ${endText(range.min, item.field)}–${endText(range.max, item.field)}`,
              'muted',
            ),
          ];
    lines.push(
      spreadLine(
        [segment(named ? item.name : '', 'muted'), ...ends],
        [segment(text, tone)],
        inner.width,
      ),
    );
    const bar = gaugeBar(item.value, range, inner.width, tone);
    for (let row = 0; row < barRows; row += 1) lines.push(bar);
  }
  if (!fits) lines.push(moreLine(items.length - shown.length, inner.width));
  if (withBars && shared !== undefined) {
    const field = items[0]?.item.field ?? {unit: spec.unit, format: panelFormat(spec)};
    const [min, max] = [shared.min, shared.max].map((end) => endText(end, field));
    lines.push(
      spreadLine([segment(min ?? '', 'muted')], [segment(max ?? '', 'muted')], inner.width),
    );
  }
  return lines;
}

/** Bar gauge: one line per series in the order given: name, bar, value. */
export function bargaugeLines(
  spec: PanelSpec,
  results: readonly QueryResult[],
  inner: Inner,
): Line[] {
  const {items} = drawn(spec, results);
  const fits = items.length <= inner.height;
  const shown = fits ? items : items.slice(0, Math.max(0, inner.height - 1));
  const longest = widestCell(shown.map(({item}) => item.name));
  const nameWidth = Math.max(4, Math.min(longest, Math.floor(inner.width * 0.35)));
  const valueWidth = Math.max(widestValue(spec), widestCell(shown.map(({text}) => text)));
  const barWidth = Math.max(1, inner.width - nameWidth - valueWidth - 2);
  const lines: Line[] = shown.map(({item, text, tone, range}) => [
    segment(padToWidth(item.name, nameWidth)),
    segment(' '),
    ...gaugeBar(item.value, range, barWidth, tone),
    segment(' '),
    segment(padToWidth(text, valueWidth, 'right'), tone),
  ]);
  if (!fits) lines.push(moreLine(items.length - shown.length, inner.width));
  return lines;
}
