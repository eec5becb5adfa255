// A query variable's options from the strings Prometheus returned, as Grafana makes them: the
// variable's `regex` filters them (and its capture group, or its `text`/`value` named groups,
// extracts), duplicates go, and `sort` orders them. Texts are sanitized for the screen; values
// stay as Prometheus sent them (they go back to Prometheus).
import type {VariableOption} from '../dashboards/variable-spec.js';
import {sanitize} from '../text/sanitize.js';

/** Options a variable keeps: more than any picker shows, few enough to bound memory. */
export const maxVariableOptions = 10_000;

/**
 * Grafana's `stringToJsRegex`: `/pattern/flags`, else the whole string must match.
 * Throws on an invalid pattern (the variable shows the error).
 */
export function variableRegex(text: string): RegExp {
  if (!text.startsWith('/')) return new RegExp(`^${text}$`);
  const parts = /^\/(.*)\/([dgimsuy]*)$/s.exec(text);
  if (!parts) throw new Error(`'${text}' is not a valid regular expression`);
  return new RegExp(parts[1] ?? '', parts[2]);
}

function allMatches(value: string, regex: RegExp): RegExpExecArray[] {
  if (!regex.global) {
    const match = regex.exec(value);
    return match ? [match] : [];
  }
  regex.lastIndex = 0;
  const matches: RegExpExecArray[] = [];
  for (let match = regex.exec(value); match; match = regex.exec(value)) {
    matches.push(match);
    if (match[0] === '') regex.lastIndex += 1;
  }
  return matches;
}

/** Grafana's `metricNamesToVariableValues`: one value's options after the regex. */
function extract(value: string, regex: RegExp): readonly VariableOption[] {
  const matches = allMatches(value, regex);
  if (matches.length === 0) return [];
  const named = (group: 'text' | 'value') =>
    matches.find((m) => m.groups?.[group])?.groups?.[group];
  const valueGroup = named('value');
  const textGroup = named('text');
  if (valueGroup !== undefined || textGroup !== undefined) {
    return [{text: textGroup ?? valueGroup ?? '', value: valueGroup ?? textGroup ?? ''}];
  }
  const withGroup = matches.filter((match) => match.length > 1);
  if (matches.length > 1 && withGroup.length > 0) {
    return matches.map((match) => ({text: match[1] ?? '', value: match[1] ?? ''}));
  }
  const first = withGroup[0]?.[1];
  return [first === undefined ? {text: value, value} : {text: first, value: first}];
}

const byKey =
  <K>(key: (option: VariableOption) => K) =>
  (a: VariableOption, b: VariableOption): number => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

const leadingNumber = (option: VariableOption): number => {
  const match = /.*?(\d+).*/.exec(option.text);
  return match ? Number.parseInt(match[1] ?? '', 10) : -1;
};

const natural = new Intl.Collator(undefined, {sensitivity: 'accent', numeric: true});

/**
 * Grafana's `sort`: 0 as returned, 1/2 alphabetical, 3/4 numerical (the first number in the
 * text), 5/6 alphabetical ignoring case, 7/8 natural; odd ascending, even descending.
 */
export function sortOptions(options: readonly VariableOption[], sort = 0): VariableOption[] {
  const sorted = [...options];
  const kind = Math.ceil(sort / 2);
  if (kind === 1) sorted.sort(byKey((option) => option.text));
  else if (kind === 2) sorted.sort(byKey(leadingNumber));
  else if (kind === 3) sorted.sort(byKey((option) => option.text.toLowerCase()));
  else if (kind === 4) sorted.sort((a, b) => natural.compare(a.text, b.text));
  else return sorted;
  return sort % 2 === 0 ? sorted.reverse() : sorted;
}

/** The options of a query variable from Prometheus' strings: regex, distinct values, sort. */
export function variableOptions(
  values: readonly string[],
  regexText: string | undefined,
  sort?: number,
): VariableOption[] {
  const regex = regexText === undefined || regexText === '' ? undefined : variableRegex(regexText);
  const seen = new Set<string>();
  const options: VariableOption[] = [];
  for (const value of values) {
    for (const option of regex === undefined ? [{text: value, value}] : extract(value, regex)) {
      if (seen.has(option.value) || options.length >= maxVariableOptions) continue;
      seen.add(option.value);
      options.push({text: sanitize(option.text), value: option.value});
    }
  }
  return sortOptions(options, sort);
}
