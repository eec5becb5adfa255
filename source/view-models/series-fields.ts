// A series' name and options, as Grafana computes a field's: the query's legend (else the labels),
// then the panel's displayName, then the field overrides whose matcher accepts that name, in order
// (a later one wins). Every view names its series here, and formats their values with the unit and
// decimals found here. Names are sanitized: label values come from the server, templates from files.
import type {PanelSpec, SeriesMatcher, SeriesOverride, Unit} from '../dashboards/spec.js';
import type {Labels} from '../prometheus/types.js';
import {sanitize} from '../text/sanitize.js';
import {legendName} from './legend.js';
import {panelFormat, type ValueFormat} from './units.js';

export type SeriesField = {
  readonly name: string;
  readonly unit: Unit;
  readonly format: ValueFormat;
  /** The bar's or scale's ends (Grafana's min/max), when the panel or an override sets them. */
  readonly min: number | undefined;
  readonly max: number | undefined;
  /** Not drawn, not in the legend, not in the scale (Grafana's hideFrom). */
  readonly hidden: boolean;
};

/**
 * The templates of displayName: `{{label}}` as in legends, and Grafana's `${__field.labels.label}`,
 * `${__field.labels}` (every label, `a="b", c="d"`), `${__field.labels.__values}` (the values,
 * sorted), `${__series.name}` and `${__field.name}` (the name from the legend or the labels).
 * Anything else (a dashboard variable) is left as written.
 */
const placeholder =
  /\{\{\s*([^{}\s]+)\s*\}\}|\$\{__(field\.labels(?:\.[A-Za-z_][A-Za-z0-9_]*)?|series\.name|field\.name)\}/g;

const labelPrefix = 'field.labels.';

const byKey = ([a]: readonly [string, string], [b]: readonly [string, string]): number =>
  a < b ? -1 : a > b ? 1 : 0;

function filled(template: string, labels: Labels, seriesName: string): string {
  const text = template.replace(placeholder, (_whole, legendLabel?: string, field?: string) => {
    if (legendLabel !== undefined) return labels[legendLabel] ?? '';
    if (field === 'series.name' || field === 'field.name') return seriesName;
    if (field === 'field.labels') {
      return Object.entries(labels)
        .sort(byKey)
        .map(([key, value]) => `${key}="${value}"`)
        .join(', ');
    }
    const key = (field ?? '').slice(labelPrefix.length);
    if (key === '__values') return Object.values(labels).sort().join(', ');
    return labels[key] ?? '';
  });
  return sanitize(text).replace(/ {2,}/g, ' ').trim();
}

/**
 * Grafana's regex of a byRegexp matcher: `/pattern/flags` as written, else the whole name must
 * match (Grafana prefixes `^` and appends `$`, without a group: `a|b` matches a name that starts
 * with a or ends with b, as in Grafana). An invalid or empty pattern never matches.
 */
export function matcherRegex(pattern: string): RegExp | undefined {
  if (pattern === '') return undefined;
  try {
    if (!pattern.startsWith('/')) return new RegExp(`^${pattern}$`);
    const parts = /^\/(.*)\/(g?i?m?y?s?)$/s.exec(pattern);
    // Without g and y, test() keeps no state between names.
    return parts === null ? undefined : new RegExp(parts[1] ?? '', parts[2]?.replace(/[gy]/g, ''));
  } catch {
    return undefined;
  }
}

type Compiled = {readonly override: SeriesOverride; readonly matches: (name: string) => boolean};

function compile(matcher: SeriesMatcher): (name: string) => boolean {
  if (matcher.kind === 'name') return (name) => name === matcher.name;
  const regex = matcherRegex(matcher.pattern);
  return regex === undefined ? () => false : (name) => regex.test(name);
}

const compiledOverrides = new WeakMap<readonly SeriesOverride[], readonly Compiled[]>();

function overridesOf(spec: PanelSpec): readonly Compiled[] {
  const overrides = spec.overrides;
  if (overrides === undefined || overrides.length === 0) return [];
  let compiled = compiledOverrides.get(overrides);
  if (compiled === undefined) {
    compiled = overrides.map((override) => ({override, matches: compile(override.match)}));
    compiledOverrides.set(overrides, compiled);
  }
  return compiled;
}

const panelFormats = new WeakMap<PanelSpec, ValueFormat>();

function formatOf(spec: PanelSpec): ValueFormat {
  let format = panelFormats.get(spec);
  if (format === undefined) {
    format = panelFormat(spec);
    panelFormats.set(spec, format);
  }
  return format;
}

/**
 * The field of the series named `seriesName` (its legend, else its labels): the panel's displayName
 * when set (and not empty once filled), then the overrides that match `names` (the display name by
 * default; a table's value column is known by two names). Overrides match the name before any
 * override's displayName, as Grafana's matchers do.
 */
function fieldOf(
  spec: PanelSpec,
  seriesName: string,
  labels: Labels,
  displayName: string | undefined,
  names?: readonly string[],
): SeriesField {
  const shown = displayName === undefined ? '' : filled(displayName, labels, seriesName);
  const name = shown === '' ? seriesName : shown;
  const field = {
    name,
    unit: spec.unit,
    format: formatOf(spec),
    min: spec.min,
    max: spec.max,
    hidden: false,
  };
  const overrides = overridesOf(spec);
  if (overrides.length === 0) return field;
  const candidates = names ?? [name];
  let decimals = spec.decimals;
  for (const {override, matches} of overrides) {
    if (!candidates.some(matches)) continue;
    if (override.displayName !== undefined) {
      const renamed = filled(override.displayName, labels, seriesName);
      if (renamed !== '') field.name = renamed;
    }
    if (override.unit !== undefined) field.unit = override.unit;
    if (override.decimals !== undefined) decimals = override.decimals;
    if (override.min !== undefined) field.min = override.min;
    if (override.max !== undefined) field.max = override.max;
    if (override.hidden === true) field.hidden = true;
  }
  if (decimals !== spec.decimals) {
    field.format = {...field.format, ...(decimals === undefined ? {} : {decimals})};
  }
  return field;
}

/** The field of a series of query `queryIndex` with these labels. */
export const seriesField = (spec: PanelSpec, queryIndex: number, labels: Labels): SeriesField =>
  fieldOf(spec, legendName(spec.queries[queryIndex]?.legend, labels), labels, spec.displayName);

/**
 * The field of a table's column, known by any of `names` (a label's name; the value column as
 * `Value` and `Value #A`, Grafana's names), when an override matches it; else undefined. The
 * panel's displayName is for series, not columns.
 */
export function columnField(spec: PanelSpec, names: readonly string[]): SeriesField | undefined {
  if (!overridesOf(spec).some(({matches}) => names.some(matches))) return undefined;
  return fieldOf(spec, sanitize(names[0] ?? ''), {}, undefined, names);
}

/** True when an override may hide a series: then series are named before they are ranked. */
export const mayHide = (spec: PanelSpec): boolean =>
  spec.overrides?.some((override) => override.hidden === true) ?? false;

/** Every unit the panel's values may be shown in: the panel's, then its overrides'. */
export const panelUnits = (spec: PanelSpec): readonly Unit[] => [
  spec.unit,
  ...(spec.overrides ?? []).flatMap((override) =>
    override.unit === undefined ? [] : [override.unit],
  ),
];

/** The one unit of all these fields, else the panel's (a shared scale is labelled in it). */
export function sharedUnit(spec: PanelSpec, fields: readonly SeriesField[]): Unit {
  const first = fields[0]?.unit;
  return first !== undefined && fields.every((field) => field.unit === first) ? first : spec.unit;
}
