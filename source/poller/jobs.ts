// What a poll cycle fetches for a plan: one job per distinct query (two panels asking the same
// thing over the same grid share a request), and which jobs make up each panel. A chart's headline
// value comes from its own instant job at the current second (freshKinds), not from the chart's
// step-aligned last point, which may be a step (an hour at 7d) behind.
import {instantKinds, staticKinds, type PanelKind} from '../dashboards/spec.js';
import {expandQuery} from '../prometheus/builtin-variables.js';
import {defaultScrapeIntervalSeconds, queryWindow, staleAfterMs} from '../prometheus/query.js';
import type {Freshness} from '../store/panel-state.js';
import type {RangeWindow} from '../prometheus/types.js';
import type {PollPlan} from './types.js';
import {panelKey} from '../store/store-state.js';

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
  /** For freshKinds: per query, the instant job that gives its value now. */
  readonly freshJobIds?: readonly string[];
};

export type CyclePlan = {
  readonly panels: readonly PanelJobs[];
  readonly jobs: readonly QueryJob[];
  /** How the values of this cycle are judged fresh (stored with each panel). */
  readonly freshness: Freshness;
};

/** Range kinds that show a value as "now" (correlation shows none). */
export const freshKinds: ReadonlySet<PanelKind> = new Set(['timeseries', 'stat', 'percentiles']);

/** `scrapeIntervalSeconds` sizes `$__rate_interval` (prometheus/query.ts). */
export function planJobs(
  plan: PollPlan,
  nowSeconds: number,
  scrapeIntervalSeconds: number = defaultScrapeIntervalSeconds,
): CyclePlan {
  const jobs = new Map<string, QueryJob>();
  const panels: PanelJobs[] = [];
  const time = Math.floor(nowSeconds);
  const add = (type: QueryJob['type'], expr: string, window: RangeWindow): string => {
    const at = type === 'instant' ? `${time}` : `${window.start}:${window.end}:${window.step}`;
    const id = `${type} ${at} ${expr}`;
    if (!jobs.has(id)) jobs.set(id, {id, type, expr, window, time});
    return id;
  };
  const {rangeSeconds, dashboard, variables} = plan;
  // Each query's step follows its own options (queryWindow); `$__interval` is that step.
  const expand = (expr: string, step: number, intervalSeconds: number) =>
    expandQuery(expr, {
      step,
      intervalSeconds,
      rangeSeconds,
      scrapeIntervalSeconds,
      dashboard,
      ...(variables === undefined ? {} : {variables}),
    });
  for (const panel of queriedPanels(plan)) {
    const width = plan.chartWidths[panel.id] ?? defaultChartWidth;
    const windows = panel.queries.map((query) =>
      queryWindow(nowSeconds, rangeSeconds, width, query),
    );
    const type = instantKinds.has(panel.kind) ? 'instant' : 'range';
    const jobIds = panel.queries.map((query, index) => {
      const window = windows[index]!;
      return add(type, expand(query.expr, window.step, window.step), window);
    });
    const key = panelKey(plan.dashboard.id, panel.id);
    if (!freshKinds.has(panel.kind)) {
      panels.push({key, jobIds});
      continue;
    }
    // An instant query has no step: `$__rate_interval` is 4 scrapes (Grafana's rule).
    const freshJobIds = panel.queries.map((query, index) => {
      const window = windows[index]!;
      return add('instant', expand(query.expr, 0, window.step), window);
    });
    panels.push({key, jobIds, freshJobIds});
  }
  const freshness: Freshness = {
    scrapeIntervalSeconds,
    maxAgeMs: staleAfterMs(scrapeIntervalSeconds, plan.refreshMs),
  };
  return {panels, jobs: [...jobs.values()], freshness};
}

/**
 * The panels of the plan's dashboard that send queries: text and placeholders send none, and
 * with visiblePanelIds only the panels on screen do (poller/offscreen.ts keeps the others' data).
 */
const queriedPanels = (plan: PollPlan) =>
  plan.dashboard.rows
    .flatMap((row) => row.panels)
    .filter((panel) => !staticKinds.has(panel.kind) && isVisible(plan, panel.id));

const isVisible = (plan: PollPlan, panelId: string): boolean =>
  plan.visiblePanelIds === undefined || plan.visiblePanelIds.has(panelId);

/** Store keys of every panel of the plan's dashboard that is polled. */
export const planPanelKeys = (plan: PollPlan): string[] =>
  queriedPanels(plan).map((panel) => panelKey(plan.dashboard.id, panel.id));
