import {describe, expect, it} from 'vitest';
import type {VariableScope} from '../../source/dashboards/variable-spec.js';
import {interpolate, usedVariables} from '../../source/prometheus/interpolate.js';
import {
  formatVariable,
  promqlRegexEscape,
  regexEscape,
} from '../../source/prometheus/variable-formats.js';

const scope: VariableScope = {
  job: {values: ['node']},
  jobname: {values: ['long-name']},
  instance: {values: ['10.0.0.1:9100', '10.0.0.2:9100'], texts: ['one', 'two']},
  all: {values: ['a.b', 'c'], isAll: true},
  custom: {values: ['x', 'y'], isAll: true, allValue: '.*'},
  quote: {values: [`it's "q"`]},
};

describe('interpolate: the syntaxes', () => {
  it.each([
    ['up{job="$job"}', 'up{job="node"}'],
    ['up{job="${job}"}', 'up{job="node"}'],
    ['up{job="[[job]]"}', 'up{job="node"}'],
    ['up{job=~"${instance:pipe}"}', 'up{job=~"10.0.0.1:9100|10.0.0.2:9100"}'],
    ['up{job=~"[[instance:csv]]"}', 'up{job=~"10.0.0.1:9100,10.0.0.2:9100"}'],
    // The longest name wins; a name nobody declared stays as written.
    ['$jobname / $job', 'long-name / node'],
    ['$jobs $unknown ${nope:csv} [[nothing]]', '$jobs $unknown ${nope:csv} [[nothing]]'],
    ['up{job="$job",x="$job"}', 'up{job="node",x="node"}'],
    ['no variables here', 'no variables here'],
    // label_replace's `$1` is no variable.
    [
      'label_replace(up{job="$job"}, "h", "$1", "instance", "(.*):.*")',
      'label_replace(up{job="node"}, "h", "$1", "instance", "(.*):.*")',
    ],
    // An unknown format writes the Prometheus default.
    ['${instance:nosuch}', '(10\\\\.0\\\\.0\\\\.1:9100|10\\\\.0\\\\.0\\\\.2:9100)'],
  ])('%s -> %s', (expr, expected) => {
    expect(interpolate(expr, scope)).toBe(expected);
  });

  it('writes values in a default format when asked (a variable regex: regex)', () => {
    expect(interpolate('/$instance|${job:csv}/', scope, 'regex')).toBe(
      '/(10\\.0\\.0\\.1:9100|10\\.0\\.0\\.2:9100)|node/',
    );
  });

  it('writes a value that names a built-in as that built-in', () => {
    const withAuto: VariableScope = {
      interval: {values: ['$__auto_interval_interval']},
      __auto_interval_interval: {values: ['2m']},
    };
    expect(interpolate('rate(x[$interval])', withAuto)).toBe('rate(x[2m])');
  });

  it('names the variables a query uses, among the declared ones', () => {
    const names = new Set(['job', 'instance', 'node']);
    const used = usedVariables('up{job="$job",i=~"${instance:regex}",n="[[node]]"} $other', names);
    expect([...used]).toEqual(['job', 'instance', 'node']);
  });
});

describe('formatVariable: Prometheus default', () => {
  it.each<[string, VariableScope[string], string]>([
    ['one value as it is', {values: ['a.b']}, 'a.b'],
    ['several, escaped for a PromQL string', {values: ['a.b', 'c|d']}, '(a\\\\.b|c\\\\|d)'],
    ['All with allValue: that, raw', {values: ['a', 'b'], isAll: true, allValue: '.+'}, '.+'],
    ['All without: every value', {values: ['a', 'b.c'], isAll: true}, '(a|b\\\\.c)'],
    ['All of one value: escaped', {values: ['b.c'], isAll: true}, 'b\\\\.c'],
    ['no value: empty', {values: []}, ''],
  ])('%s', (_name, value, expected) => {
    expect(formatVariable(value, 'v')).toBe(expected);
  });

  it('escapes exactly as Grafana does', () => {
    expect(promqlRegexEscape(`a\\b$^*{}[]'+?.()|`)).toBe(
      `a\\\\\\\\b\\\\$\\\\^\\\\*\\\\{\\\\}\\\\[\\\\]\\\\'\\\\+\\\\?\\\\.\\\\(\\\\)\\\\|`,
    );
    expect(regexEscape('a.b/c(d)')).toBe('a\\.b\\/c\\(d\\)');
  });
});

describe('formatVariable: the formats', () => {
  const many = {values: ['a.b', `c'd"`], texts: ['A', 'C']};
  const single = {values: ['a.b'], texts: ['A']};
  it.each([
    ['regex', '(a\\.b|c\'d")', 'a\\.b'],
    ['pipe', `a.b|c'd"`, 'a.b'],
    ['csv', `a.b,c'd"`, 'a.b'],
    ['raw', `a.b,c'd"`, 'a.b'],
    ['json', `["a.b","c'd\\""]`, '"a.b"'],
    ['glob', `{a.b,c'd"}`, 'a.b'],
    ['distributed', `a.b,v=c'd"`, 'a.b'],
    ['doublequote', `"a.b","c'd\\""`, '"a.b"'],
    ['singlequote', `'a.b','c\\'d"'`, "'a.b'"],
    ['sqlstring', `'a.b','c''d"'`, "'a.b'"],
    ['text', 'A + C', 'A'],
    ['queryparam', "var-v=a.b&var-v=c'd%22", 'var-v=a.b'],
    ['percentencode', 'a.b%2Cc%27d%22', 'a.b'],
    ['lucene', '("a.b" OR "c\'d\\"")', 'a.b'],
  ])('%s', (format, several, one) => {
    expect(formatVariable(many, 'v', format)).toBe(several);
    expect(formatVariable(single, 'v', format)).toBe(one);
  });

  it('writes a custom All value raw, but as text', () => {
    const all = {values: ['x'], isAll: true, allValue: '.*'};
    expect(formatVariable(all, 'v', 'regex')).toBe('.*');
    expect(formatVariable(all, 'v', 'csv')).toBe('.*');
    expect(formatVariable(all, 'v', 'text')).toBe('All');
    expect(formatVariable(all, 'v', 'percentencode')).toBe('.%2A');
    expect(formatVariable({values: ['x', 'y'], isAll: true}, 'v', 'text')).toBe('All');
  });
});
