// Grafana's threshold steps and value mappings (new and old formats) into nova-top's, colours
// mapped to the theme's states by ../grafana-colors.ts.
import {grafanaColorState} from '../grafana-colors.js';
import type {ThresholdState, ThresholdSteps, ValueMapping} from '../spec.js';
import {arrayOf, labelOf, lineOf, numberOf, objectOf, stringOf} from './json-value.js';

const stateOf = (color: unknown): ThresholdState | undefined => {
  const text = stringOf(color);
  return text === undefined ? undefined : grafanaColorState(text);
};

/** `{mode, steps: [{color, value: null}, {color, value: 80}]}`; no steps gives undefined. */
export function importSteps(thresholds: unknown): ThresholdSteps | undefined {
  const fields = objectOf(thresholds);
  let base: ThresholdState | undefined;
  const steps: {value: number; state: ThresholdState}[] = [];
  for (const each of arrayOf(fields?.['steps'])) {
    const step = objectOf(each);
    const state = stateOf(step?.['color']) ?? 'ok';
    const value = numberOf(step?.['value']);
    if (value === undefined) base = state;
    else steps.push({value, state});
  }
  if (base === undefined && steps.length === 0) return undefined;
  const mode = fields?.['mode'] === 'percentage' ? {mode: 'percentage' as const} : {};
  return {...mode, base: base ?? 'ok', steps: steps.sort((a, b) => a.value - b.value)};
}

/** singlestat's `thresholds: "80,90"` with its three `colors`, below the first, between, above. */
export function legacySteps(thresholds: unknown, colors: unknown): ThresholdSteps | undefined {
  const text = typeof thresholds === 'number' ? String(thresholds) : stringOf(thresholds);
  const values = (text ?? '')
    .split(',')
    .map((part) => numberOf(part))
    .filter((value) => value !== undefined);
  if (values.length === 0) return undefined;
  const palette = arrayOf(colors);
  const states = [0, 1, 2].map((index) => stateOf(palette[index]));
  const fallback: ThresholdState[] = ['critical', 'warning', 'ok'];
  const state = (index: number) => states[index] ?? fallback[index] ?? 'ok';
  return {
    base: state(0),
    steps: values.slice(0, 2).map((value, index) => ({value, state: state(index + 1)})),
  };
}

const graphStates: Readonly<Record<string, ThresholdState>> = {
  critical: 'critical',
  warning: 'warning',
  ok: 'ok',
};

/**
 * An old graph's threshold lines (`[{value, op: 'gt' | 'lt', colorMode, lineColor}]`) as steps:
 * all `gt` (the state from each value up) or all `lt` (the state below each value); a mix is
 * left out.
 */
export function graphSteps(thresholds: unknown): ThresholdSteps | undefined {
  const lines = arrayOf(thresholds).flatMap((each) => {
    const line = objectOf(each);
    const value = numberOf(line?.['value']);
    const mode = stringOf(line?.['colorMode']) ?? 'critical';
    const state =
      graphStates[mode] ?? stateOf(line?.['lineColor'] ?? line?.['fillColor']) ?? 'critical';
    return value === undefined ? [] : [{value, state, op: line?.['op'] === 'lt' ? 'lt' : 'gt'}];
  });
  if (lines.length === 0) return undefined;
  const sorted = lines.sort((a, b) => a.value - b.value);
  if (sorted.every((line) => line.op === 'gt')) {
    return {base: 'ok', steps: sorted.map(({value, state}) => ({value, state}))};
  }
  if (!sorted.every((line) => line.op === 'lt')) return undefined;
  return {
    base: sorted[0]?.state ?? 'ok',
    steps: sorted.map(({value}, index) => ({value, state: sorted[index + 1]?.state ?? 'ok'})),
  };
}

function result(
  text: unknown,
  color: unknown,
  value?: string,
): Pick<ValueMapping, 'text' | 'state'> | undefined {
  const shown = lineOf(text) ?? value;
  const state = stateOf(color);
  if (shown === undefined) return undefined;
  return state === undefined ? {text: shown} : {text: shown, state};
}

const specials = ['null', 'nan', 'null+nan', 'true', 'false'] as const;

/** One mapping of Grafana 8+ (`{type, options}`), which may hold several values. */
function modern(mapping: Readonly<Record<string, unknown>>): ValueMapping[] {
  const options = objectOf(mapping['options']) ?? {};
  const outcome = objectOf(options['result']) ?? {};
  switch (mapping['type']) {
    case 'value':
      return Object.entries(options)
        .map(([value, raw]) => ({value, fields: objectOf(raw) ?? {}}))
        .sort((a, b) => (numberOf(a.fields['index']) ?? 0) - (numberOf(b.fields['index']) ?? 0))
        .flatMap(({value, fields}) => {
          const shown = result(fields['text'], fields['color'], value);
          return shown === undefined ? [] : [{kind: 'value' as const, value, ...shown}];
        });
    case 'range': {
      const shown = result(outcome['text'], outcome['color']);
      const from = numberOf(options['from']);
      const to = numberOf(options['to']);
      if (shown === undefined) return [];
      return [
        {
          kind: 'range',
          ...(from === undefined ? {} : {from}),
          ...(to === undefined ? {} : {to}),
          ...shown,
        },
      ];
    }
    case 'regex': {
      const shown = result(outcome['text'], outcome['color']);
      const pattern = stringOf(options['pattern']);
      return shown === undefined || pattern === undefined
        ? []
        : [{kind: 'regex', pattern, ...shown}];
    }
    case 'special': {
      const shown = result(outcome['text'], outcome['color']);
      const match = specials.find((special) => special === options['match']);
      return shown === undefined || match === undefined ? [] : [{kind: 'special', match, ...shown}];
    }
    default:
      return [];
  }
}

/** Grafana 7's and singlestat's `{type: 1, value, text}` (value) and `{type: 2, from, to, text}`. */
function legacy(mapping: Readonly<Record<string, unknown>>): ValueMapping[] {
  const text = labelOf(mapping['text']);
  if (text === undefined) return [];
  const type = numberOf(mapping['type']) ?? (mapping['from'] !== undefined ? 2 : 1);
  if (type === 2) {
    // singlestat's range maps hold both ends; `null` to `null` is its way to name "no value".
    if (mapping['from'] === 'null' && mapping['to'] === 'null') {
      return [{kind: 'special', match: 'null', text}];
    }
    const from = numberOf(mapping['from']);
    const to = numberOf(mapping['to']);
    return from === undefined || to === undefined ? [] : [{kind: 'range', from, to, text}];
  }
  const value = lineOf(mapping['value']);
  if (value === undefined) return [];
  return value === 'null'
    ? [{kind: 'special', match: 'null', text}]
    : [{kind: 'value', value, text}];
}

/** A list of mappings in either format; unreadable ones are left out. */
export function importMappings(mappings: unknown): ValueMapping[] {
  return arrayOf(mappings).flatMap((each) => {
    const mapping = objectOf(each);
    if (mapping === undefined) return [];
    return typeof mapping['type'] === 'string' ? modern(mapping) : legacy(mapping);
  });
}
