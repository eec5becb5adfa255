// A query's result shown as a zoomed panel over the dashboard, as a pure reducer: its unit (`u`),
// its pin to the session's Scratch dashboard (`P`), and Esc back to what was shown.
import type {PanelSpec} from '../dashboards/spec.js';
import {scratchPanelSpec} from '../dashboards/scratch.js';
import type {KeyCommand} from '../keys/match-key.js';
import {nextUnit} from '../prometheus/guess-unit.js';

export type QueryResultState = {
  readonly panel: PanelSpec;
  /** Pinned to the scratch dashboard as it is now. */
  readonly pinned: boolean;
};

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
