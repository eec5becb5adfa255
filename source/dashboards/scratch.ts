// Ad-hoc queries as panels: the query prompt's result is a one-panel dashboard of its own, and
// results pinned during the session make the scratch dashboard, a tab after the built-in ones.
// scratchPanelSpec is the boundary a dashboard file writer can take pinned panels from.
import type {DashboardSpec, PanelSpec, Unit} from './spec.js';

/** The panel an ad-hoc query is drawn as: a time series chart titled by its query. */
export function scratchPanelSpec(query: string, unit: Unit): PanelSpec {
  return {id: 'query', title: query, kind: 'timeseries', queries: [{expr: query}], unit};
}

/** The query prompt's result, polled and stored like any dashboard under its own id. */
export function queryDashboard(panel: PanelSpec): DashboardSpec {
  // Its own id per query, so that another query never shows this one's answers while it loads.
  return {id: `query:${panel.queries[0]?.expr ?? ''}`, title: 'Query', rows: [{panels: [panel]}]};
}

export const scratchDashboardId = 'scratch';
const panelsPerRow = 2;

/** The pinned panels, two a row, numbered in pin order; undefined before the first pin. */
export function scratchDashboard(panels: readonly PanelSpec[]): DashboardSpec | undefined {
  if (panels.length === 0) return undefined;
  const numbered = panels.map((panel, index) => ({...panel, id: `pinned-${index + 1}`}));
  const rows = [];
  for (let at = 0; at < numbered.length; at += panelsPerRow) {
    rows.push({panels: numbered.slice(at, at + panelsPerRow)});
  }
  return {id: scratchDashboardId, title: 'Scratch', rows};
}
