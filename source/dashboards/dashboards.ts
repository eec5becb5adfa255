// The built-in dashboards in tab order: the number keys follow this order, and the alerts
// screen's number is the one after the last. They are data: files/*.yaml, in the format that
// --dashboard-file reads (docs/dashboard-files.md).
import {readBuiltinDashboards} from './builtin-dashboards.js';
import type {DashboardSpec} from './spec.js';

export const builtinDashboards: readonly DashboardSpec[] = readBuiltinDashboards();

/** A built-in dashboard by id, for tools and tests that name one. */
export function builtinDashboard(id: string): DashboardSpec {
  const found = builtinDashboards.find((dashboard) => dashboard.id === id);
  if (found === undefined) throw new Error(`no built-in dashboard ${id}`);
  return found;
}
