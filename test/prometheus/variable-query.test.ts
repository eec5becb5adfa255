import {describe, expect, it} from 'vitest';
import {
  parseVariableQuery,
  queryResultText,
  seriesText,
} from '../../source/prometheus/variable-query.js';
import {
  maxVariableOptions,
  sortOptions,
  variableOptions,
  variableRegex,
} from '../../source/prometheus/variable-options.js';

describe('parseVariableQuery', () => {
  it.each([
    ['label_values(job)', {kind: 'labelValues', label: 'job'}],
    ['label_values(up, instance)', {kind: 'labelValues', label: 'instance', match: 'up'}],
    [
      'label_values(up{job=~"$job", a=","},instance)',
      {kind: 'labelValues', label: 'instance', match: 'up{job=~"$job", a=","}'},
    ],
    [
      ' label_values({__name__=~"node_.*"}, job) ',
      {kind: 'labelValues', label: 'job', match: '{__name__=~"node_.*"}'},
    ],
    ['label_names()', {kind: 'labelNames'}],
    ['label_names(up)', {kind: 'labelNames', match: 'up'}],
    ['metrics(node_cpu.*)', {kind: 'metrics', regex: 'node_cpu.*'}],
    [
      'query_result(topk(3, sum by (job) (up)))',
      {kind: 'queryResult', expr: 'topk(3, sum by (job) (up))'},
    ],
    ['up{job="x"}', {kind: 'series', match: 'up{job="x"}'}],
    ['   ', undefined],
  ])('%s', (text, query) => {
    expect(parseVariableQuery(text)).toEqual(query);
  });

  it('writes series and query results as Grafana lists them', () => {
    const labels = {__name__: 'up', job: 'node', instance: 'a:1'};
    expect(seriesText(labels)).toBe('up{job="node",instance="a:1"}');
    expect(queryResultText(labels, 1, 1_700_000_000.5)).toBe(
      'up{job="node",instance="a:1"} 1 1700000000500',
    );
    expect(queryResultText({}, Number.NaN, 1)).toBe('{} NaN 1000');
    expect(queryResultText({}, Infinity, 1)).toBe('{} +Inf 1000');
  });
});

describe('variableOptions: regex', () => {
  const values = ['10.0.0.1:9100', '10.0.0.2:9100', 'host-a:9100', '10.0.0.1:9100'];
  const texts = (regex: string | undefined, sort?: number) =>
    variableOptions(values, regex, sort).map((option) => `${option.text}=${option.value}`);

  it.each([
    [
      undefined,
      ['10.0.0.1:9100=10.0.0.1:9100', '10.0.0.2:9100=10.0.0.2:9100', 'host-a:9100=host-a:9100'],
    ],
    // A plain regex must match the whole value; the capture group is the value.
    ['10\\..*', ['10.0.0.1:9100=10.0.0.1:9100', '10.0.0.2:9100=10.0.0.2:9100']],
    ['/(.*):9100/', ['10.0.0.1=10.0.0.1', '10.0.0.2=10.0.0.2', 'host-a=host-a']],
    ['/HOST/i', ['host-a:9100=host-a:9100']],
    ['/(?<text>[^:]+):(?<value>\\d+)/', ['10.0.0.1=9100']],
    ['/(?<value>[^:]+)/', ['10.0.0.1=10.0.0.1', '10.0.0.2=10.0.0.2', 'host-a=host-a']],
    // A global regex with a group gives each match.
    ['/(\\d+)\\./g', ['10=10', '0=0']],
  ])('%s', (regex, expected) => {
    expect(texts(regex)).toEqual(expected);
  });

  it('refuses a bad regex with its own message', () => {
    expect(() => variableRegex('/(/')).toThrow(/Invalid regular expression/);
    expect(() => variableRegex('/a/q')).toThrow("'/a/q' is not a valid regular expression");
  });

  it('sanitizes the texts, not the values, and keeps at most 10,000', () => {
    expect(variableOptions(['a\u001b[31mb'], undefined)).toEqual([
      {text: 'ab', value: 'a\u001b[31mb'},
    ]);
    const many = Array.from({length: maxVariableOptions + 5}, (_, index) => `v${index}`);
    expect(variableOptions(many, undefined)).toHaveLength(maxVariableOptions);
  });
});

describe('sortOptions', () => {
  const options = ['b10', 'a2', 'B1', 'a10', 'c'].map((text) => ({text, value: text}));
  it.each([
    [0, ['b10', 'a2', 'B1', 'a10', 'c']],
    [1, ['B1', 'a10', 'a2', 'b10', 'c']],
    [2, ['c', 'b10', 'a2', 'a10', 'B1']],
    [3, ['c', 'B1', 'a2', 'b10', 'a10']],
    [4, ['a10', 'b10', 'a2', 'B1', 'c']],
    [5, ['a10', 'a2', 'B1', 'b10', 'c']],
    [6, ['c', 'b10', 'B1', 'a2', 'a10']],
    [7, ['a2', 'a10', 'B1', 'b10', 'c']],
    [8, ['c', 'b10', 'B1', 'a10', 'a2']],
  ])('sort %i', (sort, expected) => {
    expect(sortOptions(options, sort).map((option) => option.text)).toEqual(expected);
  });
});
