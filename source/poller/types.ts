// The contract between the app shell and the data layer. The app tells the poller what is on
// screen (a plan); the poller fetches, the store keeps results; the app subscribes to the store.
import type {DashboardSpec} from '../dashboards/spec.js';
import type {ConnectionState, PanelState} from '../store/panel-state.js';

export type StoreState = {
  /** Keyed by `${dashboardId}/${panelId}`. */
  readonly panels: Readonly<Record<string, PanelState>>;
  readonly connection: ConnectionState;
  readonly paused: boolean;
  /** Clock time (ms) when the last poll cycle finished, successful or not. */
  readonly lastCycleAt?: number;
};

/** useSyncExternalStore-compatible; one notification per poll cycle, not per response. */
export type Store = {
  getState(): StoreState;
  subscribe(listener: () => void): () => void;
};

export type PollPlan = {
  readonly dashboard: DashboardSpec;
  /** The dashboard time range in seconds (`--range`, changed with +/-). */
  readonly rangeSeconds: number;
  /** Poll interval in ms (`--refresh`). */
  readonly refreshMs: number;
  /** Chart width in cells per panel id (one point per column); panels absent here use 60. */
  readonly chartWidths: Readonly<Record<string, number>>;
};

export type Poller = {
  /** Starts polling, or replaces the plan: requests the new plan makes obsolete are aborted. */
  setPlan(plan: PollPlan): void;
  refreshNow(): void;
  setPaused(paused: boolean): void;
  /** Aborts everything in flight and schedules nothing more. */
  stop(): void;
};

export const panelKey = (dashboardId: string, panelId: string): string =>
  `${dashboardId}/${panelId}`;
