// Dashboards are data: the types of a dashboard, which a dashboard file (dashboard-file.ts,
// docs/dashboard-files.md) mirrors key for key.
// The same nouns run through every layer: a `panel` spec here -> a `panel` state in the store ->
// a `panel` view model -> panel.tsx.

/**
 * How a value is formatted (view-models/units.ts), 3 significant digits unless `decimals`:
 * - seconds: auto-scaled to s, ms, µs
 * - percent: a number already in percent (0-100), shown with %
 * - perSecond, perMinute: rates, shown with /s and /min, k/M suffixes
 * - count: plain counts with k/M suffixes
 *
 * Grafana's unit ids (dashboards/grafana-units.ts maps an id to one of these), formatted as Grafana
 * does but without the space before the unit, so that a value fits a narrow panel:
 * - none: the number alone; short: K, Mil, Bil, Tri
 * - percentunit: a ratio (0-1) shown in percent
 * - bytes, bits, binBps: IEC (KiB, MiB, Kib; KiB/s); decbytes, Bps, bps, hertz: SI (kB, MB; kB/s; kbps; kHz)
 * - s, ms, µs, ns: durations auto-scaled from ns to min, h, d, w, y
 * - reqps, ops: rates with K, M, B suffixes and req/s, ops/s
 * - celsius: °C; dateTimeAsIso: a unix time in milliseconds as local `YYYY-MM-DD HH:mm:ss`
 */
export type Unit =
  | 'seconds'
  | 'percent'
  | 'perSecond'
  | 'perMinute'
  | 'count'
  | 'none'
  | 'short'
  | 'percentunit'
  | 'bytes'
  | 'decbytes'
  | 'bits'
  | 'Bps'
  | 'binBps'
  | 'bps'
  | 's'
  | 'ms'
  | 'µs'
  | 'ns'
  | 'reqps'
  | 'ops'
  | 'hertz'
  | 'celsius'
  | 'dateTimeAsIso';

/** What a threshold step means; the theme gives each its colour (Grafana's colours map to these). */
export type ThresholdState = 'ok' | 'warning' | 'critical' | 'info';

/**
 * Thresholds as Grafana's steps: `base` below the first step, then each step's state from its value
 * on (value >= step.value), steps in ascending order. In `percentage` mode a step's value is a
 * percentage of the panel's min..max. `Thresholds` converts into steps (view-models/threshold-steps.ts).
 */
export type ThresholdSteps = {
  readonly mode?: 'absolute' | 'percentage';
  readonly base: ThresholdState;
  readonly steps: readonly {readonly value: number; readonly state: ThresholdState}[];
};

/**
 * Grafana's value mappings, tried in order when a value is formatted; the first that matches gives
 * the text shown (and, with `state`, its colour):
 * - value: the value's text equals `value` (e.g. "1" -> "up");
 * - range: from <= value <= to (either end open when absent);
 * - regex: the value's text matches `pattern` (JavaScript syntax; an invalid one never matches);
 * - special: null (no value), nan, null+nan, true (1), false (0).
 */
export type ValueMapping = {readonly text: string; readonly state?: ThresholdState} & (
  | {readonly kind: 'value'; readonly value: string}
  | {readonly kind: 'range'; readonly from?: number; readonly to?: number}
  | {readonly kind: 'regex'; readonly pattern: string}
  | {readonly kind: 'special'; readonly match: 'null' | 'nan' | 'null+nan' | 'true' | 'false'}
);

/**
 * Alert thresholds from the seed. `above` (default): value > warning is warning, value > critical
 * is critical. `below`: value < warning is warning, value < critical is critical.
 */
export type Thresholds = {
  readonly warning?: number;
  readonly critical?: number;
  readonly direction?: 'above' | 'below';
  /**
   * The alert these thresholds mirror is info-level ("next business day"): a crossing is drawn in
   * the warning colour but never raises the exit status of --once.
   */
  readonly info?: true;
};

/**
 * One PromQL query of a panel. `legend` is a template: `{{label}}` is replaced by that label's value
 * of each series (Grafana's syntax); without it the series' labels are shown.
 *
 * Placeholders substituted before the query is sent:
 * - `$__rate_interval`: the window for rate()/increase(), Grafana's rule: max(4 x scrape interval,
 *   step + scrape interval), the scrape interval being `--scrape-interval` (15 s by default). At
 *   least four scrapes, so a missed one leaves enough samples; no sample falls between two points
 *   however wide the step; and short, so a chart follows a change within a few scrapes.
 * - `$__range`: the dashboard's time range (e.g. `1h`), for instant queries over the whole range.
 */
