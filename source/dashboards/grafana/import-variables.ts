// `templating.list` into variable specs, in the file's order (the order Grafana refreshes them
// in). Kinds nova-top cannot resolve (adhoc, system, a query of another data source) are left
// out, and so is a variable without a usable name or one whose name is taken.
import type {VariableOption, VariableSpec} from '../spec.js';
import {datasourceKind, type DatasourceNames} from './import-datasource.js';
import {intervalSeconds} from './import-time.js';
import {
  arrayOf,
  defined,
  isTrue,
  labelOf,
  lineOf,
  linesOf,
  numberOf,
  objectOf,
  stringOf,
  type JsonObject,
} from './json-value.js';

type Common = 'name' | 'label' | 'hide' | 'multi' | 'includeAll' | 'allValue' | 'current';
/** The part of a variable that depends on its kind. */
type Kinded = VariableSpec extends infer Each
  ? Each extends unknown
    ? Omit<Each, Common>
    : never
  : never;

/** Custom values: `a,b,c` with `\,` for a comma in a value, or `text : value` pairs. */
export function customOptions(query: string): VariableOption[] {
  return (query.match(/(?:\\,|[^,])+/g) ?? []).flatMap((part) => {
    const pair = /^\s*(.+)\s:\s(.+)$/.exec(part);
    const text = (pair?.[1] ?? part).trim().replace(/\\,/g, ',');
    const value = (pair?.[2] ?? part).trim().replace(/\\,/g, ',');
    return text === '' ? [] : [{text: lineOf(text) ?? '', value: lineOf(value) ?? ''}];
  });
}

/** The variable's query (as text, or `{query}`, else its `definition`), sanitized line by line. */
function queryText(variable: JsonObject): string {
  const query = variable['query'];
  const text = stringOf(query) ?? stringOf(objectOf(query)?.['query']) ?? '';
  return linesOf(text.trim() === '' ? (stringOf(variable['definition']) ?? '') : text);
}

function optionsOf(variable: JsonObject): VariableOption[] {
  return arrayOf(variable['options']).flatMap((each) => {
    const option = objectOf(each);
    const value = lineOf(option?.['value']);
    if (value === undefined || value === '' || value === '$__all') return [];
    return [{text: lineOf(option?.['text']) ?? value, value}];
  });
}

function kinded(variable: JsonObject, names: DatasourceNames): Kinded | undefined {
  const query = queryText(variable);
  switch (variable['type']) {
    case 'query': {
      if (query === '' || datasourceKind(variable['datasource'], names).kind === 'other')
        return undefined;
      const regex = labelOf(variable['regex']);
      const sort = numberOf(variable['sort']);
      return defined({
        kind: 'query' as const,
        query,
        regex,
        sort: sort === undefined || sort <= 0 ? undefined : sort,
      });
    }
    case 'custom': {
      const options = query === '' ? optionsOf(variable) : customOptions(query);
      return options.length === 0 ? undefined : {kind: 'custom', options};
    }
    case 'constant':
      return {kind: 'constant', value: query};
    case 'textbox':
      return {kind: 'textbox', value: query};
    case 'datasource':
      return {kind: 'datasource', pluginType: query === '' ? 'prometheus' : query};
    case 'interval': {
      const options = query
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '' && part !== 'auto');
      if (options.length === 0) return undefined;
      if (!isTrue(variable['auto'])) return {kind: 'interval', options};
      const count = numberOf(variable['auto_count']);
      const minSeconds = intervalSeconds(variable['auto_min']) ?? 10;
      return {
        kind: 'interval',
        options,
        auto: {count: count !== undefined && count > 0 ? Math.round(count) : 30, minSeconds},
      };
    }
    default:
      return undefined;
  }
}

/**
 * `current.value`: a value, a list of values, or `$__all`; an interval variable's automatic
 * choice (`$__auto_interval_NAME`) is `auto`.
 */
function currentOf(variable: JsonObject): string[] | undefined {
  const value = objectOf(variable['current'])?.['value'];
  const values = (Array.isArray(value) ? value : [value]).flatMap((each) => {
    const text = lineOf(each);
    if (text?.startsWith('$__auto_interval')) return ['auto'];
    return text === undefined || text === '' ? [] : [text];
  });
  return values.length === 0 ? undefined : values;
}

const hides = {1: 'label', 2: 'variable'} as const;

function variableOf(variable: JsonObject, names: DatasourceNames): VariableSpec | undefined {
  const name = stringOf(variable['name']);
  if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  const kind = kinded(variable, names);
  if (kind === undefined) return undefined;
  const hide = numberOf(variable['hide']);
  const label = labelOf(variable['label']);
  const allValue = lineOf(variable['allValue']);
  const common = defined({
    name,
    label: label === name ? undefined : label,
    hide: hide === 1 || hide === 2 ? hides[hide] : undefined,
    multi: isTrue(variable['multi']) ? true : undefined,
    includeAll: isTrue(variable['includeAll']) ? true : undefined,
    allValue: allValue === '' ? undefined : allValue,
    current: currentOf(variable),
  });
  return {...common, ...kind};
}

export function importVariables(templating: unknown, names: DatasourceNames): VariableSpec[] {
  const taken = new Set<string>();
  return arrayOf(objectOf(templating)?.['list']).flatMap((each) => {
    const fields = objectOf(each);
    const variable = fields === undefined ? undefined : variableOf(fields, names);
    if (variable === undefined || taken.has(variable.name)) return [];
    taken.add(variable.name);
    return [variable];
  });
}
