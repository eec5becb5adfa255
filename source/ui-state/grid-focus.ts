// Focus movement in a grid dashboard (DashboardSpec.layout 'grid'), as a pure function of the
// boxes the layout placed (view-models/grid-layout.ts), in content lines before scrolling. Up and
// down go to the nearest box below or above that overlaps the focused one horizontally (else the
// nearest below or above); left and right to the nearest box beside it in the same visual row.
import type {Direction, PanelPosition} from './focus.js';

/** The column of a section's title line as a focus: a collapsed section is focused on it. */
export const titleColumn = -1;

/** A panel's box (or a section's title line, column -1) in content lines and columns. */
export type GridBox = {
  readonly position: PanelPosition;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** A title line takes the focus only when its section is collapsed (it has no panel shown). */
  readonly focusable: boolean;
};

/** What the reducer knows of a grid dashboard on screen: its boxes and the lines they fill. */
export type GridGeometry = {
  readonly boxes: readonly GridBox[];
  /** Lines of the whole content. */
  readonly height: number;
  /** Lines shown at once. */
  readonly viewport: number;
};

const same = (a: PanelPosition, b: PanelPosition): boolean =>
  a.row === b.row && a.column === b.column;

/** The focused box: the panel, or its section's title when the panel is not shown. */
export function focusedBox(geometry: GridGeometry, focus: PanelPosition): GridBox | undefined {
  const {boxes} = geometry;
  return (
    boxes.find((box) => same(box.position, focus)) ??
    boxes.find((box) => box.position.row === focus.row && box.position.column === titleColumn) ??
    boxes.find((box) => box.focusable)
  );
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.min(a1, b1) - Math.max(a0, b0);

const centre = (start: number, size: number): number => start + size / 2;

/** The nearest candidate by `distance`, then `tie`, then the earlier one. */
function nearest(
  candidates: readonly GridBox[],
  distance: (box: GridBox) => number,
  tie: (box: GridBox) => number,
): GridBox | undefined {
  let best: GridBox | undefined;
  for (const box of candidates) {
    if (best === undefined) best = box;
    else {
      const order = distance(box) - distance(best) || tie(box) - tie(best);
      if (order < 0) best = box;
    }
  }
  return best;
}

export function moveGridFocus(
  geometry: GridGeometry,
  from: PanelPosition,
  direction: Direction,
): PanelPosition {
  const current = focusedBox(geometry, from);
  if (current === undefined) return from;
  const others = geometry.boxes.filter((box) => box.focusable && box !== current);
  const {x, y, width, height} = current;
  if (direction === 'up' || direction === 'down') {
    const down = direction === 'down';
    const ahead = others.filter((box) => (down ? box.y >= y + height : box.y + box.height <= y));
    const across = ahead.filter((box) => overlap(box.x, box.x + box.width, x, x + width) > 0);
    const gap = (box: GridBox) => (down ? box.y - (y + height) : y - (box.y + box.height));
    const off = (box: GridBox) => Math.abs(centre(box.x, box.width) - centre(x, width));
    return (nearest(across.length > 0 ? across : ahead, gap, off) ?? current).position;
  }
  const right = direction === 'right';
  const beside = others.filter(
    (box) =>
      overlap(box.y, box.y + box.height, y, y + height) > 0 &&
      (right ? box.x >= x + width : box.x + box.width <= x),
  );
  const gap = (box: GridBox) => (right ? box.x - (x + width) : x - (box.x + box.width));
  const off = (box: GridBox) => Math.abs(box.y - y);
  return (nearest(beside, gap, off) ?? current).position;
}
