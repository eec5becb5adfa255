// Incremental range queries against the real Prometheus and the real VictoriaMetrics: a tail merged into the cached answer is
// exactly what a full refetch of the same grid returns, for raw counters, rates, aggregations by
// label and `up` (the unit tests in test/store cover resets, gaps and series coming and going).
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {rangeWindow} from '../../source/prometheus/query.js';
import {createRangeCache, rangeCacheKey} from '../../source/store/range-cache.js';
import {
  backends,
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';

let stack: PrometheusWithExporter;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const expressions = [
  'messages_sent_total',
  'sum(rate(messages_sent_total[5m]))',
  'sum by (message_type) (rate(ws_messages_sent_total[5m]))',
  'up',
];

describe.each(backends)('a tail merged into the cache of %s', (backend) => {
  beforeAll(async () => {
    stack = await startPrometheusWithExporter('nova-top-incremental-', undefined, backend);
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('equals a full refetch of the same grid', async () => {
    const {client} = stack;
    // Points a couple of seconds old: every sample they depend on has been scraped.
    const time = {now: Date.now() - 2_000};
    const cache = createRangeCache({clock: () => time.now, lateMs: 0});
    const first = rangeWindow(time.now / 1000, 60, 60);
    for (const expr of expressions) {
      const key = rangeCacheKey(expr, first);
      cache.settle(key, first, first, (await client.queryRange(expr, first)).series);
    }
    await pause(3_000);
    time.now += 3_000;
    const next = rangeWindow(time.now / 1000, 60, 60);
    for (const expr of expressions) {
      const key = rangeCacheKey(expr, next);
      const fetched = cache.fetchWindow(key, next);
      expect(fetched).toEqual({start: first.end - 2, end: next.end, step: 1});
      const merged = cache.settle(
        key,
        next,
        fetched,
        (await client.queryRange(expr, fetched)).series,
      );
      expect(merged.length).toBeGreaterThan(0);
      expect(merged).toEqual((await client.queryRange(expr, next)).series);
    }
  }, 30_000);
});
