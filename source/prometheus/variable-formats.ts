// How a template variable's value is written into a query: Grafana's `${var:format}` formats, and
// its default for Prometheus data sources. Values go to Prometheus, not to the terminal: they are
// written as data, never sanitized here.
import type {VariableValue} from '../dashboards/variable-spec.js';

/** Grafana's regex escape (`${var:regex}`): one backslash before each special character. */
export const regexEscape = (value: string): string => value.replace(/[\\^$*+?.()|[\]{}/]/g, '\\$&');

/**
 * Grafana's Prometheus escape for values inside a PromQL string (`=~"$var"`): the regex escape,
 * with each backslash doubled so that the string literal hands the regex one.
 */
export const promqlRegexEscape = (value: string): string =>
  value.replace(/\\/g, '\\\\\\\\').replace(/[$^*{}[\]'+?.()|]/g, '\\\\$&');

const luceneEscape = (value: string): string => value.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');

/** Grafana's strict percent-encoding: also `!'()*`. */
const percentEncode = (value: string): string =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

type Formatter = (values: readonly string[], value: VariableValue, name: string) => string;

/** One value alone, several as Grafana writes an array. */
const oneOr =
  (many: (values: readonly string[]) => string): Formatter =>
  (values) =>
    values.length === 1 ? (values[0] ?? '') : many(values);

const quoted = (quote: string) => (values: readonly string[]) =>
  values.map((one) => quote + one.replaceAll(quote, `\\${quote}`) + quote).join(',');

const formatters: Readonly<Record<string, Formatter>> = {
  regex: (values) =>
    values.length === 1 ? regexEscape(values[0] ?? '') : `(${values.map(regexEscape).join('|')})`,
  pipe: (values) => values.join('|'),
  csv: (values) => values.join(','),
  raw: (values) => values.join(','),
  json: (values, value) =>
    JSON.stringify(values.length === 1 && value.isAll !== true ? values[0] : values),
  glob: oneOr((values) => `{${values.join(',')}}`),
  distributed: (values, _value, name) => values.join(`,${name}=`),
  doublequote: quoted('"'),
  singlequote: quoted("'"),
  sqlstring: (values) => values.map((one) => `'${one.replaceAll("'", "''")}'`).join(','),
  percentencode: (values) => percentEncode(values.join(',')),
  queryparam: (values, _value, name) =>
    values.map((one) => `var-${name}=${encodeURIComponent(one)}`).join('&'),
  lucene: (values) =>
    values.length === 1
      ? luceneEscape(values[0] ?? '')
      : `(${values.map((one) => `"${luceneEscape(one)}"`).join(' OR ')})`,
  text: (_values, value) =>
    value.isAll === true ? 'All' : (value.texts ?? value.values).join(' + '),
};

/** The formats `${var:format}` accepts; another name is written as the default. */
export const variableFormats: readonly string[] = Object.keys(formatters);

/**
 * Grafana's Prometheus default: one value as it is; several regex-escaped as `(a|b)`; All as its
 * `allValue` when it has one, else as every value.
 */
function prometheusDefault(value: VariableValue): string {
  const {values} = value;
  if (values.length === 0) return '';
  if (values.length === 1 && value.isAll !== true) return values[0] ?? '';
  const escaped = values.map(promqlRegexEscape);
  return escaped.length === 1 ? (escaped[0] ?? '') : `(${escaped.join('|')})`;
}

/** A variable's value written in `format` (undefined: Prometheus' default). */
export function formatVariable(value: VariableValue, name: string, format?: string): string {
  // A custom All value is written as it is, but as text or percent-encoded (Grafana's rule).
  if (value.isAll === true && value.allValue !== undefined) {
    if (format === 'text') return 'All';
    if (format !== 'percentencode') return value.allValue;
    return percentEncode(value.allValue);
  }
  const formatter = format === undefined ? undefined : formatters[format];
  return formatter === undefined ? prometheusDefault(value) : formatter(value.values, value, name);
}
