import {describe, expect, it} from 'vitest';
import {splitThreshold} from '../../../source/view-models/alerts/alert-chart.js';

describe('splitThreshold', () => {
  it.each([
    [
      'message_queue_depth{queue_type="failed"} > 500',
      {expr: 'message_queue_depth{queue_type="failed"}', value: 500, direction: 'above'},
    ],
    [
      'sum(rate(x[5m])) / sum(rate(y[5m])) * 100 >= 5',
      {expr: 'sum(rate(x[5m])) / sum(rate(y[5m])) * 100', value: 5, direction: 'above'},
    ],
    ['up{job="nova"} < 1', {expr: 'up{job="nova"}', value: 1, direction: 'below'}],
    [
      'histogram_quantile(0.95, sum by (le) (rate(h[5m]))) > bool 0.5',
      {expr: 'histogram_quantile(0.95, sum by (le) (rate(h[5m])))', value: 0.5, direction: 'above'},
    ],
    ['x > 1e3', {expr: 'x', value: 1000, direction: 'above'}],
    ['absent(up{job="nova"})', undefined],
    ['a > 5 and b > 3', undefined],
    ['(x > 1)', undefined],
  ] as const)('%s', (expr, expected) => {
    expect(splitThreshold(expr)).toEqual(expected);
  });
});
