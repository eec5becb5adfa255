// The alert detail chart's data as the store would keep it: a success replaces the results, a
// failed poll keeps the last good results and marks them stale (STYLE.md: never blank).
import {failedPanel} from '../../store/cycle.js';
import type {PanelState, QueryResult} from '../../store/panel-state.js';

/** The chart after a successful query at `now`. */
export const chartSucceeded = (results: readonly QueryResult[], now: number): PanelState => ({
  results,
  updatedAt: now,
  stale: false,
  loading: false,
});

/** The chart after a failed query: the store's rule for a failed panel. */
export const chartFailed = failedPanel;
