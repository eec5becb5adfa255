// Incremental range queries against the real Prometheus: a tail merged into the cached answer is
// exactly what a full refetch of the same grid returns, for raw counters, rates, aggregations by
// label and `up` (the unit tests in test/store cover resets, gaps and series coming and going).
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createRequest} from '../../source/http/http.js';
import {createPrometheusClient, type PrometheusClient} from '../../source/prometheus/client.js';
import {rangeWindow} from '../../source/prometheus/query.js';
import {createRangeCache, rangeCacheKey} from '../../source/store/range-cache.js';
import {startPrometheus, type ServerHandle} from '../../stack/servers.js';
import {startExporter, type Exporter} from '../harness/exporter.js';

let exporter: Exporter;
let prometheus: ServerHandle;
let client: PrometheusClient;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  exporter = await startExporter();
  prometheus = await startPrometheus({
    configYaml: `global: {scrape_interval: 1s}
scrape_configs:
  - job_name: nova
    static_configs: [{targets: ['${exporter.target}']}]
`,
  });
  client = createPrometheusClient(
    createRequest({url: prometheus.url, headers: [], timeoutMs: 5_000}),
  );
  for (let tries = 0; tries < 60; tries++) {
    const up = await client.query('count_over_time(up[1m])', Date.now() / 1000);
    if ((up[0]?.value ?? 0) >= 4) return;
    await pause(500);
  }
  throw new Error('Prometheus did not scrape the exporter');
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
  await exporter?.stop();
});

const expressions = [
  'messages_sent_total',
  'sum(rate(messages_sent_total[5m]))',
  'sum by (message_type) (rate(ws_messages_sent_total[5m]))',
  'up',
];

describe('a tail merged into the cache', () => {
  it('equals a full refetch of the same grid', async () => {
    // Points a couple of seconds old: every sample they depend on has been scraped.
    const time = {now: Date.now() - 2_000};
    const cache = createRangeCache({clock: () => time.now, lateMs: 0});
    const first = rangeWindow(time.now / 1000, 60, 60);
    for (const expr of expressions) {
      const key = rangeCacheKey(expr, first);
      cache.settle(key, first, first, await client.queryRange(expr, first));
    }
    await pause(3_000);
    time.now += 3_000;
    const next = rangeWindow(time.now / 1000, 60, 60);
    for (const expr of expressions) {
      const key = rangeCacheKey(expr, next);
      const fetched = cache.fetchWindow(key, next);
      expect(fetched).toEqual({start: first.end - 2, end: next.end, step: 1});
      const merged = cache.settle(key, next, fetched, await client.queryRange(expr, fetched));
      expect(merged.length).toBeGreaterThan(0);
      expect(merged).toEqual(await client.queryRange(expr, next));
    }
  }, 30_000);
});
