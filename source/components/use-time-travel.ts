// Time travel's data, through the poller and store like every panel: a held time has a poller and
// store of its own (paused, no range cache: poller/time-travel.ts), and the zoomed panel's overlay a
// one-panel poller whose clock runs a day or a week behind. This hook makes them, hands them their
// plans and stops them; the view models (time-travel-view.ts, overlay-view.ts) say what to draw.
import {useEffect, useMemo, useSyncExternalStore} from 'react';
import type {DashboardSpec, PanelSpec, VariableScope} from '../dashboards/spec.js';
import type {PrometheusClient} from '../prometheus/client.js';
import {
  createHeldPoller,
  createOverlayPoller,
  overlayDashboardId,
  overlayPlan,
  type PollerAndStore,
} from '../poller/time-travel.js';
import type {Store} from '../store/store.js';
import {initialStoreState, panelKey, type StoreState} from '../store/store-state.js';
import {overlaySeconds, type Overlay} from '../ui-state/time-travel.js';
import {overlayView, type OverlayView} from '../view-models/overlay-view.js';
import {useScreenPlan} from './use-screen-plan.js';

export type TimeTravelInput = {
  readonly client: PrometheusClient | undefined;
  readonly clock: () => number;
  readonly scrapeIntervalSeconds: number | undefined;
  /** Undefined: live. */
  readonly heldAt: number | undefined;
  /** The zoomed panel's overlay; 'off' when nothing is zoomed. */
  readonly overlay: Overlay;
  readonly dashboard: DashboardSpec;
  /** The zoomed panel, and its chart's width and the series its legend has room for. */
  readonly zoomed:
    {readonly panel: PanelSpec; readonly width: number; readonly keep: number} | undefined;
  readonly chartWidths: Readonly<Record<string, number>> | undefined;
  /** A grid dashboard's panels on screen: held, too, only they are fetched. */
  readonly visiblePanelIds?: ReadonlySet<string> | undefined;
  readonly rangeSeconds: number;
  readonly refreshMs: number;
  readonly paused: boolean;
  /** The dashboard's variables' values, written into the held and overlay queries. */
  readonly variables?: VariableScope | undefined;
};

export type TimeTravelData = {
  /** The held time's store; undefined while live (the live store is shown). */
  readonly held: StoreState | undefined;
  readonly overlay: OverlayView | undefined;
  /** `r`: fetches the held time again (a failed fetch is not retried on a timer), else nothing. */
  readonly refreshHeld: () => boolean;
};

const idle: Store<StoreState> = {
  getState: () => initialStoreState,
  subscribe: () => () => undefined,
};

function useStopped(created: PollerAndStore | undefined): StoreState {
  useEffect(() => () => created?.poller.stop(), [created]);
  const store = created?.store ?? idle;
  return useSyncExternalStore(store.subscribe, store.getState);
}

export function useTimeTravel(input: TimeTravelInput): TimeTravelData {
  const {client, clock, scrapeIntervalSeconds, heldAt, overlay, dashboard, zoomed} = input;
  const {chartWidths, rangeSeconds, refreshMs, paused} = input;
  const variablesKey = JSON.stringify(input.variables);
  const scope = useMemo(
    () => (input.variables === undefined ? {} : {variables: input.variables}),
    // variablesKey stands for the variables (a new scope with the same values is no new plan).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [variablesKey],
  );
  const options = useMemo(
    () =>
      client === undefined
        ? undefined
        : {client, clock, ...(scrapeIntervalSeconds === undefined ? {} : {scrapeIntervalSeconds})},
    [client, clock, scrapeIntervalSeconds],
  );
  const held = useMemo(
    () =>
      options === undefined || heldAt === undefined ? undefined : createHeldPoller(options, heldAt),
    [options, heldAt],
  );
  const heldState = useStopped(held);
  const plan = useScreenPlan({
    dashboard,
    rangeSeconds,
    refreshMs,
    chartWidths,
    variables: input.variables,
    visiblePanelIds: input.visiblePanelIds,
  });
  useEffect(() => {
    if (held !== undefined && plan !== undefined) held.poller.setPlan(plan);
  }, [held, plan]);

  const offset = zoomed === undefined ? 0 : overlaySeconds(overlay);
  const behind = useMemo(
    () =>
      options === undefined || offset === 0
        ? undefined
        : createOverlayPoller(options, offset, heldAt),
    [options, offset, heldAt],
  );
  const behindState = useStopped(behind);
  const panel = zoomed?.panel;
  const width = zoomed?.width ?? 0;
  useEffect(() => {
    if (behind === undefined || panel === undefined) return;
    behind.poller.setPlan({
      ...overlayPlan(dashboard, panel, rangeSeconds, refreshMs, width),
      ...scope,
    });
  }, [behind, dashboard, panel, rangeSeconds, refreshMs, width, scope]);
  // Live, the overlay follows the pause; held, its poller stays paused.
  useEffect(() => {
    if (heldAt === undefined) behind?.poller.setPaused(paused);
  }, [behind, heldAt, paused]);

  const keep = zoomed?.keep ?? 0;
  const panelState =
    panel === undefined
      ? undefined
      : behindState.panels[panelKey(overlayDashboardId(dashboard), panel.id)];
  // The same object while nothing changed: the zoomed panel is memoized on its props.
  const overlayData = useMemo(
    () =>
      panel === undefined || overlay === 'off' || behind === undefined
        ? undefined
        : overlayView(panel, overlay, offset, panelState, keep),
    [panel, overlay, offset, behind, panelState, keep],
  );
  const refreshHeld = (): boolean => {
    held?.poller.refreshNow();
    behind?.poller.refreshNow();
    return held !== undefined;
  };
  return {held: held === undefined ? undefined : heldState, overlay: overlayData, refreshHeld};
}
