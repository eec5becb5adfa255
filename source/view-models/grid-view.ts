// The part of a grid dashboard's content (grid-layout.ts) that the screen shows from line `top`:
// the panels and section title lines on screen, which panels that makes visible (only they are
// queried: PollPlan.visiblePanelIds), and where the view is (`lines 45-88 of 210 · ↓ 3 sections`).
// A panel cut by the screen's edge is drawn as a smaller box of the lines shown, when they hold
// its border and a line (3 lines); fewer, it is neither drawn nor queried.
import type {DashboardSpec, PanelSpec} from '../dashboards/spec.js';
import type {PanelPosition} from '../ui-state/focus.js';
import type {GridGeometry} from '../ui-state/grid-focus.js';
import type {GridContent} from './grid-layout.js';

/** Lines of a cut panel that still make a box with a line inside. */
const minimumShownLines = 3;

export type SectionLine = {
  readonly position: PanelPosition;
  /** Screen line and width (the grid's). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly text: string;
  readonly collapsed: boolean;
};

export type GridPlacement = {
  readonly panel: PanelSpec;
  readonly position: PanelPosition;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

export type GridView = {
  readonly placements: readonly GridPlacement[];
  readonly sections: readonly SectionLine[];
  /** The first content line shown (the asked top, kept within the content). */
  readonly top: number;
  readonly geometry: GridGeometry;
  readonly visiblePanelIds: ReadonlySet<string>;
  /** Where the view is, when the content is taller than the screen. */
  readonly indicator?: string;
};

type Screen = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

function indicatorOf(content: GridContent, top: number, viewport: number): string | undefined {
  if (content.height <= viewport) return undefined;
  const last = Math.min(content.height, top + viewport);
  const below = content.sections.filter(
    (section) => section.title !== undefined && section.y >= last,
  ).length;
  const more = below === 0 ? '' : ` · ↓ ${below} ${below === 1 ? 'section' : 'sections'}`;
  return `lines ${top + 1}-${last} of ${content.height}${more}`;
}

export function viewGrid(
  dashboard: DashboardSpec,
  content: GridContent,
  screen: Screen,
  askedTop: number,
): GridView {
  const viewport = screen.height;
  const top = Math.max(0, Math.min(askedTop, content.height - viewport));
  const bottom = top + viewport;
  const placements: GridPlacement[] = [];
  const sections: SectionLine[] = [];
  for (const box of content.boxes) {
    const start = Math.max(box.y, top);
    const end = Math.min(box.y + box.height, bottom);
    const {row, column} = box.position;
    const section = content.sections.find((one) => one.row === row && one.y === box.y);
    if (column < 0) {
      if (start < end && section?.title !== undefined) {
        const {x, width} = box;
        sections.push({
          position: box.position,
          x: screen.x + x,
          y: screen.y + start - top,
          width,
          text: section.title,
          collapsed: section.collapsed,
        });
      }
      continue;
    }
    const panel = dashboard.rows[row]?.panels[column];
    if (panel === undefined || end - start < minimumShownLines || box.width < 2) continue;
    placements.push({
      panel,
      position: box.position,
      x: screen.x + box.x,
      y: screen.y + start - top,
      width: box.width,
      height: end - start,
    });
  }
  const geometry = {boxes: content.boxes, height: content.height, viewport};
  const visiblePanelIds = new Set(placements.map((placement) => placement.panel.id));
  const indicator = indicatorOf(content, top, viewport);
  return {
    placements,
    sections,
    top,
    geometry,
    visiblePanelIds,
    ...(indicator === undefined ? {} : {indicator}),
  };
}
