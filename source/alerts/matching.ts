// Matching label sets against AlertManager matchers, with AlertManager's semantics: a regex is
// anchored at both ends (`^(?:re)$`), and a label the alert lacks has the value "".
import type {Labels} from '../prometheus/types.js';
import type {Matcher} from './types.js';

export type LabelTest = (labels: Labels) => boolean;

/**
 * Compiles a Go (RE2) regex as AlertManager would use it. Leading flag groups such as `(?i)` are
 * common in matchers and JavaScript only takes flags outside the pattern, so they are moved there.
 * Returns an error message when JavaScript cannot compile it.
 */
export function compileRegex(source: string): RegExp | string {
  const flagGroup = /^\(\?([imsU]+)\)/.exec(source);
  const goFlags = flagGroup?.[1] ?? '';
  if (goFlags.includes('U')) return 'the (?U) flag is not supported';
  const body = flagGroup === null ? source : source.slice(flagGroup[0].length);
  try {
    return new RegExp(`^(?:${body})$`, [...new Set(goFlags)].join(''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return reason.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
  }
}

/** A matcher as a predicate; a regex JavaScript cannot compile matches nothing. */
export function compileMatcher(matcher: Matcher): LabelTest {
  // Own properties only: a matcher on `__proto__` or `constructor` must not see Object's.
  const valueOf = (labels: Labels): string =>
    Object.hasOwn(labels, matcher.name) ? (labels[matcher.name] ?? '') : '';
  switch (matcher.operator) {
    case '=':
      return (labels) => valueOf(labels) === matcher.value;
    case '!=':
      return (labels) => valueOf(labels) !== matcher.value;
    case '=~':
    case '!~': {
      const regex = compileRegex(matcher.value);
      if (typeof regex === 'string') return () => false;
      const wanted = matcher.operator === '=~';
      return (labels) => regex.test(valueOf(labels)) === wanted;
    }
  }
}

/** All matchers must match (AlertManager ANDs them); an empty list matches everything. */
export function compileMatchers(matchers: readonly Matcher[]): LabelTest {
  const tests = matchers.map(compileMatcher);
  return (labels) => tests.every((test) => test(labels));
}

export function matchesAll(labels: Labels, matchers: readonly Matcher[]): boolean {
  return compileMatchers(matchers)(labels);
}

/** Whether a matcher accepts a label the alert does not have (AlertManager refuses silences
 * whose every matcher does). */
export function matchesEmpty(matcher: Matcher): boolean {
  return compileMatcher(matcher)({});
}
