// Completion options: names a query may contain, written the way the query needs them, ranked
// (prefix matches first, then other matches, each sorted) and cut to a limit. Options are drawn,
// so only text the sanitizer leaves unchanged is offered: names must be plain PromQL names, and a
// label value's control or invisible characters are written as escapes (`\u001b`), so that the
// option is both safe on the screen and the exact value in the query.
import {sanitize} from '../text/sanitize.js';

const metricName = /^[a-zA-Z_:][\w:]*$/;
const labelName = /^[a-zA-Z_]\w*$/;

/** Metric names a query can write without quoting (Prometheus 3's UTF-8 names are left out). */
export const plainMetricNames = (names: readonly string[]): readonly string[] =>
  names.filter((name) => metricName.test(name));

/** Label names a query can write without quoting; `__name__` is the metric name, not a label. */
export const plainLabelNames = (names: readonly string[]): readonly string[] =>
  names.filter((name) => labelName.test(name) && name !== '__name__');

const regexSpecial = /[\\.+*?()|[\]{}^$]/g;

/** A character as a PromQL (Go) string escape: `\\u001b`, `\\U000e0041`. */
export function escapedChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code > 0xffff
    ? `\\U${code.toString(16).padStart(8, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A label value as the content of a string with this quote: backslashes, the quote and anything
 * the sanitizer would change escaped; for a regex matcher, regex operators escaped too, so the
 * value matches itself only. Undefined when a raw (backtick) string cannot hold it.
 */
export function quotedValue(value: string, quote: string, regex: boolean): string | undefined {
  const literal = regex ? value.replace(regexSpecial, '\\$&') : value;
  if (quote === '`')
    return literal.includes('`') || sanitize(literal) !== literal ? undefined : literal;
  let written = '';
  for (const char of literal) {
    if (char === '\\' || char === quote) written += `\\${char}`;
    else if (sanitize(char) !== char) written += escapedChar(char);
    else written += char;
  }
  return written;
}

/** Prefix matches (case-insensitive) first, then other matches, each sorted; at most `limit`. */
export function rankOptions(candidates: Iterable<string>, typed: string, limit: number): string[] {
  const wanted = typed.toLowerCase();
  const prefixed: string[] = [];
  const containing: string[] = [];
  for (const candidate of new Set(candidates)) {
    const folded = candidate.toLowerCase();
    if (folded.startsWith(wanted)) prefixed.push(candidate);
    else if (folded.includes(wanted)) containing.push(candidate);
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...prefixed.sort(byText), ...containing.sort(byText)].slice(0, Math.max(0, limit));
}
