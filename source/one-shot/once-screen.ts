// The dashboard screen as lines of text, for --once: the same header and panels the live screen
// draws (the same view models, laid out by the same layout), without the key hints, and of a
// height that gives each row of panels its room.
import type {DashboardSpec} from '../dashboards/spec.js';
import {panelKey, type StoreState} from '../store/store-state.js';
import {asciiLines} from '../view-models/glyphs.js';
import {headerLines} from '../view-models/header.js';
import {
  footerHeight,
  headerHeight,
  layoutDashboard,
  minimumSize,
  type ChartWidthOf,
  type DashboardLayout,
} from '../view-models/layout.js';
import {panelFrame} from '../view-models/panel-frame.js';
import {buildPanelView, chartWidth} from '../view-models/panel-view.js';
import type {DataSession} from '../record-replay/session.js';
import type {ReplayStatus} from '../view-models/replay-status.js';
import type {Line} from '../view-models/tone.js';
import {onceGridHeight, onceGridLines} from './once-grid.js';

/** Lines per unit of row height: a weight-2 row of charts gets 16 lines. */
const linesPerRowWeight = 8;

/** The panels' chart widths, as the live grid has them (app.tsx). */
export const onceChartWidth: ChartWidthOf = (panel, box) => chartWidth(panel, box);

/** The terminal size --once lays the dashboard out for: `width` wide, as tall as its rows need. */
export function onceSize(dashboard: DashboardSpec, width: number) {
  const weights = dashboard.rows.reduce((sum, row) => sum + (row.height ?? 1), 0);
  // layout.ts keeps the terminal's last row free; the footer's row is not printed. A dashboard of
  // one or two rows (from a file) still gets the smallest screen the layout draws on.
  // A grid dashboard is printed whole: as tall as its content (once-grid.ts).
  const grid = dashboard.layout === 'grid' ? onceGridHeight(dashboard, width) : undefined;
  const rows = headerHeight + (grid ?? weights * linesPerRowWeight) + footerHeight + 1;
  return {columns: width, rows: Math.max(rows, minimumSize.rows)};
}

export function onceLayout(dashboard: DashboardSpec, width: number): DashboardLayout {
  const layout = layoutDashboard(dashboard, onceSize(dashboard, width), undefined, onceChartWidth);
  if (layout.kind !== 'dashboard') throw new Error(`--once needs at least 80 columns`);
  return layout;
}

export type OnceScreenInput = {
  readonly dashboards: readonly DashboardSpec[];
  readonly dashboardIndex: number;
  readonly state: StoreState;
  readonly width: number;
  readonly url: string;
  readonly rangeSeconds: number;
  readonly refreshMs: number;
  readonly now: number;
  readonly replay?: ReplayStatus;
  readonly clockText?: (ms: number) => string;
};

/** Panels of one layout row side by side, line by line. */
function rowLines(
  layout: DashboardLayout,
  input: OnceScreenInput,
  dashboard: DashboardSpec,
): Line[] {
  const lines: Line[] = [];
  let rowTop = -1;
  for (const placement of layout.panels) {
    const {panel, width, height, y} = placement;
    const state = input.state.panels[panelKey(dashboard.id, panel.id)];
    const box = panelFrame(buildPanelView(panel, state, {width, height}, input.now), false);
    if (y !== rowTop) {
      rowTop = y;
      lines.push(...box);
    } else {
      const first = lines.length - box.length;
      box.forEach((line, index) => {
        lines[first + index] = [...(lines[first + index] ?? []), ...line];
      });
    }
  }
  return lines;
}

/** Every line of the screen, each exactly `width` cells. */
export function onceScreenLines(input: OnceScreenInput): Line[] {
  const dashboard = input.dashboards[input.dashboardIndex] ?? input.dashboards[0];
  if (dashboard === undefined) return [];
  const layout = onceLayout(dashboard, input.width);
  const header = headerLines({
    dashboards: input.dashboards,
    activeIndex: input.dashboardIndex,
    url: input.url,
    rangeSeconds: input.rangeSeconds,
    refreshMs: input.refreshMs,
    connection: input.state.connection,
    paused: false,
    now: input.now,
    width: layout.width,
    ...(input.clockText === undefined ? {} : {clockText: input.clockText}),
    ...(input.replay === undefined ? {} : {replay: input.replay}),
  });
  const body =
    layout.gridView === undefined
      ? rowLines(layout, input, dashboard)
      : onceGridLines(layout, input.state, dashboard, input.now);
  return [...header, ...body];
}

/** Plain text: no colour, trailing spaces cut, one newline after every line. */
export function plainText(lines: readonly Line[], ascii: boolean): string {
  const shown = ascii ? asciiLines(lines) : lines;
  return shown
    .map(
      (line) =>
        `${line
          .map((part) => part.text)
          .join('')
          .trimEnd()}\n`,
    )
    .join('');
}

/** The header's replay state for --once: at the recording's last poll, shown as its end. */
export function onceReplayStatus(session: DataSession): ReplayStatus | undefined {
  if (session.replay === undefined) return undefined;
  const state = session.replay.clock.state();
  return {
    at: session.clock(),
    start: state.start,
    // The last poll is as far as --once goes: "END".
    end: state.cycles.at(-1) ?? state.end,
    paused: false,
    speed: state.speed,
    truncated: session.replay.truncated,
  };
}
