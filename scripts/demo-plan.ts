// What `npm run record-demo` records: the stack's timings, the poll settings, and the incident's
// phases as nova-sim scenarios (several at once are combined).
import {parseDuration} from '../source/config/duration.js';
import type {DashboardSpec} from '../source/dashboards/spec.js';
import {chartWidth} from '../source/view-models/panel-view.js';
import {layoutDashboard} from '../source/view-models/layout.js';
import type {FastTimings} from '../stack/deploy-files.js';

export type DemoPhase = {
  readonly title: string;
  readonly seconds: number;
  readonly scenarios: readonly string[];
};

const incident = ['ws-error-burst', 'delivery-failures', 'failed-queue'];

export const demoPlan: readonly DemoPhase[] = [
  {title: 'normal traffic', seconds: 40, scenarios: ['normal']},
  {
    title: 'failure: errors rise, the failed queue piles up, critical alerts fire',
    seconds: 50,
    scenarios: incident,
  },
  {
    title: 'delivery falls behind: a backlog warning goes pending, then fires',
    seconds: 40,
    scenarios: [...incident, 'queue-backlog'],
  },
  {title: 'recovery', seconds: 50, scenarios: ['normal']},
];

/** The chart widths of a 160x48 terminal: replay resamples them for other sizes. */
const recordedSize = {columns: 160, rows: 48};

/** Alerts wait 15 s in pending, so the warning is seen pending before it fires. */
const timings = {interval: '1s', window: '15s', for: '15s', grouping: '1s'} satisfies FastTimings;

export const demoSettings = {
  timings,
  /** nova-top's `--scrape-interval` for these timings: it sizes `$__rate_interval`. */
  scrapeIntervalSeconds: (parseDuration(timings.interval) ?? 15_000) / 1000,
  warmUpSeconds: 60,
  rangeSeconds: 300,
  refreshMs: 2000,
  chartWidths(dashboard: DashboardSpec): Readonly<Record<string, number>> {
    const layout = layoutDashboard(dashboard, recordedSize, undefined, (panel, box) =>
      chartWidth(panel, box),
    );
    return layout.kind === 'dashboard' ? layout.chartWidths : {};
  },
};
