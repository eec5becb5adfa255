// The keys of a grid dashboard (env.grid set: the layout placed one): focus by the geometry,
// scrolling, sections. Undefined for what they leave to the fill dashboard's handling.
import type {KeyCommand} from '../keys/match-key.js';
import type {Direction} from './focus.js';
import {focusedBox, titleColumn} from './grid-focus.js';
import {moveGridFocusAndScroll, scrollGrid, scrollMoves, toggleSection} from './grid-scroll.js';
import type {UiEnv, UiState, UiUpdate} from './types.js';

const directions: Readonly<Record<string, Direction>> = {
  focusLeft: 'left',
  focusRight: 'right',
  focusUp: 'up',
  focusDown: 'down',
};

const stay = (state: UiState): UiUpdate => ({state, effects: []});

export function updateGridDashboard(
  state: UiState,
  command: KeyCommand,
  env: UiEnv,
): UiUpdate | undefined {
  const laidOut = env.grid;
  if (laidOut === undefined) return command.type === 'toggleSection' ? stay(state) : undefined;
  // Zoomed, the focus moves from panel to panel (a section's title line cannot be zoomed).
  const geometry = state.zoomed
    ? {...laidOut, boxes: laidOut.boxes.filter((box) => box.position.column >= 0)}
    : laidOut;
  const direction = Object.hasOwn(directions, command.type) ? directions[command.type] : undefined;
  if (direction !== undefined) {
    const moved = moveGridFocusAndScroll(state, direction, geometry);
    const focusChanged = moved.focus !== state.focus;
    return stay(focusChanged ? {...moved, drill: undefined} : moved);
  }
  if (command.type === 'scrollPage' || command.type === 'scrollEnds') {
    const index = (command.type === 'scrollEnds' ? 2 : 0) + (command.index ?? 0);
    return stay(scrollGrid(state, scrollMoves[index] ?? 'pageDown', geometry));
  }
  const dashboard = env.dashboards[state.dashboardIndex];
  // The focus on a collapsed section's panel (a dashboard that opens so) is on its title.
  const onTitle =
    command.type === 'zoom' &&
    !state.zoomed &&
    focusedBox(geometry, state.focus)?.position.column === titleColumn;
  if (command.type === 'toggleSection' || onTitle) {
    return stay(state.zoomed ? state : toggleSection(state, dashboard, geometry));
  }
  return undefined;
}
