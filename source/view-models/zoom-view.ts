// The zoomed panel: for charted kinds, a legend (current, min, max per series), the thresholds,
// which window and time the current values come from, an asciichart plot with y labels in the
// panel's unit, and a time axis of HH:MM labels. Other kinds draw their usual view in the larger box.
import type {PanelSpec} from '../dashboards/spec.js';
import type {PanelState} from '../store/panel-state.js';
import {newestDataAt} from '../store/apply-cycle.js';
import {formatClock} from './clock.js';
import {fitBlock, segment, spreadLine, textLine} from './line.js';
import {nowCaption} from './fresh-values.js';
import {isEmpty, namedStats, type NamedSeries} from './panel-data.js';
import {sharedUnit} from './series-fields.js';
import {
  buildPanelView,
  innerSize,
  omittedSeries,
  type PanelSize,
  type PanelView,
} from './panel-view.js';
import {chartScale, levelsWithin, thresholdLevels} from './chart-scale.js';
import {plotCells, type Cell} from './plot.js';
import {stretchColumns} from './sparkline.js';
import {panelThresholdsNote} from './thresholds-note.js';
import {thresholdTone} from './thresholds.js';
import {seriesTone, type Line} from './tone.js';
import type {Inner} from './timeseries-view.js';
import {formatBound, formatValue} from './units.js';
import {exploreDraw, type ExploreDraw, type ExploreInput} from './zoom-explore-view.js';
import {labelWidth, plotColumns, plottedKinds, zoomSeries} from './zoom-series.js';
import {overlayLegend, type OverlayView} from './overlay-view.js';
import {descriptionLine, minRowsBesideDescription} from './panel-description.js';

/** How many points per series the zoomed plot draws in a box of this size (for the poller). */
export const zoomChartWidth = plotColumns;

export function buildZoomView(
  spec: PanelSpec,
  state: PanelState | undefined,
  size: PanelSize,
  now: number,
  explore?: ExploreInput,
  /** The same range a day or a week earlier, drawn dim behind the series (overlay-view.ts). */
  overlay?: OverlayView,
): PanelView {
  const inner = innerSize(size);
  const description = descriptionLine(spec, inner.width);
  const results = state?.results;
  if (
    !plottedKinds.has(spec.kind) ||
    state === undefined ||
    results === undefined ||
    isEmpty(spec, results)
  )
    return describedView(spec, state, size, now, description);
  const base = buildPanelView(spec, state, size, now);
  // Past what the legend has room for, the series of highest value now are drawn, the rest counted;
  // the `/` filter's matches only, while exploring (zoom-series.ts).
  const top = zoomSeries(spec, results, size, explore?.explore);
  const series = top.series;
  const caption = nowCaption(spec, state, newestDataAt(results));
  const hidden = top.total - series.length + omittedSeries(results);
  const columns = plotColumns(size);
  const draw = exploreDraw({
    spec,
    results,
    top,
    input: explore,
    width: inner.width,
    columns,
    labelWidth,
  });
  const lines = zoomLines(spec, series, hidden, caption, inner, draw, overlay, description);
  return {...base, lines: fitBlock(lines, inner.width, inner.height)};
}

/** The panel's usual view, under its description's line when it leaves the view enough rows. */
function describedView(
  spec: PanelSpec,
  state: PanelState | undefined,
  size: PanelSize,
  now: number,
  description: Line | undefined,
): PanelView {
  const room = innerSize(size).height - 1;
  if (description === undefined || room < minRowsBesideDescription) {
    return buildPanelView(spec, state, size, now);
  }
  const view = buildPanelView(spec, state, {width: size.width, height: size.height - 1}, now);
  return {...view, height: size.height, lines: [description, ...view.lines]};
}

