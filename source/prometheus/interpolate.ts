// Template variables in queries, as Grafana substitutes them: `$var`, `${var}`, `${var:format}`,
// `[[var]]` and `[[var:format]]`, from a scope of values that holds the dashboard's variables and
// Grafana's built-ins (`$__interval`, `$__range`, ...: builtin-variables.ts). Unknown names stay.
import type {VariableScope, VariableValue} from '../dashboards/variable-spec.js';
import {formatVariable} from './variable-formats.js';

/**
 * Grafana's own pattern: `$name` takes the longest name (`$jobname` is `jobname`, never `job`
 * followed by `name`), `${name.path:format}` and `[[name:format]]`.
 */
const variablePattern = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\$\{(\w+)(?:\.[^:^}]+)?(?::([^}]+))?\}/g;

/**
 * A value that names a built-in (an interval variable's `auto` is `$__auto_interval_<name>`)
 * stands for that built-in's value, as in Grafana.
 */
function valueOf(scope: VariableScope, value: VariableValue): VariableValue {
  const only = value.values.length === 1 ? value.values[0] : undefined;
  if (only === undefined || !only.startsWith('$__')) return value;
  return scope[only.slice(1)] ?? value;
}

/**
 * `expr` with every known variable written in its format (`defaultFormat` where none is given:
 * Prometheus' default when absent); the rest left as it is.
 */
export function interpolate(expr: string, scope: VariableScope, defaultFormat?: string): string {
  if (!expr.includes('$') && !expr.includes('[[')) return expr;
  return expr.replace(
    variablePattern,
    (
      match,
      plain?: string,
      bracket?: string,
      bracketFormat?: string,
      braced?: string,
      bracedFormat?: string,
    ) => {
      const name = plain ?? bracket ?? braced ?? '';
      const value = Object.hasOwn(scope, name) ? scope[name] : undefined;
      if (value === undefined) return match;
      return formatVariable(
        valueOf(scope, value),
        name,
        bracketFormat ?? bracedFormat ?? defaultFormat,
      );
    },
  );
}

/** The names of the variables `text` uses (of those in `names`), for the order of resolution. */
export function usedVariables(text: string, names: ReadonlySet<string>): Set<string> {
  const used = new Set<string>();
  for (const match of text.matchAll(variablePattern)) {
    const name = match[1] ?? match[2] ?? match[4];
    if (name !== undefined && names.has(name)) used.add(name);
  }
  return used;
}
