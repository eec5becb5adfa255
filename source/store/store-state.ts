// What the panels' store holds: every panel's state, the connection and the pause. The poller
// commits it once per poll cycle (apply-cycle.ts); the app reads it through a Store<StoreState>.
import type {ConnectionState, PanelState} from './panel-state.js';

export type StoreState = {
  /** Keyed by `${dashboardId}/${panelId}`. */
  readonly panels: Readonly<Record<string, PanelState>>;
  readonly connection: ConnectionState;
  readonly paused: boolean;
  /** Clock time (ms) when the last poll cycle finished, successful or not. */
  readonly lastCycleAt?: number;
};

export const initialStoreState: StoreState = {
  panels: {},
  connection: {status: 'unknown'},
  paused: false,
};

export const panelKey = (dashboardId: string, panelId: string): string =>
  `${dashboardId}/${panelId}`;
