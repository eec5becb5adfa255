// A panel added to a dashboard file's text, as a row of its own at the end, for the query prompt's
// "save to a dashboard file". The file's own text is edited, not rewritten: its comments, order
// and quoting stay. An id already used in the dashboard gets a number (`p95-2`).
import {LineCounter, parseDocument} from 'yaml';
import {parseDashboardFile, type ParsedDashboard} from './dashboard-file.js';
import type {DashboardSpec, PanelSpec} from './spec.js';
import {dashboardYaml, flowThresholds, panelData, yamlOptions} from './write-dashboard-file.js';
import type {FileProblem} from './yaml-walk.js';

export type AppendedPanel =
  | {readonly ok: true; readonly text: string; readonly panelId: string}
  | {readonly ok: false; readonly problem: FileProblem};

/** `id`, else `id-2`, `id-3`... : the first that no panel of the dashboard has. */
export function freePanelId(dashboard: DashboardSpec, id: string): string {
  const taken = new Set(dashboard.rows.flatMap((row) => row.panels.map((panel) => panel.id)));
  let candidate = id;
  for (let number = 2; taken.has(candidate); number++) candidate = `${id}-${number}`;
  return candidate;
}

/** The text of a new dashboard file holding `panel` alone. */
export function newDashboardText(
  dashboard: {readonly id: string; readonly title: string},
  panel: PanelSpec,
): string {
  return dashboardYaml({...dashboard, rows: [{panels: [panelData(panel)]}]});
}

export function appendPanelToText(text: string, panel: PanelSpec): AppendedPanel {
  const parsed: ParsedDashboard = parseDashboardFile(text);
  if (!parsed.ok) return parsed;
  const panelId = freePanelId(parsed.spec, panel.id);
  const document = parseDocument(text, {lineCounter: new LineCounter()});
  const row = document.createNode({panels: [panelData({...panel, id: panelId})]});
  document.addIn(['rows'], row);
  flowThresholds(document);
  const edited = document.toString(yamlOptions);
  const check = parseDashboardFile(edited);
  if (!check.ok) return check;
  return {ok: true, text: edited, panelId};
}
