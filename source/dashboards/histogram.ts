// histogram_quantile queries, and what they cannot say on their own. When a quantile lies in the
// `+Inf` bucket, Prometheus returns the upper bound of the highest finite bucket: a p95 of 40 s
// over buckets up to 30 s reads `30`, exactly as if it were 30 s. Each quantile query therefore
// gets a check, sent with it and not drawn, that says when that happens, so that the panel shows
// `> 30s` in its threshold colour.
//
// The check needs no knowledge of the buckets: cumulative bucket counts only grow with `le`, so the
// largest finite bucket's count is the largest count of any finite bucket, and the quantile is in
// `+Inf` exactly when its rank (q x the `+Inf` count) exceeds it. That is histogram_quantile's own
// test (its bucket search stops at the first count >= rank), on the same rates.
import type {QuerySpec, Thresholds} from './spec.js';

export type QuantileQuery = {
  readonly quantile: number;
  /** The histogram's name without `_bucket`. */
  readonly metric: string;
  /** Labels the quantile is kept apart by (besides `le`), e.g. `index_type`. */
  readonly by?: string;
  readonly legend: string;
  readonly thresholds?: Thresholds;
};

const window = '$__rate_interval';

export function quantileExpr({quantile, metric, by}: QuantileQuery): string {
  const labels = by === undefined ? 'le' : `le, ${by}`;
  return `histogram_quantile(${quantile}, sum by (${labels}) (rate(${metric}_bucket[${window}])))`;
}

/** 1 where the quantile lies in the `+Inf` bucket, 0 where it does not. */
export function aboveTopBucketExpr({quantile, metric, by}: QuantileQuery): string {
  const outer = by === undefined ? '' : ` by (${by})`;
  const labels = by === undefined ? 'le' : `le, ${by}`;
  return (
    `sum${outer} (rate(${metric}_bucket{le="+Inf"}[${window}])) * ${quantile}` +
    ` > bool max${outer} (sum by (${labels}) (rate(${metric}_bucket{le!="+Inf"}[${window}])))`
  );
}

/** The quantile queries in order, then one check for each (query indexes stay as listed). */
export function quantileQueries(queries: readonly QuantileQuery[]): QuerySpec[] {
  return [
    ...queries.map((query) => ({
      expr: quantileExpr(query),
      legend: query.legend,
      ...(query.thresholds === undefined ? {} : {thresholds: query.thresholds}),
    })),
    ...queries.map((query, index) => ({
      expr: aboveTopBucketExpr(query),
      aboveTopBucketOf: index,
    })),
  ];
}

/** The queries a panel draws: all but the checks. */
export const isDrawn = (query: QuerySpec | undefined): boolean =>
  query !== undefined && query.aboveTopBucketOf === undefined;
