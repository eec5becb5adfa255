// Breakdown panels (the seed's pie charts): one proportional bar per series of the instant queries,
// with its share of the total, largest first.
import type {PanelSpec} from '../dashboards/spec.js';
import type {QueryResult} from '../store/panel-state.js';
import {padToWidth, widestCell} from '../text/fit.js';
import {segment, textLine} from './line.js';
import {instantValues, type NamedValue} from './panel-data.js';
import type {Inner} from './timeseries-view.js';
import {valueWidth as widestValue} from './timeseries-view.js';
import {seriesTone, type Line} from './tone.js';
import {formatValue} from './units.js';

const partialBlocks = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;
const shareWidth = 6;
/** The value column appears from this inner width on. */
const valueColumnFrom = 50;

/** A horizontal bar of `fraction` (0..1) of `width` cells, in eighths of a cell. */
export function bar(fraction: number, width: number): string {
  const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * width * 8);
  const full = Math.floor(eighths / 8);
  return '█'.repeat(full) + (partialBlocks[eighths % 8] ?? '');
}

/** "62.5%"; shares are of the sum of the finite, non-negative values. */
const formatShare = (share: number): string => `${(share * 100).toFixed(1)}%`;

const countable = (value: number): boolean => Number.isFinite(value) && value >= 0;

/** Largest first; values that cannot be compared (NaN) last. */
export const byValueDescending = (a: NamedValue, b: NamedValue): number =>
  (Number.isNaN(b.value) ? -Infinity : b.value) - (Number.isNaN(a.value) ? -Infinity : a.value) ||
  (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Said in the title of a breakdown of `increase(...[$__range])`: its values are totals over the
 * dashboard's range (the header's "range"), not rates, nor "now". In the title, so that it never
 * takes a row from the bars.
 */
export const rangeTotalsNote = '(range totals)';

/** The panel's title, with rangeTotalsNote when its values total over the range (`$__range`). */
export const breakdownTitle = (spec: PanelSpec): string =>
  spec.queries.some((query) => /\$__range\b/.test(query.expr))
    ? `${spec.title} ${rangeTotalsNote}`
    : spec.title;

export function breakdownLines(
  spec: PanelSpec,
  results: readonly QueryResult[],
  inner: Inner,
): Line[] {
  const items = instantValues(spec, results).sort(byValueDescending);
  const total = items.reduce((sum, item) => sum + (countable(item.value) ? item.value : 0), 0);
  const share = (value: number): number => (total > 0 && countable(value) ? value / total : 0);
  const fits = items.length <= inner.height;
  const shown = fits ? items : items.slice(0, Math.max(0, inner.height - 1));
  const longest = widestCell(shown.map((item) => item.name));
  const nameWidth = Math.max(4, Math.min(longest, Math.floor(inner.width * 0.35)));
  const valueWidth = inner.width >= valueColumnFrom ? widestValue(spec) + 1 : 0;
  const barWidth = Math.max(1, inner.width - nameWidth - shareWidth - valueWidth - 2);
  const lines: Line[] = shown.map((item, index) => {
    const tone = seriesTone(index);
    const line: Line = [
      segment(padToWidth(item.name, nameWidth), tone),
      segment(' '),
      segment(padToWidth(bar(share(item.value), barWidth), barWidth), tone),
      segment(' '),
      segment(padToWidth(formatShare(share(item.value)), shareWidth, 'right')),
    ];
    if (valueWidth === 0) return line;
    return [
      ...line,
      segment(
        padToWidth(
          formatValue(item.value, item.field.unit, item.field.format),
          valueWidth,
          'right',
        ),
        'muted',
      ),
    ];
  });
  if (!fits) {
    const rest = items.slice(shown.length);
    const restShare = rest.reduce((sum, item) => sum + share(item.value), 0);
    lines.push(textLine(`+${rest.length} more ${formatShare(restShare)}`, inner.width, 'muted'));
  }
  return lines;
}
