import {describe, expect, it} from 'vitest';
import {checkPromql} from '../../source/prometheus/promql-check.js';

// Each case: the query, then the span the problem points at (as the text it covers) and the message.
const problems: readonly (readonly [string, string, string])[] = [
  ['', '', 'the query is empty'],
  ['  # only a comment', '  # only a comment', 'the query is empty'],
  ['sum(rate(x[5m])', '(', 'this ( is never closed: a ) is missing'],
  ['up{job="a"', '{', 'this { is never closed: a } is missing'],
  ['x[5m', '[', 'this [ is never closed: a ] is missing'],
  ['sum(x))', ')', 'this ) closes nothing: there is no opening bracket for it'],
  ['(x]', ']', 'this ] does not close the open bracket: ) was expected here'],
  ['up{job="a}', '"a}', 'this string is never closed: add the closing "'],
  ["up{job='a}", "'a}", "this string is never closed: add the closing '"],
  ['foo(x)', 'foo', '"foo" is not a PromQL function'],
  ['sum(Rate(x[5m]))', 'Rate', '"Rate" is not a PromQL function'],
  ['up up', 'up', 'unexpected "up" after a complete expression'],
  ['sum(x) by (job) 3', '3', 'unexpected "3" after a complete expression'],
  ['x +', '+', 'the query ends too early: something must follow "+"'],
  ['sum(', '(', 'the query ends too early: something must follow "("'],
  ['up{job=', '=', 'the query ends too early: something must follow "="'],
  ['1 +* 2', '*', 'unexpected "*" here'],
  ['up{job="a" instance="b"}', 'instance', 'unexpected "instance" here'],
  ['rate(x)', 'x', 'rate() needs a range vector here: add a range such as [5m] after the selector'],
  ['rate()', 'rate()', 'rate() needs a range vector argument, as in rate(x[5m])'],
  [
    'quantile_over_time(0.9, x offset 1m)',
    'x offset 1m',
    'quantile_over_time() needs a range vector here: add a range such as [5m] after the selector',
  ],
  ['{}', '{}', 'a selector needs a metric name or a matcher that does not match the empty value'],
  [
    'sum({job=~".*"})',
    '{job=~".*"}',
    'a selector needs a metric name or a matcher that does not match the empty value',
  ],
];

const valid = [
  'up',
  '{job!=""}',
  'sum by (job) (rate(ws_errors_total{error_type=~"time.*"}[5m]))',
  'rate((x[5m]))',
  'rate(x[5m] offset 1m)',
  'max_over_time(rate(x[1m])[10m:1m])',
  'histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))',
  'x / on(job) group_left(instance) y',
  'up # a comment',
  'topk(3, up) @ end()',
];

describe('checkPromql', () => {
  it.each(problems)('%j: %j, %s', (query, span, message) => {
    const problem = checkPromql(query);
    expect(problem?.message).toBe(message);
    expect(query.slice(problem?.from, problem?.to)).toBe(span);
  });

  it.each(valid)('%j parses', (query) => {
    expect(checkPromql(query)).toBeUndefined();
  });

  it('shows no control character of the query in its message', () => {
    expect(checkPromql('up \u001b[31mred')?.message).toBe(
      'unexpected "\\u001b" after a complete expression',
    );
  });
});
