// Exploring a zoomed panel, as a pure reducer: a cursor over time (←/→, Shift for a tenth of the
// width), a selected legend series that Space hides and `s` solos, and `/` filtering the series by
// label text. The cursor is a time, not a column: new data moves the chart under it. What the
// keys move over (the plot's time span and columns, the legend's series) comes from the zoom view
// as a ZoomEnv. Leaving the zoom or zooming another panel starts afresh (keepExplore).
import type {KeyCommand} from '../keys/match-key.js';
import {editText, textInput, type TextInput} from './alerts-text-input.js';

export type ZoomExplore = {
  /** The cursor's time, unix seconds; undefined: no cursor, the legend shows values now. */
  readonly cursorAt: number | undefined;
  /** The selected legend series (its key, see view-models/zoom-series.ts); undefined: none yet. */
  readonly selected: string | undefined;
  /** Keys of the series not drawn. */
  readonly hidden: readonly string[];
  /** The one series drawn, when soloed. */
  readonly solo: string | undefined;
  /** The label text filter; empty shows every series. */
  readonly filter: TextInput;
  /** The filter has the keyboard. */
  readonly filtering: boolean;
};

export const initialZoomExplore: ZoomExplore = {
  cursorAt: undefined,
  selected: undefined,
  hidden: [],
  solo: undefined,
  filter: textInput(),
  filtering: false,
};

/** What the zoomed panel shows now, for the keys that move over it. */
export type ZoomEnv = {
  /** The plot's first and last column times (unix seconds) and its number of columns. */
  readonly start: number;
  readonly end: number;
  readonly columns: number;
  /** The legend's series keys, in order, after the filter. */
  readonly series: readonly string[];
};

/** How many columns Shift-←/→ jump: a tenth of the plot. */
export const jumpColumns = (columns: number): number => Math.max(1, Math.round(columns / 10));

/**
 * The next exploration after a command in the zoom (or its filter), or undefined for a command
 * that is not the exploration's: Esc without a cursor leaves the zoom.
 */
export function updateZoomExplore(
  explore: ZoomExplore,
  command: KeyCommand,
  zoom: ZoomEnv | undefined,
): ZoomExplore | undefined {
  if (explore.filtering) return updateFilter(explore, command);
  switch (command.type) {
    case 'moveCursor':
      return moveCursor(explore, command.index ?? 0, zoom);
    case 'selectSeries':
      return select(explore, command.index === 1 ? -1 : 1, zoom);
    case 'toggleSeries':
      return toggle(explore, zoom);
    case 'soloSeries':
      return solo(explore, zoom);
    case 'filterSeries':
      // Only over a plot: a panel without series to filter takes no typing.
      return zoom === undefined ? explore : {...explore, filtering: true};
    case 'back':
      return explore.cursorAt === undefined ? undefined : {...explore, cursorAt: undefined};
    default:
      return undefined;
  }
}

function updateFilter(explore: ZoomExplore, command: KeyCommand): ZoomExplore | undefined {
  switch (command.type) {
    case 'editText':
      return {...explore, filter: editText(explore.filter, command.edit)};
    case 'submit':
      return {...explore, filtering: false};
    case 'back':
      return {...explore, filter: textInput(), filtering: false};
    default:
      return undefined;
  }
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));

/** Key index 0/1: one column back/on; 2/3 (Shift): a tenth of the plot. No cursor: the newest. */
function moveCursor(explore: ZoomExplore, index: number, zoom: ZoomEnv | undefined): ZoomExplore {
  if (zoom === undefined || zoom.columns < 2 || zoom.end <= zoom.start) return explore;
  if (explore.cursorAt === undefined) return {...explore, cursorAt: zoom.end};
  const perColumn = (zoom.end - zoom.start) / (zoom.columns - 1);
  const columns = index < 2 ? 1 : jumpColumns(zoom.columns);
  const by = (index % 2 === 0 ? -columns : columns) * perColumn;
  const from = clamp(explore.cursorAt, zoom.start, zoom.end);
  return {...explore, cursorAt: clamp(from + by, zoom.start, zoom.end)};
}

/** The selected series if the legend shows it, else the first. */
function target(explore: ZoomExplore, zoom: ZoomEnv | undefined): string | undefined {
  const keys = zoom?.series ?? [];
  return explore.selected !== undefined && keys.includes(explore.selected)
    ? explore.selected
    : keys[0];
}

function select(explore: ZoomExplore, by: number, zoom: ZoomEnv | undefined): ZoomExplore {
  const keys = zoom?.series ?? [];
  if (keys.length === 0) return explore;
  const at = explore.selected === undefined ? -1 : keys.indexOf(explore.selected);
  const next = at === -1 ? (by > 0 ? 0 : keys.length - 1) : (at + by + keys.length) % keys.length;
  return {...explore, selected: keys[next]};
}

function toggle(explore: ZoomExplore, zoom: ZoomEnv | undefined): ZoomExplore {
  const key = target(explore, zoom);
  if (key === undefined) return explore;
  const hidden = explore.hidden.includes(key)
    ? explore.hidden.filter((each) => each !== key)
    : [...explore.hidden, key];
  return {...explore, selected: key, hidden};
}

/** Solos the selected series; on the soloed one, every series is back (hidden ones too). */
function solo(explore: ZoomExplore, zoom: ZoomEnv | undefined): ZoomExplore {
  const key = target(explore, zoom);
  if (key === undefined) return explore;
  if (explore.solo === key) return {...explore, selected: key, solo: undefined, hidden: []};
  return {...explore, selected: key, solo: key};
}

type Zoomed = {
  readonly dashboardIndex: number;
  readonly focus: {readonly row: number; readonly column: number};
  readonly zoomed: boolean;
  readonly explore: ZoomExplore;
  /** A query's result, zoomed over the dashboard: another result is another chart. */
  readonly query?: {readonly panel: unknown} | undefined;
};

/** After a command: another zoomed panel, or none, starts a fresh exploration. */
export function keepExplore<State extends Zoomed>(before: State, after: State): State {
  const same =
    after.zoomed === before.zoomed &&
    after.dashboardIndex === before.dashboardIndex &&
    after.focus.row === before.focus.row &&
    after.focus.column === before.focus.column &&
    after.query?.panel === before.query?.panel;
  return same || after.explore === initialZoomExplore
    ? after
    : {...after, explore: initialZoomExplore};
}
