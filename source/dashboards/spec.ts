// Dashboards are data: the types of a dashboard, which a dashboard file (dashboard-file.ts,
// docs/dashboard-files.md) mirrors key for key.
// The same nouns run through every layer: a `panel` spec here -> a `panel` state in the store ->
// a `panel` view model -> panel.tsx.

/**
 * How a value is formatted:
 * - seconds: auto-scaled to s, ms, µs
 * - percent: a number already in percent (0-100), shown with %
 * - perSecond, perMinute: rates, shown with /s and /min, k/M suffixes
 * - count: plain counts with k/M suffixes
 */
export type Unit = 'seconds' | 'percent' | 'perSecond' | 'perMinute' | 'count';

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
export type PanelKind =
  'timeseries' | 'stat' | 'percentiles' | 'breakdown' | 'status' | 'topn' | 'correlation';

/** Kinds whose queries are instant queries; the others use query_range over the dashboard range. */
export const instantKinds: ReadonlySet<PanelKind> = new Set(['breakdown', 'status', 'topn']);

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
