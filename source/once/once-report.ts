// The data of the --once screen as a plain object, for --json (docs/once-json.schema.json) and
// for the exit status: per panel its series with labels, last, min, max, unit and threshold
// state; the alerts; whether Prometheus answered. Pure: store state and alert rows in.
import type {AlertRow} from '../alerts/alert-rows.js';
import {isDrawn} from '../dashboards/histogram.js';
import type {DashboardSpec, PanelSpec, Thresholds} from '../dashboards/spec.js';
import type {Labels, Sample} from '../prometheus/types.js';
import {panelKey, type StoreState} from '../poller/types.js';
import type {PanelState, QueryResult} from '../store/panel-state.js';
import {sanitize} from '../text/sanitize.js';
import {legendName} from '../view-models/legend.js';
import {aboveTopBucketTimes, seriesStats} from '../view-models/panel-data.js';
import {thresholdTone} from '../view-models/thresholds.js';

export type Level = 'ok' | 'warning' | 'critical' | 'none';

/** A sample value in JSON: a number, "NaN", "+Inf" or "-Inf"; null when there is none. */
export type JsonValue = number | 'NaN' | '+Inf' | '-Inf' | null;

export type SeriesReport = {
  readonly name: string;
  readonly labels: Labels;
  readonly last: JsonValue;
  /** `last` is a quantile above its histogram's top bucket: its bound, the truth is more. */
  readonly lastAboveTopBucket?: true;
  readonly min: JsonValue;
  readonly max: JsonValue;
  readonly state: Level;
};

export type PanelReport = {
  readonly id: string;
  readonly title: string;
  readonly kind: PanelSpec['kind'];
  readonly unit: PanelSpec['unit'];
  readonly thresholds?: Thresholds;
  readonly status: 'ok' | 'no-data' | 'loading' | 'error' | 'not-recorded';
  readonly stale: boolean;
  readonly error?: string;
  readonly state: Level;
  readonly series: readonly SeriesReport[];
};

export type AlertReport = {
  readonly name: string;
  readonly severity: AlertRow['severity'];
  readonly state: AlertRow['state'];
  readonly labels: Labels;
  readonly summary?: string;
  readonly since?: string;
};

export type AlertsReport =
  | {readonly available: true; readonly alerts: readonly AlertReport[]}
  | {readonly available: false; readonly error: string};

export type ExitMeaning = 'all clear' | 'warning' | 'critical' | 'unreachable';

export type OnceReport = {
  readonly dashboard: {readonly id: string; readonly title: string};
  readonly time: string;
  readonly rangeSeconds: number;
  readonly prometheus: {
    readonly url: string;
    readonly status: 'up' | 'down' | 'unknown';
    readonly error?: string;
  };
  readonly replay?: {readonly file: string};
  readonly panels: readonly PanelReport[];
  readonly alerts: AlertsReport;
  readonly exit: {readonly code: number; readonly meaning: ExitMeaning};
};

const rank: Readonly<Record<Level, number>> = {none: 0, ok: 1, warning: 2, critical: 3};
const worst = (levels: readonly Level[]): Level =>
  levels.reduce<Level>((a, b) => (rank[b] > rank[a] ? b : a), 'none');

export function jsonValue(value: number | undefined): JsonValue {
  if (value === undefined) return null;
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return value;
}

function levelOf(
  spec: PanelSpec,
  value: number | undefined,
  thresholds?: Thresholds,
  lowerBound = false,
): Level {
  // A status panel's series are targets: 1 is up, anything else is down.
  if (spec.kind === 'status') return value === undefined ? 'none' : value === 1 ? 'ok' : 'critical';
  const tone = thresholdTone(value, thresholds, 'muted', lowerBound);
  return tone === 'ok' || tone === 'warning' || tone === 'critical' ? tone : 'none';
}

