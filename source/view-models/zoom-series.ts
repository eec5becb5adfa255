// Which series a zoomed panel shows: the `/` filter's matches (by label text, case-insensitive),
// the highest now of those while the legend has room; each known by a key that holds while its
// rank changes. And what the zoom's keys move over (ui-state/zoom-explore.ts's ZoomEnv).
import type {PanelSpec} from '../dashboards/spec.js';
import type {Labels, RangeWindow} from '../prometheus/types.js';
import type {PanelState, QueryResult} from '../store/panel-state.js';
import type {ZoomEnv, ZoomExplore} from '../ui-state/zoom-explore.js';
import {labelsText} from './legend.js';
import {isEmpty, labelsKey, topRangeSeries, type SeriesFilter} from './panel-data.js';
import {innerSize, type PanelSize} from './panel-view.js';
import {seriesField} from './series-fields.js';
import {windowColumns} from './sparkline.js';

/** The kinds a zoomed panel plots over time (the others draw their grid view, larger). */
export const plottedKinds: ReadonlySet<string> = new Set(['timeseries', 'stat', 'percentiles']);

/** Cells of the plot's value axis labels (the axis itself takes one more). */
export const labelWidth = 9;

/** The plot's columns, one per point asked of the poller (zoom-view.ts zoomChartWidth). */
export const plotColumns = (size: PanelSize): number =>
  Math.max(1, innerSize(size).width - labelWidth);

/** Series the legend has room for; past them, the highest now are drawn and the rest counted. */
export const legendRoom = (size: PanelSize): number =>
  Math.max(1, Math.floor(innerSize(size).height / 4));

/** A series' identity across polls: its query and label set. */
export const seriesKey = (series: {readonly queryIndex: number; readonly labels: Labels}): string =>
  `${series.queryIndex} ${labelsKey(series.labels)}`;

/** The `/` filter: the text in a series' labels (`{a="b"}`) or its name (shown), any case. */
export function labelFilter(spec: PanelSpec, text: string): SeriesFilter | undefined {
  const needle = text.trim().toLowerCase();
  if (needle === '') return undefined;
  return (queryIndex, labels, name = seriesField(spec, queryIndex, labels).name) =>
    `${labelsText(labels)} ${name}`.toLowerCase().includes(needle);
}

export type ZoomSeries = ReturnType<typeof topRangeSeries>;

export const zoomSeries = (
  spec: PanelSpec,
  results: readonly QueryResult[],
  size: PanelSize,
  explore: ZoomExplore | undefined,
): ZoomSeries =>
  topRangeSeries(spec, results, legendRoom(size), labelFilter(spec, explore?.filter.value ?? ''));

/** The window the plot spans: its range queries'. */
export const plotWindow = (results: readonly QueryResult[]): RangeWindow | undefined =>
  results.find((result) => result.type === 'range')?.window;

/** What the zoom's keys move over; undefined when the panel draws no plot (yet). */
export function zoomEnvOf(
  spec: PanelSpec,
  state: PanelState | undefined,
  size: PanelSize,
  explore: ZoomExplore,
): ZoomEnv | undefined {
  const results = state?.results;
  if (!plottedKinds.has(spec.kind) || results === undefined || isEmpty(spec, results))
    return undefined;
  const window = plotWindow(results);
  if (window === undefined) return undefined;
  const {series} = zoomSeries(spec, results, size, explore);
  return {
    start: window.start,
    end: window.end,
    columns: plotColumns(size),
    series: series.map(seriesKey),
  };
}

/** The window's point that plot column `column` of `columns` shows (stretchColumns). */
export const pointOf = (window: RangeWindow, columns: number, column: number): number =>
  Math.floor((column * windowColumns(window)) / columns);

export const columnTime = (window: RangeWindow, columns: number, column: number): number =>
  window.start + pointOf(window, columns, column) * window.step;

/** The plot column whose time is nearest `time` (the first of equals): a time outside, an edge. */
export function columnAt(window: RangeWindow, columns: number, time: number): number {
  let best = 0;
  for (let column = 1; column < columns; column += 1) {
    const distance = Math.abs(columnTime(window, columns, column) - time);
    if (distance < Math.abs(columnTime(window, columns, best) - time)) best = column;
  }
  return best;
}
