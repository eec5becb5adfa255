// Oversized answers: a hostile or careless query returning tens of thousands of series, or more
// points than asked for, is cut to what a panel can use in the client, before any view sees it, and the
// correlation grid (quadratic in series) correlates only what the panel can show.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {PanelSpec} from '../../source/dashboards/spec.js';
import {createRequest} from '../../source/http/http.js';
import type {HttpResponse, RequestFn} from '../../source/http/types.js';
import {createPrometheusClient, withinSampleBudget} from '../../source/prometheus/client.js';
import type {QueryResult} from '../../source/store/panel-state.js';
import {correlationLines} from '../../source/view-models/correlation-view.js';
import {sendJson, startTestServer, type TestServer} from '../http/test-server.js';

const vector = (count: number) => ({
  status: 'success',
  data: {
    resultType: 'vector',
    result: Array.from({length: count}, (_, index) => ({
      metric: {__name__: 'up', instance: `host-${index}:9100`},
      value: [1_700_000_000, String(index)],
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
    'keeps the 1,000 series of highest value of %i and counts the rest',
    async (count) => {
      const {samples, omitted} = await createPrometheusClient(answer(vector(count))).query('up', 1);
      expect(samples).toHaveLength(1_000);
      expect(omitted).toBe(count - 1_000);
      // Values are the series' numbers: the highest thousand are the last, in answer order.
      expect(samples[0]?.labels['instance']).toBe(`host-${count - 1_000}:9100`);
      expect(samples.at(-1)?.labels['instance']).toBe(`host-${count - 1}:9100`);
    },
  );

  it('takes 1,000 series whole', async () => {
    const {samples, omitted} = await createPrometheusClient(answer(vector(1_000))).query('up', 1);
    expect(samples).toHaveLength(1_000);
    expect(omitted).toBe(0);
  });

  it('reads 150,000 series sent over HTTP in slices: the top 1,000 kept, the stack intact', async () => {
    const client = createPrometheusClient(
      createRequest({url: server.url, headers: [], timeoutMs: 30_000}),
    );
    const {samples, omitted} = await client.query('up', 1);
    expect(samples).toHaveLength(1_000);
    expect(omitted).toBe(149_000);
    expect(samples[0]?.labels['instance']).toBe('host-149000:9100');
  });

  it('keeps at most 11,000 points of a series, the newest', async () => {
    const values = Array.from({length: 12_000}, (_, index) => [index, String(index)]);
    const data = {status: 'success', data: {resultType: 'matrix', result: [{metric: {}, values}]}};
    const {series: [series] = []} = await createPrometheusClient(answer(data)).queryRange('x', {
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

describe('samples per range answer', () => {
  it('keeps the series of highest value now while they fit in 330,000 samples, and counts the rest', async () => {
    // 1,000 series of 400 points: 825 fit.
    const result = Array.from({length: 1_000}, (_, index) => ({
      metric: {instance: `host-${index}`},
      values: Array.from({length: 400}, (_, point) => [point, String(index)]),
    }));
    const data = {status: 'success', data: {resultType: 'matrix', result}};
    const {series, omitted} = await createPrometheusClient(answer(data)).queryRange('x', {
      start: 0,
      end: 399,
      step: 1,
    });
    expect(series).toHaveLength(825);
    expect(omitted).toBe(175);
    expect(series[0]?.labels['instance']).toBe('host-175');
    expect(series.at(-1)?.labels['instance']).toBe('host-999');
  });

  it('leaves an answer within the budget as it is', () => {
    const series = [{labels: {}, samples: [[1, 2] as const, [2, 3] as const]}];
    expect(withinSampleBudget(series, 2)).toBe(series);
    expect(withinSampleBudget(series, 1)).toEqual([]);
  });
});
