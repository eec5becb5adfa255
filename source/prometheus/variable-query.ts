// A query variable's query, as Grafana's Prometheus data source reads it: `label_values(label)`,
// `label_values(metric or {selector}, label)`, `label_names()`, `metrics(regex)`,
// `query_result(expr)`; anything else is a series selector whose series are listed.

export type VariableQuery =
  | {readonly kind: 'labelValues'; readonly label: string; readonly match?: string}
  | {readonly kind: 'labelNames'; readonly match?: string}
  | {readonly kind: 'metrics'; readonly regex: string}
  | {readonly kind: 'queryResult'; readonly expr: string}
  | {readonly kind: 'series'; readonly match: string};

// Grafana's own patterns (public/app/plugins/datasource/prometheus/metric_find_query.ts).
const labelNames = /^label_names\(\s*(.*?)\s*\)\s*$/s;
const labelValues = /^label_values\((?:(.+),\s*)?([a-zA-Z_$][a-zA-Z0-9_]*)\s*\)\s*$/s;
const metricNames = /^metrics\((.+)\)\s*$/s;
const queryResult = /^query_result\((.+)\)\s*$/s;

/** The query's meaning; undefined for an empty query. */
export function parseVariableQuery(text: string): VariableQuery | undefined {
  const query = text.trim();
  if (query === '') return undefined;
  const names = labelNames.exec(query);
  if (names) return names[1] ? {kind: 'labelNames', match: names[1]} : {kind: 'labelNames'};
  const values = labelValues.exec(query);
  if (values) {
    const label = values[2] ?? '';
    const match = values[1]?.trim();
    return match ? {kind: 'labelValues', label, match} : {kind: 'labelValues', label};
  }
  const metrics = metricNames.exec(query);
  if (metrics) return {kind: 'metrics', regex: (metrics[1] ?? '').trim()};
  const result = queryResult.exec(query);
  if (result) return {kind: 'queryResult', expr: (result[1] ?? '').trim()};
  return {kind: 'series', match: query};
}

/** A series as Grafana lists it: `name{label="value",...}` (without `__name__` inside). */
export function seriesText(labels: Readonly<Record<string, string>>): string {
  const inner = Object.entries(labels)
    .filter(([name]) => name !== '__name__')
    .map(([name, value]) => `${name}="${value}"`)
    .join(',');
  return `${labels['__name__'] ?? ''}{${inner}}`;
}

/** A sample value as Prometheus writes it (`NaN`, `+Inf`). */
export const sampleText = (value: number): string =>
  Number.isNaN(value)
    ? 'NaN'
    : value === Infinity
      ? '+Inf'
      : value === -Infinity
        ? '-Inf'
        : `${value}`;

/** A `query_result` row as Grafana writes it: `name{labels} value timestamp_ms`. */
export const queryResultText = (
  labels: Readonly<Record<string, string>>,
  value: number,
  timestamp: number,
): string => `${seriesText(labels)} ${sampleText(value)} ${Math.round(timestamp * 1000)}`;