export type QuerySpec = {
  readonly expr: string;
  readonly legend?: string;
  /** Overrides the panel's thresholds for this query's series (e.g. pending vs failed queue). */
  readonly thresholds?: Thresholds;
  /**
   * Set on a check that is sent with the panel's queries but not drawn: its series are 1 where the
   * histogram_quantile of query N (same labels) lies in the `+Inf` bucket, so that its value, the
   * top finite bucket's bound, is shown as `> 5s`. Built by source/dashboards/histogram.ts.
   */
  readonly aboveTopBucketOf?: number;
};

/**
 * - timeseries: sparklines over the range, one per series, with a legend of current values, min, max.
 * - stat: the current value big, threshold colour, peak over the range and a small trend.
 * - percentiles: p50/p95/p99 (one query each) together, values and small sparklines.
 * - breakdown: proportional bars with percentages (the seed's pie charts), from an instant query.
 * - status: up/down grid per target, from an instant query of `up`-like series (1 = up).
 * - topn: a table of the N largest series of an instant query.
 * - correlation: pairwise Pearson correlation of the range series, as a coloured grid.
 */
/*
 * Kinds for Grafana's panels:
 * - gauge: each series' value now, with a bar from min to max coloured by the threshold steps.
 * - bargauge: one bar per series of the instant queries, in the order given, with its value.
 * - table: the instant values as rows of label columns and a value, largest first.
 * - text: static text (`text`, markdown shown as plain text); no query.
 * - heatmap: histogram buckets (`le`) over the range, a shade per time column and bucket row.
 * - unsupported: a placeholder naming the Grafana panel type and why it is not drawn; no query.
 */
export type PanelKind =
  | 'timeseries'
  | 'stat'
  | 'percentiles'
  | 'breakdown'
  | 'status'
  | 'topn'
  | 'correlation'
  | 'gauge'
  | 'bargauge'
  | 'table'
  | 'text'
  | 'heatmap'
  | 'unsupported';

/** Kinds whose queries are instant queries; the others use query_range over the dashboard range. */
export const instantKinds: ReadonlySet<PanelKind> = new Set([
  'breakdown',
  'status',
  'topn',
  'gauge',
  'bargauge',
  'table',
]);

/** Kinds that send no query: the poller plans nothing for them. */
export const staticKinds: ReadonlySet<PanelKind> = new Set(['text', 'unsupported']);

export type PanelSpec = {
  /** Unique within a dashboard; the store keys panel state by `${dashboard.id}/${panel.id}`. */
  readonly id: string;
  readonly title: string;
  readonly kind: PanelKind;
  readonly queries: readonly QuerySpec[];
  readonly unit: Unit;
  readonly thresholds?: Thresholds;
  /** Relative width within its row (default 1). */
  readonly width?: number;
  /** For topn: how many rows (default 5). */
  readonly limit?: number;
  /** Fixed decimals for values (Grafana's `decimals`); else 3 significant digits. */
  readonly decimals?: number;
  /** Scale bounds (Grafana's `min`/`max`): gauge and bargauge bars, charts' scale. */
  readonly min?: number;
  readonly max?: number;
  /** Threshold steps (Grafana's); when set, the new kinds use them instead of `thresholds`. */
  readonly steps?: ThresholdSteps;
  /** Value mappings, applied when a value is formatted. */
  readonly mappings?: readonly ValueMapping[];
  /** For text: the content, markdown (shown as plain text). */
  readonly text?: string;
  /** For unsupported: the Grafana panel type and why it is not drawn. */
  readonly unsupported?: {readonly type: string; readonly reason: string};
};

export type RowSpec = {
  readonly panels: readonly PanelSpec[];
  /** Relative height among the dashboard's rows (default 1). */
  readonly height?: number;
};

export type DashboardSpec = {
  /** Used on the command line (`--dashboard overview`) and in store keys. */
  readonly id: string;
  readonly title: string;
  readonly rows: readonly RowSpec[];
};
