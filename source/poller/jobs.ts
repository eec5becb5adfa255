// What a poll cycle fetches for a plan: one job per distinct query (two panels asking the same
// thing over the same grid share a request), and which jobs make up each panel.
import {instantKinds} from '../dashboards/spec.js';
import {defaultScrapeIntervalSeconds, expandQuery, rangeWindow} from '../prometheus/query.js';
import type {RangeWindow} from '../prometheus/types.js';
import {panelKey, type PollPlan} from './types.js';

/** Chart width used for panels the plan gives none. */
export const defaultChartWidth = 60;

export type QueryJob = {
  /** Identical for identical requests, so that they are sent once. */
  readonly id: string;
  readonly type: 'range' | 'instant';
  readonly expr: string;
  readonly window: RangeWindow;
  /**
   * For instant jobs, the query time: the current second, not the step-aligned end, so that a
   * target going down shows at the next poll and not up to a step later.
   */
  readonly time: number;
};

export type PanelJobs = {
  readonly key: string;
  /** Job ids in query order. */
  readonly jobIds: readonly string[];
};

export type CyclePlan = {
  readonly panels: readonly PanelJobs[];
  readonly jobs: readonly QueryJob[];
};

/** `scrapeIntervalSeconds` sizes `$__rate_interval` (prometheus/query.ts). */
export function planJobs(
  plan: PollPlan,
  nowSeconds: number,
  scrapeIntervalSeconds: number = defaultScrapeIntervalSeconds,
): CyclePlan {
  const jobs = new Map<string, QueryJob>();
  const panels: PanelJobs[] = [];
  for (const panel of plan.dashboard.rows.flatMap((row) => row.panels)) {
    const width = plan.chartWidths[panel.id] ?? defaultChartWidth;
    const window = rangeWindow(nowSeconds, plan.rangeSeconds, width);
    const type = instantKinds.has(panel.kind) ? 'instant' : 'range';
    const jobIds = panel.queries.map((query) => {
      const expr = expandQuery(query.expr, {
        step: window.step,
        rangeSeconds: plan.rangeSeconds,
        scrapeIntervalSeconds,
      });
      const time = Math.floor(nowSeconds);
      const at = type === 'instant' ? `${time}` : `${window.start}:${window.end}:${window.step}`;
      const id = `${type} ${at} ${expr}`;
      if (!jobs.has(id)) jobs.set(id, {id, type, expr, window, time});
      return id;
    });
    panels.push({key: panelKey(plan.dashboard.id, panel.id), jobIds});
  }
  return {panels, jobs: [...jobs.values()]};
}

/** Store keys of every panel of the plan's dashboard. */
export const planPanelKeys = (plan: PollPlan): string[] =>
  plan.dashboard.rows.flatMap((row) =>
    row.panels.map((panel) => panelKey(plan.dashboard.id, panel.id)),
  );
