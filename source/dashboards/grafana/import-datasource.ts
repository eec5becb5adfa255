// Which kind of data source a panel or target reads: Prometheus (any reference nova-top can send to
// the context's Prometheus) or another type, named for the placeholder. References come as a name
// (`"Prometheus"`), an exported input (`"${DS_PROMETHEUS}"`, resolved by `__inputs`), a data source
// variable (`"$datasource"`), null (the default), `"-- Mixed --"`, or an object `{type, uid}`.
import {arrayOf, labelOf, objectOf, stringOf, type JsonObject} from './json-value.js';

/** What a reference resolves to: `mixed` means each target names its own. */
export type DatasourceKind =
  | {readonly kind: 'prometheus'}
  | {readonly kind: 'mixed'}
  | {readonly kind: 'other'; readonly type: string};

/** `${DS_X}` inputs and data source variables of a dashboard, by name, to their plugin type. */
export type DatasourceNames = ReadonlyMap<string, string>;

const prometheus: DatasourceKind = {kind: 'prometheus'};
const mixed: DatasourceKind = {kind: 'mixed'};

// Plugins that answer PromQL; VictoriaMetrics' own speaks a superset of it.
const isPrometheusType = (type: string): boolean => /prometheus|victoriametrics/i.test(type);

// Names of well-known non-Prometheus types, for references by name ("Loki", "elasticsearch-logs").
const otherTypes = [
  'loki',
  'elasticsearch',
  'influxdb',
  'graphite',
  'tempo',
  'jaeger',
  'zipkin',
  'mysql',
  'postgres',
  'mssql',
  'cloudwatch',
  'testdata',
  'opentsdb',
  'alertmanager',
];

/** The inputs of an exported dashboard and its data source variables. */
export function datasourceNames(dashboard: JsonObject): DatasourceNames {
  const names = new Map<string, string>();
  for (const input of arrayOf(dashboard['__inputs'])) {
    const fields = objectOf(input);
    const name = stringOf(fields?.['name']);
    const plugin = stringOf(fields?.['pluginId']);
    if (name !== undefined && plugin !== undefined) names.set(name, plugin);
  }
  for (const variable of arrayOf(objectOf(dashboard['templating'])?.['list'])) {
    const fields = objectOf(variable);
    const name = stringOf(fields?.['name']);
    const plugin = stringOf(fields?.['query']);
    if (fields?.['type'] === 'datasource' && name !== undefined && plugin !== undefined) {
      names.set(name, plugin);
    }
  }
  return names;
}

/** A reference by text: a name, an input, a variable, or one of Grafana's special names. */
function byText(text: string, names: DatasourceNames): DatasourceKind {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'default') return prometheus;
  if (trimmed === '-- Mixed --') return mixed;
  if (trimmed === '-- Grafana --' || trimmed === 'grafana') return {kind: 'other', type: 'grafana'};
  if (trimmed === '-- Dashboard --') return {kind: 'other', type: 'dashboard'};
  const variable = /^\$\{?([A-Za-z0-9_]+)\}?$/.exec(trimmed)?.[1];
  if (variable !== undefined) {
    const type = names.get(variable);
    // An unknown input or variable is taken for the default data source, as Grafana does.
    if (type === undefined || isPrometheusType(type)) return prometheus;
    return {kind: 'other', type: labelOf(type) ?? 'unknown'};
  }
  const lower = trimmed.toLowerCase();
  const type = otherTypes.find((name) => lower.includes(name));
  return type === undefined ? prometheus : {kind: 'other', type};
}

export function datasourceKind(reference: unknown, names: DatasourceNames): DatasourceKind {
  if (reference === undefined || reference === null) return prometheus;
  const text = stringOf(reference);
  if (text !== undefined) return byText(text, names);
  const fields = objectOf(reference);
  if (fields === undefined) return prometheus;
  const type = stringOf(fields['type']);
  const uid = stringOf(fields['uid']);
  if (uid === '-- Mixed --') return mixed;
  if (type === '__expr__') return {kind: 'other', type: 'expression'};
  if (type === 'datasource') return uid === undefined ? prometheus : byText(uid, names);
  if (type === undefined || type === '') return uid === undefined ? prometheus : byText(uid, names);
  return isPrometheusType(type) ? prometheus : {kind: 'other', type: labelOf(type) ?? 'unknown'};
}
