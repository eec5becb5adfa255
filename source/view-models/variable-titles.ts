// Panel and section titles with the dashboard's template variables filled in, as Grafana shows
// them: `CPU on $instance` reads `CPU on node-1`. Titles are text, so a value is written as Grafana's
// `text` format writes it: the texts of the values chosen, joined by " + ", or `All`. Values come
// from the server: titles are sanitized where they are drawn (panel-view.ts, grid-layout.ts).
import type {DashboardSpec, PanelSpec, RowSpec} from '../dashboards/spec.js';
import type {VariableScope} from '../dashboards/variable-spec.js';
import {interpolate} from '../prometheus/interpolate.js';

/** The dashboard with its titles filled in; the very same object when no title uses a variable. */
export function withVariableTitles(
  dashboard: DashboardSpec,
  scope: VariableScope | undefined,
): DashboardSpec {
  if (scope === undefined || Object.keys(scope).length === 0) return dashboard;
  const titled = (title: string): string => interpolate(title, scope, 'text');
  const panelOf = (panel: PanelSpec): PanelSpec => {
    const title = titled(panel.title);
    return title === panel.title ? panel : {...panel, title};
  };
  const rowOf = (row: RowSpec): RowSpec => {
    const panels = row.panels.map(panelOf);
    const title = row.title === undefined ? undefined : titled(row.title);
    const same = title === row.title && panels.every((panel, index) => panel === row.panels[index]);
    return same ? row : {...row, panels, ...(title === undefined ? {} : {title})};
  };
  const rows = dashboard.rows.map(rowOf);
  return rows.every((row, index) => row === dashboard.rows[index])
    ? dashboard
    : {...dashboard, rows};
}
