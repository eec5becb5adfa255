// The `/` filter of the alert list: AlertManager matchers (`severity="critical"`,
// `alertname=~"Message.*"`, `instance!="a"`, with or without braces), where a bare word matches
// part of the alert name, case-insensitively (see parseMatchers). Terms are ANDed.
import type {Labels} from '../prometheus/types.js';
import {compileMatchers} from './matching.js';
import {parseMatchers, type ParseResult} from './matchers.js';
import type {Matcher} from './types.js';

export function parseFilter(text: string): ParseResult<Matcher[]> {
  return parseMatchers(text, {bareWords: true});
}

/** Rows whose labels match every matcher; all rows for an empty filter. */
export function filterByMatchers<T extends {readonly labels: Labels}>(
  rows: readonly T[],
  matchers: readonly Matcher[],
): readonly T[] {
  if (matchers.length === 0) return rows;
  const test = compileMatchers(matchers);
  return rows.filter((row) => test(row.labels));
}
