// The zoomed panel's exploration for the app: what its keys move over (the reducer's ZoomEnv) and
// what its view draws (the exploration and the alerts to mark), from the layout and the stores.
import {useMemo} from 'react';
import type {AlertRow} from '../alerts/alert-rows.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import {panelKey, type StoreState} from '../store/store-state.js';
import type {UiState} from '../ui-state/types.js';
import type {ZoomEnv} from '../ui-state/zoom-explore.js';
import type {Layout} from '../view-models/layout.js';
import type {ExploreInput} from '../view-models/zoom-explore-view.js';
import {zoomEnvOf} from '../view-models/zoom-series.js';

export type ZoomExploreHandle = {
  readonly env: ZoomEnv | undefined;
  readonly input: ExploreInput | undefined;
};

export function useZoomExplore(
  layout: Layout,
  dashboard: DashboardSpec,
  panels: StoreState['panels'],
  ui: UiState,
  alerts: readonly AlertRow[],
  /** The chart's box when it is not the layout's (a query result shares it with its table). */
  box?: {readonly width: number; readonly height: number},
): ZoomExploreHandle {
  const shown = ui.zoomed || ui.query !== undefined;
  const zoomed = shown && layout.kind === 'dashboard' ? layout.panels[0] : undefined;
  const width = box?.width ?? zoomed?.width ?? 0;
  const height = box?.height ?? zoomed?.height ?? 0;
  const panelState =
    zoomed === undefined ? undefined : panels[panelKey(dashboard.id, zoomed.panel.id)];
  const {explore} = ui;
  const env = useMemo(
    () =>
      zoomed === undefined
        ? undefined
        : zoomEnvOf(zoomed.panel, panelState, {width, height}, explore),
    [zoomed, panelState, explore, width, height],
  );
  const input = useMemo(
    () => (zoomed === undefined ? undefined : {explore, alerts}),
    [zoomed, explore, alerts],
  );
  return {env, input};
}
