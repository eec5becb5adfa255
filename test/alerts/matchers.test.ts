import {describe, expect, it} from 'vitest';
import {formatMatcher, formatMatchers, parseMatchers} from '../../source/alerts/matchers.js';
import type {Matcher} from '../../source/alerts/types.js';

const m = (name: string, operator: Matcher['operator'], value: string): Matcher => ({
  name,
  operator,
  value,
});

describe('parseMatchers', () => {
  it.each<[string, Matcher[]]>([
    ['foo="bar"', [m('foo', '=', 'bar')]],
    ['foo!="bar"', [m('foo', '!=', 'bar')]],
    ['foo=~"b.*"', [m('foo', '=~', 'b.*')]],
    ['foo!~"b.*"', [m('foo', '!~', 'b.*')]],
    ['{foo="bar", baz=~"qux"}', [m('foo', '=', 'bar'), m('baz', '=~', 'qux')]],
    ['{foo="bar",baz!="qux"}', [m('foo', '=', 'bar'), m('baz', '!=', 'qux')]],
    ['a="1" b="2"', [m('a', '=', '1'), m('b', '=', '2')]],
    ['  severity = "critical"  ', [m('severity', '=', 'critical')]],
    ['foo=bar', [m('foo', '=', 'bar')]],
    ['foo=', [m('foo', '=', '')]],
    ['foo=""', [m('foo', '=', '')]],
    ['foo="a,b c"', [m('foo', '=', 'a,b c')]],
    ['foo="say \\"hi\\""', [m('foo', '=', 'say "hi"')]],
    ['foo="back\\\\slash"', [m('foo', '=', 'back\\slash')]],
    ['foo="line\\nnext"', [m('foo', '=', 'line\nnext')]],
    ['foo=~"\\d+\\.\\d+"', [m('foo', '=~', '\\d+\\.\\d+')]],
    ['foo="{braces}"', [m('foo', '=', '{braces}')]],
    ['"my label"="x"', [m('my label', '=', 'x')]],
    ['{"service.name"=~"chat-.*"}', [m('service.name', '=~', 'chat-.*')]],
    ['{}', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(parseMatchers(text)).toEqual({ok: true, value: expected});
  });

  it.each([
    ['foo', 'expected =, !=, =~ or !~ after foo'],
    ['foo="bar" queue', 'expected =, !=, =~ or !~ after queue'],
    ['foo="bar', 'missing closing quote in "bar'],
    ['{foo="bar"', 'missing closing }'],
    ['foo="bar"}', 'unexpected }'],
    ['="x"', 'missing label name before ='],
    ['foo=~"("', 'invalid regex in foo=~"(": missing closing )'],
    [
      'foo=~"a{1001}"',
      'invalid regex in foo=~"a{1001}": invalid repeat count at position 2: {1001}',
    ],
    // JavaScript accepts these; Go's RE2, and so AlertManager, refuses them.
    ['foo=~"(?<=a)b"', 'invalid regex in foo=~"(?<=a)b": invalid named capture'],
    ['foo=~"\\1"', 'invalid regex in foo=~"\\\\1": invalid escape sequence'],
  ])('%s is refused: %s', (text, error) => {
    expect(parseMatchers(text)).toEqual({ok: false, error});
  });

  it('reads a bare word, when allowed, as a case-insensitive part of the alert name', () => {
    expect(parseMatchers('queue severity="warning"', {bareWords: true})).toEqual({
      ok: true,
      value: [m('alertname', '=~', '(?i).*queue.*'), m('severity', '=', 'warning')],
    });
    expect(parseMatchers('a.b', {bareWords: true})).toEqual({
      ok: true,
      value: [m('alertname', '=~', '(?i).*a\\.b.*')],
    });
  });
});

describe('formatMatcher', () => {
  it.each<[Matcher, string]>([
    [m('foo', '=', 'bar'), 'foo="bar"'],
    [m('_x9', '!=', ''), '_x9!=""'],
    [m('foo', '=~', 'chat-.*'), 'foo=~"chat-.*"'],
    [m('foo', '!~', '\\d+'), 'foo!~"\\\\d+"'],
    [m('foo', '=', 'say "hi"'), 'foo="say \\"hi\\""'],
    [m('foo', '=', 'line\nnext'), 'foo="line\\nnext"'],
    // Quoted only when not a classic name: AlertManager before 0.27 rejects quoted names.
    [m('my label', '=', 'x'), '"my label"="x"'],
    [m('service.name', '=', 'x'), '"service.name"="x"'],
    [m('9lives', '=', 'x'), '"9lives"="x"'],
    [m('été', '=', 'x'), '"été"="x"'],
  ])('%j -> %s', (matcher, text) => {
    expect(formatMatcher(matcher)).toBe(text);
  });

  it('writes a list in braces, the form AlertManager prints', () => {
    expect(formatMatchers([m('a', '=', '1'), m('b', '=~', '2|3')])).toBe('{a="1", b=~"2|3"}');
    expect(formatMatchers([])).toBe('{}');
  });

  it('reads back what it writes', () => {
    const matchers = [
      m('alertname', '=', 'CriticalWebSocketErrorRate'),
      m('instance', '!~', 'chat-\\d+:9464'),
      m('odd name', '!=', 'a "quoted"\\ value\nover lines, with commas'),
    ];
    expect(parseMatchers(formatMatchers(matchers))).toEqual({ok: true, value: matchers});
  });
});