function zoomLines(
  spec: PanelSpec,
  series: readonly NamedSeries[],
  hidden: number,
  caption: string,
  inner: Inner,
  draw: ExploreDraw,
  overlay: OverlayView | undefined,
  description: Line | undefined,
): Line[] {
  const legend = series;
  const lines: Line[] = [
    ...draw.head,
    ...legend.map(
      (each, index) =>
        draw.legendLine(each, index, inner.width) ?? legendLine(each, index, inner.width),
    ),
  ];
  if (overlay !== undefined) lines.push(...overlayLegend(spec, overlay, inner.width));
  if (hidden > 0) {
    const text =
      `+${hidden.toLocaleString('en-US')} more series (the ${legend.length} highest now are ` +
      'drawn): narrow with label matchers, topk() or sum by (…)';
    lines.push(textLine(text, inner.width, 'muted'));
  }
  if (legend.some((each) => Number.isNaN(namedStats(each).current))) {
    lines.push(textLine(nanNote, inner.width, 'muted'));
  }
  const note = panelThresholdsNote(spec);
  if (note !== '') lines.push(textLine(note, inner.width, 'muted'));
  lines.push(...draw.notes);
  lines.push(textLine(draw.caption ?? caption, inner.width, 'muted'));
  const axisRows = draw.markerRow === undefined ? 1 : 2;
  // The description goes first when the plot keeps enough rows without it.
  if (
    description !== undefined &&
    inner.height - lines.length - axisRows - 1 >= minRowsBesideDescription
  )
    lines.unshift(description);
  const plotRows = inner.height - lines.length - axisRows;
  if (plotRows < 2) return lines;
  const plotWidth = inner.width - labelWidth - 1;
  // Stretched, not padded: the plot spans the series' window, which is the chosen range, even
  // while the answer on hand was asked for a narrower chart (its points are then wider).
  // Hidden series (exploring) are neither drawn nor scaled for; each keeps its legend's tone.
  const plots = series.flatMap((each, index) =>
    draw.drawn(each)
      ? [{columns: stretchColumns(each.columns, plotWidth + 1), tone: seriesTone(index)}]
      : [],
  );
  // The overlay is drawn first, in the dim tone, so that the live series lie on top of it.
  const behind = (overlay?.series ?? []).map((each) => ({
    columns: stretchColumns(each.columns, plotWidth + 1),
    tone: 'muted' as const,
  }));
  const levels = thresholdLevels(series.map((each) => each.thresholds));
  // The axis in the series' unit when they share one (an override may set it), else the panel's.
  const unit = sharedUnit(
    spec,
    series.map((each) => each.field),
  );
  const scale = chartScale(
    [...behind, ...plots].flatMap((each) => each.columns),
    levels,
    unit,
    spec,
  );
  const lineValues = levelsWithin(levels, scale);
  const grid = plotCells([...behind, ...plots], {
    rows: plotRows,
    scale,
    labelWidth,
    formatLabel: (value) => formatValue(value, unit),
    lines: lineValues,
  });
  draw.drawCursor(grid);
  lines.push(...grid.map(cellsLine));
  if (draw.markerRow !== undefined) lines.push(draw.markerRow);
  lines.push(timeAxis(series[0], plotWidth + 1, labelWidth + 1, inner.width));
  return lines;
}

/** Why a current value reads "–": Prometheus answered NaN. */
const nanNote = '– means NaN: 0/0, nothing was observed in the window (e.g. no requests)';

/** "● name  now 4%  min 2%  max 12%", in the series' unit and decimals. */
function legendLine(series: NamedSeries, index: number, width: number): Line {
  const stats = namedStats(series);
  const {unit, format} = series.field;
  return spreadLine(
    [segment('● ', seriesTone(index)), segment(series.name, seriesTone(index))],
    [
      segment('now ', 'muted'),
      segment(
        formatBound(stats.current, unit, stats.currentAbove, format),
        thresholdTone(stats.current, series.thresholds, 'normal', stats.currentAbove),
      ),
      segment('  min ', 'muted'),
      segment(formatValue(stats.min, unit, format)),
      segment('  max ', 'muted'),
      segment(formatBound(stats.max, unit, stats.maxAbove, format)),
    ],
    width,
  );
}

function cellsLine(cells: readonly Cell[]): Line {
  const line: {text: string; tone: Cell['tone']}[] = [];
  for (const cell of cells) {
    const last = line.at(-1);
    if (last !== undefined && last.tone === cell.tone) last.text += cell.char;
    else line.push({text: cell.char, tone: cell.tone});
  }
  return line;
}

/**
 * HH:MM labels under the plot, about every 12 cells, the last one at the right edge; HH:MM:SS when
 * labels are less than a minute apart (HH:MM would repeat).
 */
function timeAxis(
  series: NamedSeries | undefined,
  points: number,
  indent: number,
  width: number,
): Line {
  if (series === undefined) return [];
  const {start, end, step} = series.window;
  const count = Math.floor((end - start) / step) + 1;
  // The plot's columns spread the window's points over its width (stretchColumns).
  const timeAt = (column: number): number => start + Math.floor((column * count) / points) * step;
  const chars = new Array<string>(width).fill(' ');
  const labels = Math.max(1, Math.floor(points / 12));
  const columnOf = (label: number): number => Math.round((label * (points - 1)) / labels);
  const times = Array.from({length: labels + 1}, (_, label) => timeAt(columnOf(label)));
  const seconds = times.some((time, label) => label > 0 && time - (times[label - 1] ?? 0) < 60);
  for (let label = labels; label >= 0; label -= 1) {
    const column = columnOf(label);
    const text = formatClock(timeAt(column), seconds);
    const at = Math.min(
      width - text.length,
      Math.max(0, indent - 1 + column - Math.floor(text.length / 2)),
    );
    if (chars.slice(at, at + text.length + 1).some((char) => char !== ' ')) continue;
    [...text].forEach((char, index) => (chars[at + index] = char));
  }
  return [segment(chars.join(''), 'muted')];
}
