// The names PromQL itself defines, as Prometheus' lezer grammar (@prometheus-io/lezer-promql
// 0.315) knows them: the prompt offers them while a name is typed, and the checker names an
// unknown function. test/prometheus/promql-names.test.ts parses each one with the grammar, so the
// list cannot drift from the parser. Newer than the Prometheus a user may run (2.42 lacks
// `info`, `limitk`, `mad_over_time`, ...): the server, not this list, has the last word.

/** Functions, `name(...)`. */
// prettier-ignore
export const functionNames: readonly string[] = [
  'abs', 'absent', 'absent_over_time', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh',
  'avg_over_time', 'ceil', 'changes', 'clamp', 'clamp_max', 'clamp_min', 'cos', 'cosh',
  'count_over_time', 'day_of_month', 'day_of_week', 'day_of_year', 'days_in_month', 'deg', 'delta',
  'deriv', 'double_exponential_smoothing', 'exp', 'first_over_time', 'floor', 'histogram_avg',
  'histogram_count', 'histogram_fraction', 'histogram_quantile', 'histogram_quantiles',
  'histogram_stddev', 'histogram_stdvar', 'histogram_sum', 'hour', 'idelta', 'increase', 'info',
  'irate', 'label_join', 'label_replace', 'last_over_time', 'ln', 'log10', 'log2', 'mad_over_time',
  'max_over_time', 'min_over_time', 'minute', 'month', 'pi', 'predict_linear', 'present_over_time',
  'quantile_over_time', 'rad', 'range', 'rate', 'resets', 'round', 'scalar', 'sgn', 'sin', 'sinh',
  'sort', 'sort_by_label', 'sort_by_label_desc', 'sort_desc', 'sqrt', 'start_timestamp',
  'stddev_over_time', 'stdvar_over_time', 'step', 'sum_over_time', 'tan', 'tanh', 'time',
  'timestamp', 'ts_of_first_over_time', 'ts_of_last_over_time', 'ts_of_max_over_time',
  'ts_of_min_over_time', 'vector', 'year',
];

/** Aggregation operators, `name [by|without (labels)] (...)`. */
// prettier-ignore
export const aggregationNames: readonly string[] = [
  'avg', 'bottomk', 'count', 'count_values', 'group', 'limit_ratio', 'limitk', 'max', 'min',
  'quantile', 'stddev', 'stdvar', 'sum', 'topk',
];

/**
 * Functions whose argument at this index is a range vector (`x[5m]` or a subquery), as
 * Prometheus' function table types them. The grammar accepts `rate(x)`; Prometheus refuses it.
 */
export const rangeArgumentIndex: ReadonlyMap<string, number> = new Map([
  // prettier-ignore
  ...[
    'absent_over_time', 'avg_over_time', 'changes', 'count_over_time', 'delta', 'deriv',
    'double_exponential_smoothing', 'first_over_time', 'idelta', 'increase', 'irate',
    'last_over_time', 'mad_over_time', 'max_over_time', 'min_over_time', 'predict_linear',
    'present_over_time', 'rate', 'resets', 'stddev_over_time', 'stdvar_over_time', 'sum_over_time',
    'ts_of_first_over_time', 'ts_of_last_over_time', 'ts_of_max_over_time', 'ts_of_min_over_time',
  ].map((name) => [name, 0] as const),
  ['quantile_over_time', 1],
]);
