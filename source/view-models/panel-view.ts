// The panel view model: exactly what to draw inside a panel's box of a given outer size, from its
// spec, its state in the store and the clock. Components draw this and nothing else.
import {isDrawn} from '../dashboards/histogram.js';
import {staticKinds, type PanelKind, type PanelSpec} from '../dashboards/spec.js';
import type {PanelState, QueryResult} from '../store/panel-state.js';
import {cellWidth} from '../text/fit.js';
import {sanitize} from '../text/sanitize.js';
import {wrapToWidth} from '../text/wrap.js';
import {formatAge} from './age.js';
import {asOfText, panelDataAge} from './fresh-values.js';
import {breakdownLines, breakdownTitle} from './breakdown-view.js';
import {correlationLines} from './correlation-view.js';
import {bargaugeLines, gaugeLines} from './gauge-view.js';
import {heatmapChartWidth, heatmapLines} from './heatmap-view.js';
import {fitBlock, segment, textLine} from './line.js';
import {isEmpty} from './panel-data.js';
import {reduceTitles} from './stat-reduce.js';
import {statLines} from './stat-view.js';
import {statusLines} from './status-view.js';
import {timeseriesChartWidth, timeseriesLines, type Inner} from './timeseries-view.js';
import type {Line, Segment} from './tone.js';
import {tableLines} from './table-view.js';
import {textLines, unsupportedLines} from './text-view.js';
import {topnLines} from './topn-view.js';

export type PanelSize = {readonly width: number; readonly height: number};

export type PanelView = {
  /** The outer size, border included. */
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** "loading", "error", "stale 2m" or "as of 03:12:40, 2m ago"; in the top border, right. */
  readonly status: Segment | undefined;
  /** Exactly height - 2 lines, each exactly width - 2 cells. */
  readonly lines: readonly Line[];
};

type KindLines = (spec: PanelSpec, results: readonly QueryResult[], inner: Inner) => Line[];

const kindLines: Readonly<Record<PanelKind, KindLines>> = {
  timeseries: timeseriesLines,
  percentiles: timeseriesLines,
  stat: statLines,
  breakdown: breakdownLines,
  status: statusLines,
  topn: topnLines,
  correlation: correlationLines,
  gauge: gaugeLines,
  bargauge: bargaugeLines,
  table: tableLines,
  text: textLines,
  heatmap: heatmapLines,
  unsupported: unsupportedLines,
};

export const innerSize = (size: PanelSize): Inner => ({
  width: Math.max(0, size.width - 2),
  height: Math.max(0, size.height - 2),
});

/** How many points per series the panel draws in a box of this size (for the poller's step). */
export function chartWidth(spec: PanelSpec, size: PanelSize): number {
  const inner = innerSize(size);
  const width =
    spec.kind === 'timeseries' || spec.kind === 'percentiles'
      ? timeseriesChartWidth(spec, inner)
      : spec.kind === 'heatmap'
        ? heatmapChartWidth(spec, inner)
        : inner.width;
  return Math.max(1, width);
}

export function buildPanelView(
  spec: PanelSpec,
  state: PanelState | undefined,
  size: PanelSize,
  now: number,
): PanelView {
  const inner = innerSize(size);
  const view = (status: Segment | undefined, lines: readonly Line[]): PanelView => ({
    width: size.width,
    height: size.height,
    title: sanitize(panelTitle(spec)),
    status,
    lines: fitBlock(lines, inner.width, inner.height),
  });
  // Text and placeholders draw from the spec alone: they are never polled.
  if (staticKinds.has(spec.kind)) return view(undefined, kindLines[spec.kind](spec, [], inner));
  const results = state?.results;
  if (results === undefined) {
    if (state?.error?.kind === 'not-recorded') {
      // Replaying a snapshot that does not hold this panel's queries: nothing failed.
      return view(segment('not recorded', 'muted'), [
        textLine('not recorded in this snapshot', inner.width, 'muted'),
      ]);
    }
    if (state?.error !== undefined) {
      return view(segment('error', 'critical'), messageLines(state.error.message, inner));
    }
    return view(segment('loading', 'muted'), [textLine('loading…', inner.width, 'muted')]);
  }
  const status = staleStatus(spec, state, now, inner) ?? cutStatus(results);
  if (isEmpty(spec, results)) return view(status, noDataLines(spec, inner));
  return view(status, kindLines[spec.kind](spec, results, inner));
}

/**
 * "as of 03:12:40, 2m ago" when the newest value is older than the bound (fresh-values.ts), or
 * "stale 2m" where that does not fit; "stale 5s" when the last poll failed but the values are
 * still recent.
 */
function staleStatus(
  spec: PanelSpec,
  state: PanelState | undefined,
  now: number,
  inner: Inner,
): Segment | undefined {
  // A correlation shows no value now: its newest point is as old as the grid's step.
  const dataAt = spec.kind === 'correlation' ? undefined : panelDataAge(state, now);
  if (dataAt !== undefined) {
    const asOf = asOfText(dataAt, now);
    const fits = cellWidth(asOf) + minTitleCells <= inner.width;
    return segment(fits ? asOf : `stale ${formatAge(now - dataAt)}`, 'warning');
  }
  if (state === undefined || (!state.stale && state.error === undefined)) return undefined;
  const age = state.updatedAt === undefined ? '' : ` ${formatAge(now - state.updatedAt)}`;
  return segment(`stale${age}`, 'warning');
}

/** Series beyond the client's limit, summed over the panel's queries (prometheus/client.ts). */
export const omittedSeries = (results: readonly QueryResult[]): number =>
  results.reduce((sum, result) => sum + (result.omitted ?? 0), 0);

/**
 * "+19,000 more series" when an answer had more series than the client keeps (the highest now
 * were kept): the panel never looks like the whole answer when it is not.
 */
function cutStatus(results: readonly QueryResult[]): Segment | undefined {
  const omitted = omittedSeries(results);
  if (omitted === 0) return undefined;
  return segment(`+${omitted.toLocaleString('en-US')} more series`, 'warning');
}

/** Cells the border keeps for the title beside a long status. */
const minTitleCells = 8;

/** Prometheus' own message (or the connection failure), sanitized, over the lines there are. */
function messageLines(message: string, inner: Inner): Line[] {
  const text = sanitize(message);
  return wrapToWidth(text, inner.width, inner.height).map((line) => [segment(line, 'critical')]);
}

/** "no data" and the panel's queries as written in the spec. */
function noDataLines(spec: PanelSpec, inner: Inner): Line[] {
  const lines: Line[] = [textLine('no data', inner.width, 'muted')];
  for (const query of spec.queries.filter(isDrawn)) {
    const room = inner.height - lines.length;
    if (room <= 0) break;
    const wrapped = wrapToWidth(sanitize(query.expr), inner.width, room);
    lines.push(...wrapped.map((line) => [segment(line, 'muted')]));
  }
  return lines;
}

/** The title in the border: what a breakdown or a stat over the range shows is said in it. */
function panelTitle(spec: PanelSpec): string {
  if (spec.kind === 'breakdown') return breakdownTitle(spec);
  if (spec.kind === 'stat' && spec.reduce !== undefined) {
    return `${spec.title} (${reduceTitles[spec.reduce]})`;
  }
  return spec.title;
}
