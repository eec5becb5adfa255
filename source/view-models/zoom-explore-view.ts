// What exploring adds to a zoomed panel's drawing (zoom-view.ts): the `/` filter line, legend
// lines with the selection, hidden series and the values at the cursor, the cursor's caption, the
// cursor line in the plot, and the start times of the panel's alerts under the plot.
import {alertMarkers} from '../alerts/alert-markers.js';
import type {AlertRow} from '../alerts/alert-rows.js';
import type {PanelSpec} from '../dashboards/spec.js';
import type {QueryResult} from '../store/panel-state.js';
import type {ZoomExplore} from '../ui-state/zoom-explore.js';
import {inputLine} from './alerts/input-line.js';
import {formatClock} from './clock.js';
import {alertsLine, markerRow} from './zoom-alert-marks.js';
import {fitLine, lineWidth, segment, spreadLine} from './line.js';
import {namedStats, type NamedSeries} from './panel-data.js';
import type {Cell} from './plot.js';
import {thresholdTone} from './thresholds.js';
import {seriesTone, type Line, type Tone} from './tone.js';
import {formatBound, formatValue} from './units.js';
import {
  columnAt,
  columnTime,
  plotWindow,
  pointOf,
  seriesKey,
  type ZoomSeries,
} from './zoom-series.js';

/** The exploration of the zoomed panel and the alerts to mark on it. */
export type ExploreInput = {
  readonly explore: ZoomExplore;
  readonly alerts: readonly AlertRow[];
};

/** Everything zoom-view.ts asks of the exploration while it draws. */
export type ExploreDraw = {
  /** Lines above the legend: the filter. */
  readonly head: readonly Line[];
  /** A series' legend line, or undefined for the usual one (values now). */
  readonly legendLine: (series: NamedSeries, index: number, width: number) => Line | undefined;
  /** Lines after the legend: the alerts marked. */
  readonly notes: readonly Line[];
  /** Replaces the caption of the values now while the cursor is on. */
  readonly caption: string | undefined;
  readonly drawn: (series: NamedSeries) => boolean;
  /** Draws the cursor line into the plot's cells. */
  readonly drawCursor: (grid: Cell[][]) => void;
  /** The row of alert marks under the plot, or undefined without any in the window. */
  readonly markerRow: Line | undefined;
};

export const plainDraw: ExploreDraw = {
  head: [],
  legendLine: () => undefined,
  notes: [],
  caption: undefined,
  drawn: () => true,
  drawCursor: () => {},
  markerRow: undefined,
};

export type DrawInput = {
  readonly spec: PanelSpec;
  readonly results: readonly QueryResult[];
  readonly top: ZoomSeries;
  readonly input: ExploreInput | undefined;
  readonly width: number;
  /** The plot's columns, and the cells of its value axis labels. */
  readonly columns: number;
  readonly labelWidth: number;
};

export function exploreDraw(draw: DrawInput): ExploreDraw {
  const {spec, results, top, input, width, columns, labelWidth} = draw;
  const window = plotWindow(results);
  if (input === undefined || window === undefined) return plainDraw;
  const {explore} = input;
  const cursor =
    explore.cursorAt === undefined ? undefined : columnAt(window, columns, explore.cursorAt);
  const markers = alertMarkers(
    input.alerts,
    spec.queries.map((query) => query.expr),
  );
  const isDrawn = (series: NamedSeries): boolean => {
    const key = seriesKey(series);
    return explore.solo === undefined ? !explore.hidden.includes(key) : explore.solo === key;
  };
  return {
    head: filterLines(explore, top, width),
    legendLine: (series, index, lineWidth) =>
      legendLine(
        spec,
        series,
        {index, explore, drawn: isDrawn(series), cursor, columns},
        lineWidth,
      ),
    notes: markers.length === 0 ? [] : [alertsLine(markers, window, width)],
    caption:
      cursor === undefined
        ? undefined
        : `cursor at ${formatClock(columnTime(window, columns, cursor), true)} · ←→ move, Shift-←→ jump, Esc removes it`,
    drawn: isDrawn,
    drawCursor: (grid) => {
      if (cursor !== undefined) drawCursorLine(grid, labelWidth + cursor);
    },
    markerRow: markerRow(markers, window, columns, labelWidth, width),
  };
}

/** "/ text" while typing, "filter: text", and how many series match. */
function filterLines(explore: ZoomExplore, top: ZoomSeries, width: number): Line[] {
  if (!explore.filtering && explore.filter.value.trim() === '') return [];
  const count =
    `${top.total.toLocaleString('en-US')} of ${top.unfiltered.toLocaleString('en-US')} ` +
    'series match';
  const hint = explore.filtering ? ' · Enter keeps, Esc clears' : '';
  const right: Line = [
    segment(count, top.total === 0 ? 'warning' : 'muted'),
    segment(hint, 'muted'),
  ];
  const room = Math.max(0, width - lineWidth(right) - 2);
  const prompt = explore.filtering ? '/ ' : 'filter: ';
  const left = inputLine(prompt, explore.filter, explore.filtering, undefined, room);
  return [fitLine([...left, segment('  '), ...right], width)];
}

type LegendState = {
  readonly index: number;
  readonly explore: ZoomExplore;
  readonly drawn: boolean;
  readonly cursor: number | undefined;
  readonly columns: number;
};

/**
 * `▸` marks the selected series, `○` a hidden one (`▹` both); with the cursor on, its value at the
 * cursor replaces the value now. Undefined leaves the usual line (nothing explored on it).
 */
function legendLine(
  spec: PanelSpec,
  series: NamedSeries,
  state: LegendState,
  width: number,
): Line | undefined {
  const {explore, drawn, cursor} = state;
  const selected = explore.selected === seriesKey(series);
  if (drawn && !selected && cursor === undefined) return undefined;
  const tone: Tone = drawn ? seriesTone(state.index) : 'muted';
  const mark = selected ? (drawn ? '▸ ' : '▹ ') : drawn ? '● ' : '○ ';
  const left: Line = [segment(mark, tone), segment(series.name, selected ? 'focus' : tone)];
  const right: Line = drawn
    ? values(spec, series, cursor, state.columns)
    : [segment(explore.solo === undefined ? 'hidden' : 'hidden (solo)', 'muted')];
  return spreadLine(left, right, width);
}

/** "now 4%  min 2%  max 12%", or the value at the cursor for the value now. */
function values(
  spec: PanelSpec,
  series: NamedSeries,
  cursor: number | undefined,
  columns: number,
): Line {
  const stats = namedStats(series);
  const at = cursor === undefined ? undefined : pointOf(series.window, columns, cursor);
  const value = at === undefined ? stats.current : series.columns[at];
  const above =
    at === undefined
      ? stats.currentAbove
      : series.aboveTopBucket.has(series.window.start + at * series.window.step);
  const {unit, format} = series.field;
  return [
    segment(at === undefined ? 'now ' : 'cursor ', 'muted'),
    segment(
      formatBound(value, unit, above, format),
      thresholdTone(value, series.thresholds, 'normal', above),
    ),
    segment('  min ', 'muted'),
    segment(formatValue(stats.min, unit, format)),
    segment('  max ', 'muted'),
    segment(formatBound(stats.max, unit, stats.maxAbove, format)),
  ];
}

/** A vertical line down the plot at a cell, where nothing else is drawn (series stay on top). */
function drawCursorLine(grid: Cell[][], at: number): void {
  for (const row of grid) {
    const cell = row[at];
    if (cell !== undefined && (cell.char === ' ' || cell.char === '┄'))
      row[at] = {char: '│', tone: 'focus'};
  }
}
