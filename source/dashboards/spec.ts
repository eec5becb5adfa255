// Dashboards are data: the types of a dashboard, which a dashboard file (dashboard-file.ts,
// docs/dashboard-files.md) mirrors key for key.
// The same nouns run through every layer: a `panel` spec here -> a `panel` state in the store ->
// a `panel` view model -> panel.tsx.
import type {VariableSpec} from './variable-spec.js';

export type {
  VariableOption,
  VariableScope,
  VariableSpec,
  VariableState,
  VariableValue,
} from './variable-spec.js';

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
  /** Grafana's refId (A, B, ...), kept for messages and overrides. */
  readonly refId?: string;
  /**
   * Grafana's target `interval` (or the panel's): the smallest step, in seconds. The step is
   * max(range / points, minIntervalSeconds) x intervalFactor, in whole seconds.
   */
  readonly minIntervalSeconds?: number;
  /** Grafana's `intervalFactor` (old schemas): the step is multiplied by it (default 1). */
  readonly intervalFactor?: number;
  /** Grafana's `maxDataPoints` (target or panel): at most this many points, however wide the chart. */
  readonly maxDataPoints?: number;
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

/**
 * What a stat shows of its series over the range instead of its value now (Grafana's
 * `reduceOptions.calcs`, a singlestat's `valueName`): the mean, max, min or sum of the range's
 * finite values, the first, the spread (max - min) or the change (last - first).
 */
export type StatReduce = 'mean' | 'max' | 'min' | 'sum' | 'first' | 'range' | 'diff';

export const statReduces: readonly StatReduce[] = [
  'mean',
  'max',
  'min',
  'sum',
  'first',
  'range',
  'diff',
];

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
  /** Where the panel sits in a grid layout (DashboardSpec.layout 'grid'). */
  readonly grid?: GridPos;
  /**
   * Grafana's `displayName`: a template for every series' name (`{{label}}`, and Grafana's
   * `${__field.labels.label}`), after the query's legend.
   */
  readonly displayName?: string;
  /** Grafana's field overrides, by series name or regex. */
  readonly overrides?: readonly SeriesOverride[];
  /** For stat: a value over the range instead of the value now (the title says which). */
  readonly reduce?: StatReduce;
  /** Grafana's panel description, shown in the zoomed panel. */
  readonly description?: string;
};

/**
 * Grafana's gridPos: `x` and `w` in 24 columns across the width, `y` and `h` in Grafana's grid
 * rows (30 px each), `y` counted from the top of the dashboard.
 */
export type GridPos = {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
};

/** Which series a field override applies to (Grafana's `byName` and `byRegexp` matchers). */
export type SeriesMatcher =
  | {readonly kind: 'name'; readonly name: string}
  | {readonly kind: 'regex'; readonly pattern: string};

/**
 * Grafana's field overrides, for the series whose display name matches: each property set here
 * replaces the panel's for those series. Overrides apply in order; a later one wins.
 */
export type SeriesOverride = {
  readonly match: SeriesMatcher;
  readonly unit?: Unit;
  readonly displayName?: string;
  readonly decimals?: number;
  readonly min?: number;
  readonly max?: number;
  /** The series is not drawn (Grafana's `custom.hideFrom`, legend and viz). */
  readonly hidden?: true;
};

export type RowSpec = {
  readonly panels: readonly PanelSpec[];
  /** Relative height among the dashboard's rows (default 1); grid layouts ignore it. */
  readonly height?: number;
  /**
   * A section's title (Grafana's row panel). In a grid layout, every row is a section: the panels
   * before the first Grafana row make an untitled one.
   */
  readonly title?: string;
  /** A collapsed section shows only its title line; its panels are not queried until opened. */
  readonly collapsed?: boolean;
};

export type DashboardSpec = {
  /** Used on the command line (`--dashboard overview`) and in store keys. */
  readonly id: string;
  readonly title: string;
  readonly rows: readonly RowSpec[];
  /**
   * - fill (default): the rows share the screen's height by weight, as the built-in dashboards.
   * - grid: panels sit at their `grid` position (Grafana's gridPos), rows are sections with a
   *   title line, and the dashboard scrolls when taller than the screen.
   */
  readonly layout?: 'fill' | 'grid';
  /** Template variables, in refresh order (Grafana's templating). */
  readonly variables?: readonly VariableSpec[];
  /** The time range shown when it opens (Grafana's `time`, `now-6h` -> 21600); `--range` wins. */
  readonly rangeSeconds?: number;
  /** How often it refreshes (Grafana's `refresh`); `--refresh` wins. */
  readonly refreshSeconds?: number;
  /** Where it came from, for messages: a Grafana dashboard's uid, the file's path. */
  readonly source?: {
    readonly kind: 'grafana' | 'file';
    readonly uid?: string;
    readonly path?: string;
  };
};
