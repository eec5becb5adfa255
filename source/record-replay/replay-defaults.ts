// A replay shows what the recording showed: its dashboard, range and refresh interval, unless
// the command line asks for others, and asks what it asked: `$__rate_interval` sized by the
// recorded scrape interval.
import {dashboardIndex} from '../config/flags.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import {defaultScrapeIntervalSeconds} from '../prometheus/query.js';
import {scrapeIntervalOption, type SnapshotOptions} from './format.js';

export type Shown = {
  readonly dashboardIndex: number;
  readonly rangeSeconds: number;
  readonly refreshMs: number;
  readonly scrapeIntervalSeconds: number;
};

export type GivenFlags = {
  readonly dashboard: boolean;
  readonly range: boolean;
  readonly refresh: boolean;
  readonly scrapeInterval: boolean;
};

/**
 * The scrape interval a snapshot was recorded with: its queries' `$__rate_interval` follows it.
 * Older files have none: 15 s, the default (their max(5m, step) windows are answered all the
 * same, by the replay's match on the expression whatever its windows: replay-request.ts).
 */
function recordedScrapeIntervalSeconds(recorded: SnapshotOptions): number {
  const scrape = recorded[scrapeIntervalOption.key];
  return typeof scrape === 'number' ? scrape : defaultScrapeIntervalSeconds;
}

/** `given` says which came from the command line; those are kept. */
export function replayDefaults(
  shown: Shown,
  recorded: SnapshotOptions,
  given: GivenFlags,
  dashboards: readonly DashboardSpec[],
): Shown {
  const {dashboard, rangeSeconds, refreshMs} = recorded;
  const known = typeof dashboard === 'string' && dashboards.some((spec) => spec.id === dashboard);
  return {
    dashboardIndex:
      !given.dashboard && known ? dashboardIndex(dashboard, dashboards) : shown.dashboardIndex,
    rangeSeconds:
      !given.range && typeof rangeSeconds === 'number' && rangeSeconds > 0
        ? rangeSeconds
        : shown.rangeSeconds,
    refreshMs:
      !given.refresh && typeof refreshMs === 'number' && refreshMs >= 100
        ? refreshMs
        : shown.refreshMs,
    scrapeIntervalSeconds: given.scrapeInterval
      ? shown.scrapeIntervalSeconds
      : recordedScrapeIntervalSeconds(recorded),
  };
}
