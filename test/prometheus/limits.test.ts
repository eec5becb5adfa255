// Oversized answers: a hostile or careless query returning tens of thousands of series, or more
// points than asked for, is refused or trimmed in the client, before any view sees it, and the
// correlation grid (quadratic in series) correlates only what the panel can show.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {PanelSpec} from '../../source/dashboards/spec.js';
import {createRequest} from '../../source/http/http.js';
import type {HttpResponse, RequestFn} from '../../source/http/types.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import type {QueryResult} from '../../source/store/panel-state.js';
import {correlationLines} from '../../source/view-models/correlation-view.js';
import {sendJson, startTestServer, type TestServer} from '../http/test-server.js';

const vector = (count: number) => ({
  status: 'success',
  data: {
    resultType: 'vector',
    result: Array.from({length: count}, (_, index) => ({
      metric: {__name__: 'up', instance: `host-${index}:9100`},
      value: [1_700_000_000, '1'],
    })),
  },
});

const answer = (data: unknown): RequestFn =>
  (async () => ({status: 200, data, bytes: 0}) satisfies HttpResponse) as RequestFn;

let server: TestServer;
beforeAll(async () => {
  const big = vector(150_000);
  server = await startTestServer((_, response) => sendJson(response, 200, big));
});
afterAll(() => server.close());

describe('oversized answers', () => {
  it.each([20_000, 1_001])(
    'refuses %i series with a message that says how to narrow',
    async (count) => {
      const client = createPrometheusClient(answer(vector(count)));
      await expect(client.query('up', 1)).rejects.toThrow(
        `the query returned ${count.toLocaleString('en-US')} series, over the limit of 1,000: narrow it with label matchers, topk() or sum by (…)`,
      );
    },
  );

  it('takes 1,000 series', async () => {
    const samples = await createPrometheusClient(answer(vector(1_000))).query('up', 1);
    expect(samples).toHaveLength(1_000);
  });

  it('refuses 150,000 series sent over HTTP without overflowing the stack', async () => {
    const client = createPrometheusClient(
      createRequest({url: server.url, headers: [], timeoutMs: 30_000}),
    );
    await expect(client.query('up', 1)).rejects.toThrow('the query returned 150,000 series');
  });

  it('keeps at most 11,000 points of a series, the newest', async () => {
    const values = Array.from({length: 12_000}, (_, index) => [index, String(index)]);
    const data = {status: 'success', data: {resultType: 'matrix', result: [{metric: {}, values}]}};
    const [series] = await createPrometheusClient(answer(data)).queryRange('x', {
      start: 0,
      end: 11_999,
      step: 1,
    });
    expect(series?.samples).toHaveLength(11_000);
    expect(series?.samples[0]).toEqual([1_000, 1_000]);
  });
});

describe('the correlation grid', () => {
  const spec: PanelSpec = {
    id: 'c',
    title: 'C',
    kind: 'correlation',
    unit: 'count',
    queries: [{expr: 'x', legend: 's{{i}}'}],
  };
  const results = (count: number): QueryResult[] => [
    {
      type: 'range',
      queryIndex: 0,
      window: {start: 0, end: 4, step: 1},
      series: Array.from({length: count}, (_, index) => ({
        labels: {i: String(index)},
        samples: [0, 1, 2, 3, 4].map((time) => [time, index * (time + 1)] as const),
      })),
    },
  ];

  it('correlates only the most active series that fit, and says how many it left out', () => {
    const lines = correlationLines(spec, results(1_000), {width: 40, height: 6});
    const text = lines.map((line) => line.map((part) => part.text).join(''));
    expect(text).toHaveLength(6);
    // The four with the largest latest values, in query order.
    expect(text[0]).toMatch(/s996 +s997 +s998 +s999 *$/);
    expect(text.slice(1, 5).map((line) => line.split(' ')[0])).toEqual([
      's996',
      's997',
      's998',
      's999',
    ]);
    expect(text[5]?.trimEnd()).toBe('+996 more series: narrow the query to see them');
  });
});
