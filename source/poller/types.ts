// The contract between the app shell and the poller. The app tells the poller what is on screen
// (a plan); the poller fetches, the store (source/store) keeps results; the app subscribes to it.
import type {DashboardSpec, VariableScope, VariableState} from '../dashboards/spec.js';

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

/**
 * The template variables of the dashboard shown (poller/variables-runtime.ts): resolved in order
 * through the Prometheus client, each after the ones it uses; changing one refreshes those that use
 * it. The app plans with `scope()`, the header and the picker show `states()`.
 */
export type VariablesRuntime = {
  /** Resolves the dashboard's variables (again when the range changes: label values follow it). */
  open(dashboard: DashboardSpec, rangeSeconds: number): void;
  states(): readonly VariableState[];
  /** The current values as queries see them. */
  scope(): VariableScope;
  /** Called after every change of states(); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Selects values (`$__all` for All) and refreshes the variables that use this one. */
  select(name: string, selected: readonly string[]): void;
  stop(): void;
};
