// An ad-hoc query's unit guessed from its metric names' suffixes, and the unit key's cycle.
import {describe, expect, it} from 'vitest';
import {guessUnit, nextUnit, unitCycle} from '../../source/prometheus/guess-unit.js';

describe('guessUnit', () => {
  it.each([
    ['rate(http_requests_total[5m])', 'perSecond'],
    ['sum by (job) (irate(nova_messages_total{job="x"}[1m]))', 'perSecond'],
    ['increase(http_requests_total[1h])', 'count'],
    ['http_requests_total', 'count'],
    ['histogram_quantile(0.99, sum by (le) (rate(nova_latency_seconds_bucket[5m])))', 'seconds'],
    ['rate(x_seconds_sum[5m]) / rate(x_seconds_count[5m])', 'seconds'],
    ['process_start_time_seconds', 'seconds'],
    ['rate(process_cpu_seconds_total[1m])', 'perSecond'],
    ['process_cpu_seconds_total', 'count'],
    ['process_resident_memory_bytes', 'bytes'],
    ['rate(node_network_receive_bytes_total[5m])', 'Bps'],
    ['node_filesystem_avail_ratio', 'percentunit'],
    ['up', 'count'],
  ] as const)('%s -> %s', (expr, unit) => {
    expect(guessUnit(expr)).toBe(unit);
  });
});

describe('the unit key', () => {
  it('steps through every unit and round', () => {
    expect(unitCycle.map(nextUnit)).toEqual([
      'seconds',
      'perSecond',
      'perMinute',
      'percent',
      'percentunit',
      'bytes',
      'Bps',
      'count',
    ]);
  });
});