function seriesOf(
  spec: PanelSpec,
  result: QueryResult,
  results: readonly QueryResult[],
): SeriesReport[] {
  const query = spec.queries[result.queryIndex];
  if (!isDrawn(query)) return [];
  const thresholds = query?.thresholds ?? spec.thresholds;
  const entries: {labels: Labels; samples: readonly Sample[]}[] =
    result.type === 'range'
      ? result.series.map(({labels, samples}) => ({labels, samples}))
      : result.samples.map(({labels, value}) => ({labels, samples: [[result.time, value]]}));
  return entries.map(({labels, samples}) => {
    const above = aboveTopBucketTimes(spec, results, result.queryIndex, labels);
    const stats = seriesStats(samples, above);
    return {
      name: sanitize(legendName(query?.legend, labels)),
      labels: Object.fromEntries(
        Object.entries(labels).map(([k, v]) => [sanitize(k), sanitize(v)]),
      ),
      last: jsonValue(stats.current),
      ...(stats.currentAbove ? {lastAboveTopBucket: true as const} : {}),
      min: jsonValue(stats.min),
      max: jsonValue(stats.max),
      state: levelOf(spec, stats.current, thresholds, stats.currentAbove),
    };
  });
}

function panelStatus(state: PanelState | undefined): PanelReport['status'] {
  if (state?.results !== undefined) return 'ok';
  if (state?.error?.kind === 'not-recorded') return 'not-recorded';
  return state?.error === undefined ? 'loading' : 'error';
}

export function panelReport(spec: PanelSpec, state: PanelState | undefined): PanelReport {
  const results = state?.results ?? [];
  const series = results.flatMap((result) => seriesOf(spec, result, results));
  const status = panelStatus(state);
  return {
    id: spec.id,
    title: sanitize(spec.title),
    kind: spec.kind,
    unit: spec.unit,
    ...(spec.thresholds === undefined ? {} : {thresholds: spec.thresholds}),
    status: status === 'ok' && series.length === 0 ? 'no-data' : status,
    stale: state?.stale === true,
    ...(state?.error === undefined ? {} : {error: sanitize(state.error.message)}),
    state: worst(series.map((item) => item.state)),
    series,
  };
}

export function alertReport(row: AlertRow): AlertReport {
  const summary = row.annotations['summary'];
  return {
    name: sanitize(row.alertname),
    severity: row.severity,
    state: row.state,
    labels: Object.fromEntries(
      Object.entries(row.labels).map(([k, v]) => [sanitize(k), sanitize(v)]),
    ),
    ...(summary === undefined ? {} : {summary: sanitize(summary)}),
    ...(row.since === undefined ? {} : {since: new Date(row.since).toISOString()}),
  };
}

/** 3 unreachable; else 2 critical, 1 warning (a threshold crossed or a firing alert); 0 clear. */
export function exitOf(
  connection: StoreState['connection'],
  panels: readonly PanelReport[],
  alerts: AlertsReport,
): OnceReport['exit'] {
  if (connection.status === 'down') return {code: 3, meaning: 'unreachable'};
  const firing = alerts.available ? alerts.alerts.filter((alert) => alert.state === 'firing') : [];
  const levels: Level[] = [
    ...panels.map((panel) => panel.state),
    ...firing.map((alert): Level =>
      alert.severity === 'critical'
        ? 'critical'
        : alert.severity === 'warning'
          ? 'warning'
          : 'none',
    ),
  ];
  const level = worst(levels);
  if (level === 'critical') return {code: 2, meaning: 'critical'};
  if (level === 'warning') return {code: 1, meaning: 'warning'};
  return {code: 0, meaning: 'all clear'};
}

export type OnceReportInput = {
  readonly dashboard: DashboardSpec;
  readonly state: StoreState;
  readonly alerts: AlertsReport;
  readonly url: string;
  readonly rangeSeconds: number;
  readonly now: number;
  readonly replayFile?: string;
};

export function onceReport(input: OnceReportInput): OnceReport {
  const {dashboard, state} = input;
  const panels = dashboard.rows.flatMap((row) =>
    row.panels.map((panel) => panelReport(panel, state.panels[panelKey(dashboard.id, panel.id)])),
  );
  const {connection} = state;
  return {
    dashboard: {id: dashboard.id, title: sanitize(dashboard.title)},
    time: new Date(input.now).toISOString(),
    rangeSeconds: input.rangeSeconds,
    prometheus: {
      url: sanitize(input.url),
      status: connection.status,
      ...(connection.lastError === undefined
        ? {}
        : {error: sanitize(connection.lastError.message)}),
    },
    ...(input.replayFile === undefined ? {} : {replay: {file: input.replayFile}}),
    panels,
    alerts: input.alerts,
    exit: exitOf(connection, panels, input.alerts),
  };
}
