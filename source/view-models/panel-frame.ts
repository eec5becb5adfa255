// The box around a panel as lines: the title and status set into the top border, the border in
// the focus tone when the panel has the focus. Without colour a tone cannot show the focus, so
// (with `focusMarker`) a ▶ before the title does.
import {cellWidth, fitToWidth} from '../text/fit.js';
import {segment} from './line.js';
import type {PanelView} from './panel-view.js';
import type {Line, Segment, Tone} from './tone.js';

const corners = {topLeft: '╭', topRight: '╮', bottomLeft: '╰', bottomRight: '╯'} as const;

const focusMark = '▶ ';

/** Exactly view.height lines of exactly view.width cells (nothing for a box under 2x2). */
export function panelFrame(view: PanelView, focused: boolean, focusMarker = false): Line[] {
  const {width, height} = view;
  if (width < 2 || height < 2) return [];
  const border: Tone = focused ? 'focus' : 'muted';
  const side = segment('│', border);
  const title = focused && focusMarker ? focusMark + view.title : view.title;
  return [
    topBorder({...view, title}, border),
    ...view.lines.map((line): Line => [side, ...line, side]),
    [segment(corners.bottomLeft + '─'.repeat(width - 2) + corners.bottomRight, border)],
  ];
}

/** "╭ Title ──────── stale 2m ╮"; the status wins over the title when room is short. */
function topBorder(view: PanelView, border: Tone): Line {
  const inside = view.width - 2;
  const status = view.status;
  const statusCells = status === undefined ? 0 : cellWidth(status.text) + 2;
  const statusShown = status !== undefined && statusCells <= inside;
  // Title and status keep at least one cell of border between them.
  const titleRoom = inside - (statusShown ? statusCells + 1 : 0) - 2;
  const title = titleRoom >= 1 ? fitToWidth(view.title, titleRoom) : '';
  const parts: Segment[] = [segment(corners.topLeft, border)];
  let used = 0;
  if (title !== '') {
    parts.push(segment(' ', border), segment(title, focused(border)), segment(' ', border));
    used += cellWidth(title) + 2;
  }
  const fill = inside - used - (statusShown ? statusCells : 0);
  parts.push(segment('─'.repeat(Math.max(0, fill)), border));
  if (statusShown) parts.push(segment(' ', border), status, segment(' ', border));
  parts.push(segment(corners.topRight, border));
  return parts;
}

const focused = (border: Tone): Tone => (border === 'focus' ? 'focus' : 'title');
