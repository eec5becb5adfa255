// A query's result shown as a zoomed panel over the dashboard, as a pure reducer: its unit (`u`),
// its pin to the session's Scratch dashboard (`P`), saving it to a dashboard file (`W`, an effect
// the app performs; its outcome comes back as an event), and Esc back to what was shown.
import type {PanelSpec} from '../dashboards/spec.js';
import {scratchPanelSpec} from '../dashboards/scratch.js';
import type {KeyCommand} from '../keys/match-key.js';
import {nextUnit} from '../prometheus/guess-unit.js';

export type QueryResultState = {
  readonly panel: PanelSpec;
  /** Pinned to the scratch dashboard as it is now. */
  readonly pinned: boolean;
  /** What saving it to a dashboard file (`W`) came to, until the result changes. */
  readonly saved?: SaveOutcome | undefined;
};

export type SaveOutcome = {readonly ok: boolean; readonly text: string};

/** Save the shown result (`W`): the app writes the panel into the saved-queries dashboard file. */
export type SaveQueryEffect = {readonly type: 'saveQuery'; readonly panel: PanelSpec};

/** How the save went, back from the app. */
export type QuerySavedEvent = {readonly type: 'querySaved'; readonly outcome: SaveOutcome};

/** The panel a result is saved as: the query and the unit shown. */
export const savedPanelOf = (query: QueryResultState): PanelSpec =>
  scratchPanelSpec(query.panel.queries[0]?.expr ?? '', query.panel.unit);

/** The save's outcome, onto the result still shown (a result closed meanwhile takes nothing). */
export function querySaved<S extends QueryHost>(state: S, event: QuerySavedEvent): S {
  const query = state.query;
  return query === undefined ? state : {...state, query: {...query, saved: event.outcome}};
}

/** What the result's reducer reads and changes of the UI state. */
export type QueryHost = {
  readonly query?: QueryResultState | undefined;
  readonly scratch: readonly PanelSpec[];
};

/** The query result's own keys: Esc back to what was shown, the unit, the pin. */
export function updateQueryResult<S extends QueryHost>(
  state: S,
  query: QueryResultState,
  action: KeyCommand['type'],
): S {
  switch (action) {
    case 'back':
      return {...state, query: undefined};
    case 'cycleUnit': {
      const panel = {...query.panel, unit: nextUnit(query.panel.unit)};
      return {...state, query: {panel, pinned: false}};
    }
    case 'pinQuery':
      if (query.pinned) return state;
      return {
        ...state,
        query: {...query, pinned: true},
        scratch: [
          ...state.scratch,
          scratchPanelSpec(query.panel.queries[0]?.expr ?? '', query.panel.unit),
        ],
      };
    default:
      return state;
  }
}
