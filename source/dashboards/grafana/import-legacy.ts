// The display settings of panels saved before field config (Grafana < 7): a graph's first y axis
// (`yaxes[0]`: format, min, max; an old heatmap's `yAxis`), a singlestat's format, thresholds and
// colours, value and range maps, gauge and postfix, an old table's number style for its values.
// Series overrides of old graphs are left out.
import type {FieldDefaults} from './import-field-config.js';
import {unitOf} from './import-field-config.js';
import {graphSteps, importMappings, legacySteps} from './import-steps.js';
import {
  arrayOf,
  defined,
  isTrue,
  numberOf,
  objectOf,
  stringOf,
  type JsonObject,
} from './json-value.js';

/**
 * Grafana 6's stat, gauge and bar gauge kept their field defaults under `options.fieldOptions`
 * (thresholds and mappings beside `defaults` before 6.5), thresholds as a bare list of steps.
 */
export function fieldConfigOf(panel: JsonObject): unknown {
  if (panel['fieldConfig'] !== undefined) return panel['fieldConfig'];
  const fieldOptions = objectOf(objectOf(panel['options'])?.['fieldOptions']);
  if (fieldOptions === undefined) return undefined;
  const defaults = objectOf(fieldOptions['defaults']) ?? {};
  const thresholds = defaults['thresholds'] ?? fieldOptions['thresholds'];
  return {
    defaults: {
      ...defaults,
      thresholds: Array.isArray(thresholds) ? {steps: thresholds} : thresholds,
      mappings: defaults['mappings'] ?? fieldOptions['mappings'],
    },
  };
}

function graphDefaults(panel: JsonObject): FieldDefaults {
  const axis = objectOf(arrayOf(panel['yaxes'])[0]) ?? objectOf(panel['yAxis']);
  const format = axis?.['format'] ?? arrayOf(panel['y_formats'])[0];
  return defined({
    unit: unitOf(format),
    min: numberOf(axis?.['min']),
    max: numberOf(axis?.['max']),
    steps: graphSteps(panel['thresholds']),
  });
}

function singlestatDefaults(panel: JsonObject): FieldDefaults {
  const gauge = objectOf(panel['gauge']);
  const coloured =
    isTrue(panel['colorValue']) || isTrue(panel['colorBackground']) || isTrue(gauge?.['show']);
  const steps = coloured ? legacySteps(panel['thresholds'], panel['colors']) : undefined;
  const mapped = numberOf(panel['mappingType']) === 2 ? panel['rangeMaps'] : panel['valueMaps'];
  const mappings = importMappings(mapped);
  let unit = unitOf(panel['format']);
  // A `%` after a plain number is a percentage (0-100), as singlestat drew it.
  if (
    (unit === undefined || unit === 'none' || unit === 'short') &&
    stringOf(panel['postfix'])?.trim() === '%'
  ) {
    unit = 'percent';
  }
  return defined({
    unit,
    min: isTrue(gauge?.['show']) ? numberOf(gauge?.['minValue']) : undefined,
    max: isTrue(gauge?.['show']) ? numberOf(gauge?.['maxValue']) : undefined,
    steps,
    mappings: mappings.length === 0 ? undefined : mappings,
  });
}

/** An old table's `styles`: the number style of its value column (`Value`, or one for all). */
function tableDefaults(panel: JsonObject): FieldDefaults {
  const style = arrayOf(panel['styles'])
    .map(objectOf)
    .find(
      (each) =>
        each?.['type'] === 'number' &&
        ['Value', '/.*/', '/^Value$/'].includes(stringOf(each['pattern']) ?? ''),
    );
  const decimals = numberOf(style?.['decimals']);
  return defined({unit: unitOf(style?.['unit']), decimals});
}

function defaultsByType(panel: JsonObject): FieldDefaults {
  if (panel['type'] === 'singlestat') return singlestatDefaults(panel);
  if (panel['type'] === 'table' || panel['type'] === 'table-old') return tableDefaults(panel);
  return graphDefaults(panel);
}

/** The defaults an old panel implies, by its type. */
export function legacyDefaults(panel: JsonObject): FieldDefaults {
  const {decimals: typeDecimals, ...base} = defaultsByType(panel);
  const decimals = numberOf(panel['decimals']) ?? typeDecimals;
  return defined({
    ...base,
    decimals:
      decimals !== undefined && decimals >= 0 && decimals <= 20 ? Math.round(decimals) : undefined,
  });
}

/** An old singlestat with its gauge shown is a gauge. */
export const isLegacyGauge = (panel: JsonObject): boolean =>
  panel['type'] === 'singlestat' && isTrue(objectOf(panel['gauge'])?.['show']);
