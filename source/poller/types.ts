// The contract between the app shell and the poller. The app tells the poller what is on screen
// (a plan); the poller fetches, the store (source/store) keeps results; the app subscribes to it.
import type {DashboardSpec, VariableScope} from '../dashboards/spec.js';

export type PollPlan = {
  readonly dashboard: DashboardSpec;
  /** The dashboard time range in seconds (`--range`, changed with +/-). */
  readonly rangeSeconds: number;
  /** Poll interval in ms (`--refresh`). */
  readonly refreshMs: number;
  /** Chart width in cells per panel id (one point per column); panels absent here use 60. */
  readonly chartWidths: Readonly<Record<string, number>>;
  /** The dashboard's variables' current values, substituted into its queries. */
  readonly variables?: VariableScope;
  /**
   * The panels on screen, by id: only they are queried (a grid dashboard's panels below the fold
   * or in collapsed sections are not); all of the dashboard's panels when absent.
   */
  readonly visiblePanelIds?: ReadonlySet<string>;
};

export type Poller = {
  /** Starts polling, or replaces the plan: requests the new plan makes obsolete are aborted. */
  setPlan(plan: PollPlan): void;
  refreshNow(): void;
  setPaused(paused: boolean): void;
  /** Aborts everything in flight and schedules nothing more. */
  stop(): void;
};
