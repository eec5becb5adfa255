// Matching label sets against AlertManager matchers, with AlertManager's semantics: a regex is
// RE2, anchored at both ends (`^(?:re)$`, see re2.ts), and a label the alert lacks has the value "".
import type {Labels} from '../prometheus/types.js';
import {compileRegex} from './re2.js';
import type {Matcher} from './types.js';

export type LabelTest = (labels: Labels) => boolean;

/** A matcher as a predicate; a regex RE2 cannot compile matches nothing (AlertManager refuses
 * such a silence, so only a hand-made recording or a hostile server can hold one). */
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
      if (!regex.ok) return () => false;
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
