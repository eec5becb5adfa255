// A grid dashboard's scroll position and collapsed sections from the UI state, as the layout
// takes them (the same object while they do not change, so the layout is not recomputed).
import {useMemo} from 'react';
import type {DashboardSpec} from '../dashboards/spec.js';
import {collapsedSections, scrollTopOf} from '../ui-state/grid-scroll.js';
import type {UiState} from '../ui-state/types.js';
import type {GridInput} from '../view-models/grid-dashboard.js';

export function useGridInput(ui: UiState, dashboard: DashboardSpec): GridInput {
  const top = scrollTopOf(ui);
  const collapsed = useMemo(() => collapsedSections(dashboard, ui.grid), [dashboard, ui.grid]);
  return useMemo(() => ({top, collapsed}), [top, collapsed]);
}
