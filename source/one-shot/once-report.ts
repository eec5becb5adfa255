// The data of the --once screen as a plain object, for --json (docs/once-json.schema.json): per
// panel its series with labels, last, min, max, unit and threshold state; the alerts; whether
// Prometheus answered and could be read; and the verdict (verdict.ts) as `exit`. Pure.
import type {DashboardSpec, PanelSpec, StatReduce, Thresholds} from '../dashboards/spec.js';
import type {Labels} from '../prometheus/types.js';
import {panelKey, type StoreState} from '../store/store-state.js';
import type {PanelState} from '../store/panel-state.js';
import {sanitize} from '../text/sanitize.js';
import type {AlertsReport} from './alerts-report.js';
import type {Freshness} from './freshness.js';
import {
  jsonValue,
  panelStatus,
  panelValues,
  worst,
  type JsonValue,
  type Level,
  type PanelStatus,
} from './panel-values.js';
import type {Verdict} from './verdict.js';

export type SeriesReport = {
  readonly name: string;
  readonly labels: Labels;
  readonly last: JsonValue;
  /** When `last` was sampled (ISO 8601); null without a value. */
  readonly time: string | null;
  /** `last` is older than two scrape intervals plus one refresh. */
  readonly stale: boolean;
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
  /** A stat that shows this value over the range on screen; its series' values are now. */
  readonly reduce?: StatReduce;
  readonly status: PanelStatus;
  readonly stale: boolean;
  readonly error?: string;
  readonly state: Level;
  readonly series: readonly SeriesReport[];
};

export type OnceReport = {
  readonly dashboard: {readonly id: string; readonly title: string};
  readonly time: string;
  readonly rangeSeconds: number;
  readonly prometheus: {
    readonly url: string;
    /** `unreadable`: it answered, but no panel could be read (a login page, errors, not JSON). */
    readonly status: 'up' | 'down' | 'unknown' | 'unreadable';
    readonly error?: string;
  };
  readonly replay?: {readonly file: string};
  readonly panels: readonly PanelReport[];
  readonly alerts: AlertsReport;
  readonly exit: Verdict;
};

function seriesReport(spec: PanelSpec, state: PanelState | undefined, freshness: Freshness) {
  return panelValues(spec, state, freshness).map((series) => ({
    report: {
      name: series.name,
      labels: series.labels,
      last: jsonValue(series.headline.value),
      ...(series.aboveTopBucket ? {lastAboveTopBucket: true as const} : {}),
      time: series.headline.at === undefined ? null : new Date(series.headline.at).toISOString(),
      stale: series.headline.at !== undefined && !series.headline.fresh,
      min: jsonValue(series.min),
      max: jsonValue(series.max),
      state: series.level,
    } satisfies SeriesReport,
    counted: series.headline.fresh,
  }));
}

/** `freshness` decides which values count: the panel's state is the worst of those. */
export function panelReport(
  spec: PanelSpec,
  state: PanelState | undefined,
  freshness: Freshness,
): PanelReport {
  const series = seriesReport(spec, state, freshness);
  const counted = series.filter((item) => item.counted).map((item) => item.report.state);
  return {
    id: spec.id,
    title: sanitize(spec.title),
    kind: spec.kind,
    unit: spec.unit,
    ...(spec.thresholds === undefined ? {} : {thresholds: spec.thresholds}),
    ...(spec.reduce === undefined ? {} : {reduce: spec.reduce}),
    status: panelStatus(spec, state),
    stale: state?.stale === true || series.some((item) => item.report.stale),
    ...(state?.error === undefined ? {} : {error: sanitize(state.error.message)}),
    state: worst(counted),
    series: series.map((item) => item.report),
  };
}

/** Prometheus as the verdict found it: not `up` when nothing it answered could be read. */
export function prometheusReport(
  url: string,
  connection: StoreState['connection'],
  verdict: Verdict,
): OnceReport['prometheus'] {
  const unreadable = verdict.meaning === 'unreadable';
  const firstFailure = verdict.reasons.find((reason) => 'error' in reason);
  const error =
    unreadable && firstFailure !== undefined && 'error' in firstFailure
      ? firstFailure.error
      : connection.lastError === undefined
        ? undefined
        : sanitize(connection.lastError.message);
  return {
    url: sanitize(url),
    status: unreadable ? 'unreadable' : connection.status,
    ...(error === undefined ? {} : {error}),
  };
}

export type OnceReportInput = {
  /** The dashboard printed; `state` holds every dashboard's panels. */
  readonly dashboard: DashboardSpec;
  readonly state: StoreState;
  readonly alerts: AlertsReport;
  readonly verdict: Verdict;
  readonly freshness: Freshness;
  readonly url: string;
  readonly rangeSeconds: number;
  readonly replayFile?: string;
};

export function onceReport(input: OnceReportInput): OnceReport {
  const {dashboard, state, freshness} = input;
  const panels = dashboard.rows.flatMap((row) =>
    row.panels.map((panel) =>
      panelReport(panel, state.panels[panelKey(dashboard.id, panel.id)], freshness),
    ),
  );
  return {
    dashboard: {id: dashboard.id, title: sanitize(dashboard.title)},
    time: new Date(freshness.now).toISOString(),
    rangeSeconds: input.rangeSeconds,
    prometheus: prometheusReport(input.url, state.connection, input.verdict),
    ...(input.replayFile === undefined ? {} : {replay: {file: input.replayFile}}),
    panels,
    alerts: input.alerts,
    exit: input.verdict,
  };
}
