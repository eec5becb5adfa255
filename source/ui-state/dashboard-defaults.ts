// A dashboard's own time range and refresh (Grafana's `time` and `refresh`, DashboardSpec's
// rangeSeconds and refreshSeconds) apply until the user chooses: `--range`/`--refresh` on the
// command line, or `+`/`-` on screen, which then hold for every dashboard.
import type {DashboardSpec} from '../dashboards/spec.js';
import {rangeSteps} from './range-steps.js';

const shortest = rangeSteps[0] ?? 60;
const longest = rangeSteps.at(-1) ?? 30 * 86_400;
/** `--refresh`'s own floor. */
const fastestRefreshMs = 1000;

/** The range to show `dashboard` with: the chosen one, else its own (within --range's limits). */
export function dashboardRange(
  dashboard: DashboardSpec | undefined,
  rangeSeconds: number,
  chosen: boolean,
): number {
  const own = dashboard?.rangeSeconds;
  if (chosen || own === undefined || !Number.isFinite(own)) return rangeSeconds;
  return Math.min(longest, Math.max(shortest, Math.round(own)));
}

/** How often to poll `dashboard`: the chosen interval, else its own (at least a second). */
export function dashboardRefreshMs(
  dashboard: DashboardSpec | undefined,
  refreshMs: number,
  chosen: boolean,
): number {
  const own = dashboard?.refreshSeconds;
  if (chosen || own === undefined || !Number.isFinite(own) || own <= 0) return refreshMs;
  return Math.max(fastestRefreshMs, Math.round(own * 1000));
}
