import {describe, expect, it} from 'vitest';
import {compileRegex, escapeRegex, type LabelRegex} from '../../source/alerts/re2.js';

function test(source: string, value: string): boolean {
  const regex = compileRegex(source);
  if (!regex.ok) throw new Error(regex.error);
  return regex.test(value);
}

describe('compileRegex: RE2 as AlertManager anchors it', () => {
  it.each<[string, string, boolean]>([
    // Anchored at both ends: `^(?:re)$`.
    ['Inject', 'Inject', true],
    ['Inject', 'InjectFault', false],
    ['Inject.*', 'InjectFault', true],
    ['a|b', 'ab', false],
    ['', '', true],
    // POSIX classes, Unicode classes, \x{…} and \Q…\E are Go syntax JavaScript reads otherwise.
    ['[[:alpha:]]+', 'Inject', true],
    ['[[:alpha:]]+', 'Inject1', false],
    ['\\pL+', 'Ünïcode', true],
    ['\\p{Greek}+', 'αβγ', true],
    ['\\x{49}nject.*', 'InjectFault', true],
    ['\\QInject\\E.*', 'InjectFault', true],
    ['\\Q.*\\E', 'x', false],
    // Flags inside the pattern.
    ['(?i)critical', 'CRITICAL', true],
    ['critical', 'CRITICAL', false],
    ['(?U)a+', 'aaa', true],
    ['a(?i:b)c', 'aBc', true],
    ['a(?i:b)c', 'aBC', false],
    // `.` is one code point and stops at a newline unless (?s); `$` is the end of the text.
    ['.', '😀', true],
    ['.*', 'a\nb', false],
    ['(?s).*', 'a\nb', true],
    ['a$', 'a\n', false],
  ])('%s against %j: %s', (source, value, expected) => {
    expect(test(source, value)).toBe(expected);
  });

  it('matches a catastrophic pattern against a 10,000-character label in linear time', () => {
    // A backtracking engine takes seconds at 16 characters and ten times longer per two more.
    const long = 'a'.repeat(10_000);
    expect(test('(.*.*)*X', long)).toBe(false);
    expect(test('(.*.*)*X', `${long}X`)).toBe(true);
    expect(test('(a|a)*b', long)).toBe(false);
    expect(test('(a+)+$', `${long}!`)).toBe(false);
  });

  it.each<[string, string]>([
    ['(', 'missing closing )'],
    ['(abc', 'missing closing )'],
    ['[', 'missing closing ]'],
    ['x[a', 'missing closing ] at position 2: [a'],
    ['a)', 'unexpected )'],
    // Valid once anchored (`^(?:a)|(b)$`), but AlertManager refuses a silence with it.
    ['a)|(b', 'unexpected )'],
    ['a{1001}', 'invalid repeat count at position 2: {1001}'],
    ['x**', 'invalid nested repetition operator at position 2: **'],
    ['[z-a]', 'invalid character class range at position 2: z-a'],
    ['\\8', 'invalid escape sequence'],
    // Look-behind and back-references are JavaScript's, not RE2's.
    ['(?<=a)b', 'invalid named capture'],
    ['(a)\\1', 'invalid escape sequence at position 4: \\1'],
  ])('refuses %s: %s', (source, error) => {
    expect(compileRegex(source)).toEqual<LabelRegex>({ok: false, error});
  });

  it('compiles a pattern once and keeps a bounded number of them', () => {
    const first = compileRegex('cached-pattern');
    expect(compileRegex('cached-pattern')).toBe(first);
    for (let index = 0; index < 300; index++) compileRegex(`other-${index}`);
    const again = compileRegex('cached-pattern');
    expect(again).not.toBe(first);
    expect(again.ok && again.test('cached-pattern')).toBe(true);
  });

  it('escapes text so that RE2 matches it literally', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(test(escapeRegex(text), text)).toBe(true);
    expect(test(escapeRegex('a.b'), 'axb')).toBe(false);
  });
});
