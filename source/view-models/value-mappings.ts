// Grafana's value mappings: a value's text (and maybe its state) replaced by the first mapping that
// matches it. The mapped text comes from a dashboard file: it is sanitized here, once.
import type {ThresholdState, ValueMapping} from '../dashboards/spec.js';
import {sanitize} from '../text/sanitize.js';

export type MappedValue = {readonly text: string; readonly state?: ThresholdState};

/** The value as Grafana compares it with a mapping's text: "1", "0.5", "NaN". */
const valueText = (value: number): string => String(value);

function compiled(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

function matches(mapping: ValueMapping, value: number | undefined): boolean {
  switch (mapping.kind) {
    case 'special':
      if (mapping.match === 'null') return value === undefined;
      if (mapping.match === 'nan') return value !== undefined && Number.isNaN(value);
      if (mapping.match === 'null+nan') return value === undefined || Number.isNaN(value);
      return value === (mapping.match === 'true' ? 1 : 0);
    case 'value':
      return value !== undefined && valueText(value) === mapping.value;
    case 'range':
      return (
        value !== undefined &&
        !Number.isNaN(value) &&
        (mapping.from === undefined || value >= mapping.from) &&
        (mapping.to === undefined || value <= mapping.to)
      );
    case 'regex':
      return value !== undefined && (compiled(mapping.pattern)?.test(valueText(value)) ?? false);
  }
}

/** The first mapping matching the value, as text to show; undefined when none does. */
export function mappedValue(
  value: number | undefined,
  mappings: readonly ValueMapping[] | undefined,
): MappedValue | undefined {
  const mapping = mappings?.find((one) => matches(one, value));
  if (mapping === undefined) return undefined;
  const text = sanitize(mapping.text);
  return mapping.state === undefined ? {text} : {text, state: mapping.state};
}
