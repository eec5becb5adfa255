import {describe, expect, it} from 'vitest';
import {matchesAll, matchesEmpty} from '../../source/alerts/matching.js';
import type {Labels} from '../../source/prometheus/types.js';
import {parseMatchers} from '../../source/alerts/matchers.js';

function matches(text: string, labels: Labels): boolean {
  const parsed = parseMatchers(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return matchesAll(labels, parsed.value);
}

describe('matching labels against matchers, as AlertManager does', () => {
  it.each<[string, Labels, boolean]>([
    ['foo="bar"', {foo: 'bar'}, true],
    ['foo="bar"', {foo: 'baz'}, false],
    ['foo="bar"', {}, false],
    // A missing label has the value "".
    ['foo=""', {}, true],
    ['foo!="bar"', {}, true],
    ['foo!="bar"', {foo: 'bar'}, false],
    // Regexes are anchored at both ends.
    ['foo=~"b.*"', {foo: 'bcd'}, true],
    ['foo=~"b.*"', {foo: 'abc'}, false],
    ['foo=~"ab"', {foo: 'xaby'}, false],
    ['foo=~"a|b"', {foo: 'b'}, true],
    ['foo=~"a|b"', {foo: 'ab'}, false],
    ['foo!~"b.*"', {foo: 'bcd'}, false],
    ['foo!~"b.*"', {}, true],
    ['foo=~"(?i)critical"', {foo: 'CRITICAL'}, true],
    ['foo=~"critical"', {foo: 'CRITICAL'}, false],
    ['foo=~"\\\\d+"', {foo: '9464'}, true],
    // Go's RE2 syntax, which JavaScript reads differently or not at all.
    ['foo=~"[[:alpha:]]+"', {foo: 'Inject'}, true],
    ['foo=~"\\\\pL+"', {foo: 'Été'}, true],
    ['foo=~"\\\\x{49}nject.*"', {foo: 'InjectFault'}, true],
    ['foo=~"\\\\QInject\\\\E.*"', {foo: 'InjectFault'}, true],
    ['foo=~"(?U)a+"', {foo: 'aaa'}, true],
    // `.` stops at a newline unless (?s) says otherwise, as in Go.
    ['foo=~".*"', {foo: 'a\nb'}, false],
    ['foo=~"(?s).*"', {foo: 'a\nb'}, true],
    // Every matcher must hold.
    ['{a="1", b="2"}', {a: '1', b: '2'}, true],
    ['{a="1", b="2"}', {a: '1', b: '3'}, false],
    ['{}', {a: '1'}, true],
    // Names of Object's own properties are ordinary label names.
    ['constructor=""', {}, true],
    ['"__proto__"="x"', JSON.parse('{"__proto__": "x"}') as Labels, true],
    ['"__proto__"=~".+"', {}, false],
  ])('%s with %j: %s', (text, labels, expected) => {
    expect(matches(text, labels)).toBe(expected);
  });

  it('says which matchers accept an absent label', () => {
    expect(matchesEmpty({name: 'a', operator: '=~', value: '.*'})).toBe(true);
    expect(matchesEmpty({name: 'a', operator: '!=', value: 'x'})).toBe(true);
    expect(matchesEmpty({name: 'a', operator: '=~', value: '.+'})).toBe(false);
    expect(matchesEmpty({name: 'a', operator: '=', value: 'x'})).toBe(false);
  });
});
