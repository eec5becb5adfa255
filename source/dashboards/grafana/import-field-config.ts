// A panel's `fieldConfig` (Grafana 7+): the defaults every series takes (unit, decimals, min/max,
// thresholds, mappings, display name) and the overrides by series name or regex (those by query
// are in import-query-thresholds.ts).
import {grafanaUnit} from '../grafana-units.js';
import type {SeriesMatcher, SeriesOverride, ThresholdSteps, Unit, ValueMapping} from '../spec.js';
import {arrayOf, defined, labelOf, numberOf, objectOf, stringOf} from './json-value.js';
import {importMappings, importSteps} from './import-steps.js';

export type FieldDefaults = {
  readonly unit?: Unit;
  readonly decimals?: number;
  readonly min?: number;
  readonly max?: number;
  readonly steps?: ThresholdSteps;
  readonly mappings?: readonly ValueMapping[];
  readonly displayName?: string;
};

// Grafana's ids that nova-top draws as one of its units: rates per minute (nova-top's own
// dashboards export `perMinute` as `opm`), durations written as durations, I/O operations.
const nearest: Readonly<Record<string, Unit>> = {
  opm: 'perMinute',
  rpm: 'perMinute',
  wpm: 'perMinute',
  dtdurations: 's',
  dtdurationms: 'ms',
  clocks: 's',
  clockms: 'ms',
  iops: 'ops',
  binbps: 'bps',
};

/**
 * A Grafana unit id as a unit: an id nova-top does not know (currencies, `kwatt`...) is drawn as
 * `short` (the number with K, Mil suffixes); no id at all is Grafana's `none`.
 */
export function unitOf(id: unknown): Unit | undefined {
  const text = stringOf(id)?.trim();
  if (text === undefined || text === '') return undefined;
  return grafanaUnit(text) ?? (Object.hasOwn(nearest, text) ? nearest[text] : undefined) ?? 'short';
}

const decimalsOf = (value: unknown): number | undefined => {
  const decimals = numberOf(value);
  return decimals !== undefined && decimals >= 0 && decimals <= 20
    ? Math.round(decimals)
    : undefined;
};

export function importDefaults(fieldConfig: unknown): FieldDefaults {
  const defaults = objectOf(objectOf(fieldConfig)?.['defaults']) ?? {};
  const mappings = importMappings(defaults['mappings']);
  return defined({
    unit: unitOf(defaults['unit']),
    decimals: decimalsOf(defaults['decimals']),
    min: numberOf(defaults['min']),
    max: numberOf(defaults['max']),
    steps: importSteps(defaults['thresholds']),
    mappings: mappings.length === 0 ? undefined : mappings,
    displayName: labelOf(defaults['displayName']),
  });
}

function matcherOf(matcher: unknown): SeriesMatcher | undefined {
  const fields = objectOf(matcher);
  const options = labelOf(fields?.['options']);
  if (options === undefined) return undefined;
  if (fields?.['id'] === 'byName') return {kind: 'name', name: options};
  if (fields?.['id'] === 'byRegexp') return {kind: 'regex', pattern: options};
  return undefined;
}

function overrideOf(
  match: SeriesMatcher,
  properties: readonly unknown[],
): SeriesOverride | undefined {
  const set: Record<string, unknown> = {};
  for (const each of properties) {
    const property = objectOf(each);
    const value = property?.['value'];
    switch (property?.['id']) {
      case 'unit':
        set['unit'] = unitOf(value);
        break;
      case 'displayName':
        set['displayName'] = labelOf(value);
        break;
      case 'decimals':
        set['decimals'] = decimalsOf(value);
        break;
      case 'min':
      case 'max':
        set[property['id']] = numberOf(value);
        break;
      case 'custom.hideFrom':
        if (objectOf(value)?.['viz'] === true) set['hidden'] = true;
        break;
      default:
    }
  }
  const override = defined({match, ...set}) as SeriesOverride;
  return Object.keys(override).length > 1 ? override : undefined;
}

export function importOverrides(fieldConfig: unknown): SeriesOverride[] {
  return arrayOf(objectOf(fieldConfig)?.['overrides']).flatMap((each) => {
    const fields = objectOf(each);
    const match = matcherOf(fields?.['matcher']);
    const override = match && overrideOf(match, arrayOf(fields?.['properties']));
    return override === undefined ? [] : [override];
  });
}
