// The plan for what is on screen, and when two plans ask the same. The live dashboards' poller
// (components/app-hooks.ts usePollPlan) and a held time's (components/use-time-travel.ts) are
// handed the same plan; a render makes new objects for the same widths, values and panels, and
// `screenPlanKey` says that they are no new plan (a new plan aborts what is in flight).
import type {DashboardSpec, VariableScope} from '../dashboards/spec.js';
import type {PollPlan} from './types.js';

export type ScreenPlanInput = {
  readonly dashboard: DashboardSpec;
  readonly rangeSeconds: number;
  readonly refreshMs: number;
  /** Undefined while the terminal is too small to lay the dashboard out: then there is no plan. */
  readonly chartWidths: Readonly<Record<string, number>> | undefined;
  /** The dashboard's variables' values. */
  readonly variables?: VariableScope | undefined;
  /** A grid dashboard's panels on screen (only they are queried); undefined: all. */
  readonly visiblePanelIds?: ReadonlySet<string> | undefined;
};

export function screenPlan(input: ScreenPlanInput): PollPlan | undefined {
  const {dashboard, rangeSeconds, refreshMs, chartWidths, variables, visiblePanelIds} = input;
  if (chartWidths === undefined) return undefined;
  return {
    dashboard,
    rangeSeconds,
    refreshMs,
    chartWidths,
    ...(variables === undefined ? {} : {variables}),
    ...(visiblePanelIds === undefined ? {} : {visiblePanelIds}),
  };
}

/** Equal for inputs that plan the same, apart from the dashboard (compared by identity). */
export function screenPlanKey(input: ScreenPlanInput): string {
  const visible = input.visiblePanelIds;
  return JSON.stringify([
    input.rangeSeconds,
    input.refreshMs,
    input.chartWidths ?? null,
    input.variables ?? null,
    visible === undefined ? null : [...visible],
  ]);
}
