// A grid dashboard (layout 'grid') for --once: its whole content, every open section's panels at
// their place and the section title lines, as tall as it is (nothing scrolls in a printout).
import type {DashboardSpec} from '../dashboards/spec.js';
import {panelKey, type StoreState} from '../store/store-state.js';
import {collapsedSections} from '../ui-state/grid-scroll.js';
import {gridContent} from '../view-models/grid-layout.js';
import type {DashboardLayout} from '../view-models/layout.js';
import {fitLine, lineWidth, segment, textLine} from '../view-models/line.js';
import {panelFrame} from '../view-models/panel-frame.js';
import {buildPanelView} from '../view-models/panel-view.js';
import type {Line, Segment} from '../view-models/tone.js';

/** Lines of the grid's content at this width, the sections as the dashboard file says. */
export const onceGridHeight = (dashboard: DashboardSpec, width: number): number =>
  gridContent(dashboard, width, collapsedSections(dashboard, undefined)).height;

type Piece = {readonly x: number; readonly line: Line};

/** The grid's lines: each line's pieces (boxes' lines, title lines) left to right, gaps blank. */
export function onceGridLines(
  layout: DashboardLayout,
  state: StoreState,
  dashboard: DashboardSpec,
  now: number,
): Line[] {
  const view = layout.gridView;
  if (view === undefined) return [];
  const {grid} = layout;
  const pieces: Piece[][] = Array.from({length: grid.height}, () => []);
  const put = (x: number, y: number, line: Line) => pieces[y - grid.y]?.push({x, line});
  for (const section of view.sections) {
    put(section.x, section.y, textLine(section.text, section.width, 'title'));
  }
  for (const {panel, x, y, width, height} of view.placements) {
    const panelState = state.panels[panelKey(dashboard.id, panel.id)];
    const box = panelFrame(buildPanelView(panel, panelState, {width, height}, now), false);
    box.forEach((line, index) => put(x, y + index, line));
  }
  return pieces.map((line) => {
    const joined: Segment[] = [];
    let at = 0;
    for (const piece of [...line].sort((a, b) => a.x - b.x)) {
      if (piece.x > at) joined.push(segment(' '.repeat(piece.x - at)));
      joined.push(...piece.line);
      at = piece.x + lineWidth(piece.line);
    }
    return fitLine(joined, grid.width);
  });
}
