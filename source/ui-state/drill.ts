// Drill-down (`d`): a picker of the focused panel's labels, then the panel re-split by the chosen
// one and shown zoomed, as a derived panel that takes the focused panel's place in the dashboard
// (so it is polled, stored and range-cached as any panel). Esc closes the picker, or goes back to
// the panel as it was, zoomed or not.
import type {DashboardSpec, PanelSpec, QuerySpec} from '../dashboards/spec.js';
import {isDrawn} from '../dashboards/histogram.js';
import {splitByLabel} from '../prometheus/split-query.js';
import type {PanelState} from '../store/panel-state.js';
import {panelKey} from '../store/store-state.js';
import type {PanelPosition} from './focus.js';
import {
  chosenLabel,
  movePicker,
  openPicker,
  panelLabels,
  type LabelCount,
  type LabelPicker,
} from './label-picker.js';

export type Drill = {
  /** The label picker is open (over the focused panel). */
  readonly picker?: LabelPicker | undefined;
  /** The focused panel is shown split by this label. */
  readonly label?: string | undefined;
  /** Whether the panel was zoomed before: Esc goes back to that. */
  readonly wasZoomed: boolean;
};

export const panelAt = (
  dashboard: DashboardSpec | undefined,
  focus: PanelPosition,
): PanelSpec | undefined => dashboard?.rows[focus.row]?.panels[focus.column];

/** The panel split by `label`: its queries rewritten, one legend entry per value of the label. */
export function drilledPanel(panel: PanelSpec, label: string): PanelSpec {
  const drawn = panel.queries.filter(isDrawn).length;
  const queries = panel.queries.map((query): QuerySpec => {
    const split = {...query, expr: splitByLabel(query.expr, label) ?? query.expr};
    if (!isDrawn(query)) return split;
    const name = drawn > 1 && query.legend !== undefined ? `${query.legend} ` : '';
    return {...split, legend: `${name}{{${label}}}`};
  });
  return {
    ...panel,
    id: `${panel.id}@by:${label}`,
    title: `${panel.title} by ${label}`,
    // One big number cannot show a split: its series are charted.
    kind: panel.kind === 'stat' ? 'timeseries' : panel.kind,
    queries,
  };
}

/** The dashboard as shown: with the focused panel drilled when a label is chosen. */
export function shownDashboard(
  dashboard: DashboardSpec,
  focus: PanelPosition,
  label: string | undefined,
): DashboardSpec {
  const panel = panelAt(dashboard, focus);
  if (label === undefined || panel === undefined) return dashboard;
  const rows = dashboard.rows.map((row, rowIndex) =>
    rowIndex !== focus.row
      ? row
      : {
          ...row,
          panels: row.panels.map((each, column) =>
            column === focus.column ? drilledPanel(each, label) : each,
          ),
        },
  );
  return {...dashboard, rows};
}

/** The labels the focused panel (as it is, undrilled) carries in the store now. */
export function focusedLabels(
  dashboard: DashboardSpec | undefined,
  focus: PanelPosition,
  panels: Readonly<Record<string, PanelState>>,
): readonly LabelCount[] {
  const panel = panelAt(dashboard, focus);
  if (dashboard === undefined || panel === undefined) return [];
  return panelLabels(panel, panels[panelKey(dashboard.id, panel.id)]?.results);
}

/** `d`: the picker over these labels; undefined when there are none. */
export function startDrill(
  drill: Drill | undefined,
  zoomed: boolean,
  labels: readonly LabelCount[],
): Drill | undefined {
  const picker = openPicker(labels);
  if (picker === undefined) return undefined;
  return {...drill, picker, wasZoomed: drill?.wasZoomed ?? zoomed};
}

export type PickerAction = 'up' | 'down' | 'choose' | 'cancel';

/** The picker's keys; a drill without a picker or a label is over (undefined). */
export function updatePicker(drill: Drill, action: PickerAction): Drill | undefined {
  const {picker} = drill;
  if (picker === undefined) return drill;
  if (action === 'up' || action === 'down') {
    return {...drill, picker: movePicker(picker, action === 'up' ? -1 : 1)};
  }
  const label = action === 'choose' ? chosenLabel(picker) : drill.label;
  return label === undefined ? undefined : {label, wasZoomed: drill.wasZoomed};
}
