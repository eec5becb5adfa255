import {describe, expect, it} from 'vitest';
import {HttpResponseError} from '../../source/http/response-error.js';
import {HttpError, type RequestFn} from '../../source/http/types.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {loadFixture, replay} from './replay.js';

const window = {start: 1000, end: 1060, step: 15};

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('createPrometheusClient', () => {
  it('asks query_range for the window grid, passing the abort signal on', async () => {
    const request = replay(loadFixture('query-empty'));
    const signal = new AbortController().signal;
    await createPrometheusClient(request).queryRange('up', window, signal);
    expect(request.requests).toEqual([
      {
        method: 'GET',
        path: '/api/v1/query_range',
        query: {query: 'up', start: 1000, end: 1060, step: 15},
        signal,
      },
    ]);
  });

  it('reads a matrix into series, keeping gaps as missing timestamps', async () => {
    const fixture = loadFixture('query-range-matrix');
    const series = await createPrometheusClient(replay(fixture)).queryRange('x', window);
    const wire = (fixture.body as {data: {result: {values: [number, string][]}[]}}).data.result;
    expect(series.map((one) => one.labels['queue_type'])).toEqual(['failed', 'pending', 'retry']);
    expect(series[1]?.labels).toEqual({
      __name__: 'message_queue_depth',
      instance: expect.stringMatching(/^127\.0\.0\.1:\d+$/) as string,
      job: 'nova',
      queue_type: 'pending',
    });
    const times = wire[1]?.values.map(([time]) => time) ?? [];
    expect(series[1]?.samples).toEqual(times.map((time) => [time, 120]));
    // The capture had a scrape outage: some one-second steps are missing, not zero.
    const steps = times.slice(1).map((time, index) => time - (times[index] ?? 0));
    expect(Math.max(...steps)).toBeGreaterThan(1);
  });

  it('parses NaN and the infinities in instant and range answers', async () => {
    const expected = [
      ['+Inf', Number.POSITIVE_INFINITY],
      ['-Inf', Number.NEGATIVE_INFINITY],
      ['NaN', Number.NaN],
      ['finite', 42],
    ];
    const instant = await createPrometheusClient(replay(loadFixture('query-special-values'))).query(
      'x',
      1,
    );
    expect(instant.map((sample) => [sample.labels['case'], sample.value])).toEqual(expected);
    const range = await createPrometheusClient(
      replay(loadFixture('query-range-special-values')),
    ).queryRange('x', window);
    expect(range.map((series) => [series.labels['case'], series.samples[0]?.[1]])).toEqual(
      expected,
    );
  });

  it('reads a vector, a scalar and an empty result', async () => {
    const vector = await createPrometheusClient(replay(loadFixture('query-vector'))).query('x', 1);
    const shares = vector.map((sample) => sample.value / (vector[0]?.value ?? 1));
    // The exporter adds errors as connection_lost 2, decode 2, send_failed 3, timeout 5 per scrape.
    expect(vector.map((sample) => sample.labels['error_type'])).toEqual([
      'connection_lost',
      'decode',
      'send_failed',
      'timeout',
    ]);
    expect(shares.map((share) => share.toFixed(6))).toEqual([
      '1.000000',
      '1.000000',
      '1.500000',
      '2.500000',
    ]);
    const scalar = await createPrometheusClient(replay(loadFixture('query-scalar'))).query(
      '1+1',
      1,
    );
    expect(scalar).toEqual([{labels: {}, timestamp: scalar[0]?.timestamp, value: 2}]);
    const empty = await createPrometheusClient(replay(loadFixture('query-empty'))).queryRange(
      'x',
      window,
    );
    expect(empty).toEqual([]);
  });

  it('keeps very long and hostile label values intact (sanitizing is the view’s job)', async () => {
    const samples = await createPrometheusClient(replay(loadFixture('query-hostile-labels'))).query(
      'x',
      1,
    );
    expect(samples[0]?.labels['long']?.length).toBe(7_000);
    expect(samples[1]?.labels['escape']).toBe('\x1b[31mred\x1b[0m \x1b]52;c;aGk=\x07 \u202eevil');
  });

  it.each([
    [
      'error-bad-data',
      400,
      'bad_data',
      'invalid parameter "query": 1:30: parse error: unclosed left parenthesis',
    ],
    [
      'error-too-many-points',
      400,
      'bad_data',
      'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)',
    ],
  ])(
    'turns %s into a prometheus error with its own message',
    async (name, status, errorType, message) => {
      const error = await failure(createPrometheusClient(replay(loadFixture(name))).query('x', 1));
      expect([error.kind, error.status, error.errorType, error.message]).toEqual([
        'prometheus',
        status,
        errorType,
        message,
      ]);
    },
  );

  it('turns a 422 execution error into a prometheus error', async () => {
    const error = await failure(
      createPrometheusClient(replay(loadFixture('error-execution'))).query('x', 1),
    );
    expect([error.kind, error.status, error.errorType]).toEqual(['prometheus', 422, 'execution']);
    expect(error.message).toMatch(/many-to-many matching not allowed/);
  });

  it('also reads status "error" in a 200 answer (some proxies do that)', async () => {
    const body = {
      status: 'error',
      errorType: 'timeout',
      error: 'query timed out in expression evaluation',
    };
    const request: RequestFn = async () => ({status: 200, data: body, bytes: 1});
    const error = await failure(createPrometheusClient(request).query('x', 1));
    expect([error.kind, error.status, error.errorType, error.message]).toEqual([
      'prometheus',
      200,
      'timeout',
      'query timed out in expression evaluation',
    ]);
  });

  it('calls unexpected payloads malformed', async () => {
    const answering =
      (data: unknown): RequestFn =>
      async () => ({status: 200, data, bytes: 1});
    const cases = [
      [answering('<html>'), 'the answer is not a Prometheus API response'],
      [
        answering({status: 'success', data: {resultType: 'vector', result: []}}),
        'a range query did not return a matrix',
      ],
      [answering({status: 'success'}), 'a range query did not return a matrix'],
    ] as const;
    for (const [request, what] of cases) {
      const error = await failure(createPrometheusClient(request).queryRange('x', window));
      expect([error.kind, error.message]).toEqual([
        'malformed',
        `Prometheus sent an unexpected answer: ${what}`,
      ]);
    }
  });

  it('leaves other failures as they are', async () => {
    const proxyError = new HttpResponseError(
      'HTTP 502 Bad Gateway from proxy:8080',
      502,
      'bad gateway',
    );
    const refused = new HttpError('unreachable', 'cannot reach 127.0.0.1:9: connection refused');
    for (const thrown of [proxyError, refused]) {
      const request: RequestFn = () => Promise.reject(thrown);
      expect(await failure(createPrometheusClient(request).query('x', 1))).toBe(thrown);
    }
  });
});
