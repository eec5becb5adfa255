// The zoomed panel's overlay: the same range a day or a week earlier, fetched by its own poller
// (poller/time-travel.ts) over the shifted window, moved forward here by the offset so that it
// lies under the live series, and its legend lines in the dim tone.
import type {PanelSpec} from '../dashboards/spec.js';
import type {PanelState, QueryResult} from '../store/panel-state.js';
import {sanitize} from '../text/sanitize.js';
import type {Overlay} from '../ui-state/time-travel.js';
import {segment, spreadLine, textLine} from './line.js';
import {namedStats, topRangeSeries, type NamedSeries} from './panel-data.js';
import type {Line} from './tone.js';
import {formatBound, formatValue} from './units.js';

/** What the zoom view draws of an overlay. */
export type OverlayView = {
  /** `1d earlier`, `1w earlier`. */
  readonly label: string;
  /** The overlay's series, moved onto the live window's times. */
  readonly series: readonly NamedSeries[];
  /** Why there is nothing to draw yet (loading, an error); undefined when there is. */
  readonly note?: string;
};

export const overlayLabel = (overlay: Exclude<Overlay, 'off'>): string => `${overlay} earlier`;

/** A range result with every time `seconds` later. */
function shiftResult(result: QueryResult, seconds: number): QueryResult {
  if (result.type !== 'range') return result;
  const {window, series, fresh} = result;
  return {
    ...result,
    window: {...window, start: window.start + seconds, end: window.end + seconds},
    series: series.map((one) => ({
      ...one,
      samples: one.samples.map(([time, value]) => [time + seconds, value] as const),
    })),
    ...(fresh === undefined ? {} : {fresh: {...fresh, time: fresh.time + seconds}}),
  };
}

/** The overlay of the panel from its poller's state, `keep` series at most. */
export function overlayView(
  spec: PanelSpec,
  overlay: Exclude<Overlay, 'off'>,
  offsetSeconds: number,
  state: PanelState | undefined,
  keep: number,
): OverlayView {
  const label = overlayLabel(overlay);
  if (state?.results === undefined) {
    const note = state?.error === undefined ? 'loading…' : sanitize(state.error.message).trim();
    return {label, series: [], note};
  }
  const results = state.results.map((result) => shiftResult(result, offsetSeconds));
  const {series} = topRangeSeries(spec, results, keep);
  return series.length === 0 ? {label, series, note: 'no data'} : {label, series};
}

/** One dim legend line per overlay series (`◦ 1d earlier name  now 1  min 0  max 2`). */
export function overlayLegend(spec: PanelSpec, view: OverlayView, width: number): Line[] {
  if (view.note !== undefined) return [textLine(`◦ ${view.label}: ${view.note}`, width, 'muted')];
  return view.series.map((each) => {
    const stats = namedStats(each);
    const {unit, format} = each.field;
    return spreadLine(
      [segment(`◦ ${view.label} ${each.name}`, 'muted')],
      [
        segment(
          `now ${formatBound(stats.current, unit, stats.currentAbove, format)}` +
            `  min ${formatValue(stats.min, unit, format)}` +
            `  max ${formatBound(stats.max, unit, stats.maxAbove, format)}`,
          'muted',
        ),
      ],
      width,
    );
  });
}
