// A template variable's options: a query variable's through the Prometheus client (label values,
// names, series or an instant query over the dashboard's range), the other kinds' from the spec.
import type {VariableOption, VariableScope, VariableSpec} from '../dashboards/variable-spec.js';
import {sanitize} from '../text/sanitize.js';
import type {MetadataWindow, PrometheusClient, PrometheusMetadata} from './client.js';
import {interpolate} from './interpolate.js';
import {variableOptions} from './variable-options.js';
import {parseVariableQuery, queryResultText, seriesText} from './variable-query.js';

export type VariableSources = {
  readonly client: PrometheusClient;
  readonly metadata: PrometheusMetadata;
};

export type ResolveContext = {
  /** The values of the variables before it, and the built-ins (`$__range`...). */
  readonly scope: VariableScope;
  /** The dashboard's range: label values and series seen in it. */
  readonly window: MetadataWindow;
  readonly signal?: AbortSignal;
};

/** The data source variable's value: the context's Prometheus. */
export const datasourceName = 'Prometheus';

const same = (value: string): VariableOption => ({text: sanitize(value), value});

/** The options of a variable that needs no request; undefined for a query variable. */
export function staticOptions(spec: VariableSpec): readonly VariableOption[] | undefined {
  switch (spec.kind) {
    case 'query':
      return undefined;
    case 'custom':
      return spec.options.map((option) => ({text: sanitize(option.text), value: option.value}));
    case 'constant':
    case 'textbox':
      return [same(spec.value)];
    case 'datasource':
      return [same(datasourceName)];
    case 'interval': {
      const options = spec.options.map(same);
      const auto = {text: 'auto', value: `$__auto_interval_${spec.name}`};
      return spec.auto === undefined ? options : [auto, ...options];
    }
  }
}

/** Prometheus' strings for a variable query (before its regex and sort). */
async function queryValues(
  text: string,
  sources: VariableSources,
  context: ResolveContext,
): Promise<readonly string[]> {
  const query = parseVariableQuery(text);
  const {window, signal} = context;
  const {metadata, client} = sources;
  switch (query?.kind) {
    case undefined:
      throw new Error('the variable has no query');
    case 'labelValues':
      return metadata.labelValues(query.label, query.match, window, signal);
    case 'labelNames':
      return metadata.labelNames(query.match, window, signal);
    case 'metrics': {
      const names = await metadata.labelValues('__name__', undefined, window, signal);
      const regex = new RegExp(query.regex);
      return names.filter((name) => regex.test(name));
    }
    case 'queryResult': {
      const answer = await client.query(query.expr, window.end, signal);
      return answer.samples.map((sample) =>
        queryResultText(sample.labels, sample.value, sample.timestamp),
      );
    }
    case 'series':
      return (await metadata.series(query.match, window, signal)).map(seriesText);
  }
}

/**
 * A variable's options, in Grafana's order (no All: the runtime adds it). Throws the client's
 * error, or an Error for a bad query or regex.
 */
export async function resolveOptions(
  spec: VariableSpec,
  sources: VariableSources,
  context: ResolveContext,
): Promise<readonly VariableOption[]> {
  const fixed = staticOptions(spec);
  if (fixed !== undefined || spec.kind !== 'query') return fixed ?? [];
  const values = await queryValues(interpolate(spec.query, context.scope), sources, context);
  // In a regex, values are written as Grafana does there: escaped, several as `(a|b)`.
  const regex =
    spec.regex === undefined ? undefined : interpolate(spec.regex, context.scope, 'regex');
  return variableOptions(values, regex, spec.sort);
}
