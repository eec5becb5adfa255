import {describe, expect, it} from 'vitest';
import {HttpResponseError} from '../../source/http/response-error.js';
import {HttpError, type RequestFn} from '../../source/http/types.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {backends, loadFixture, replay, type Backend} from './replay.js';

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
        // Query answers are read in slices and cut to the top series (result-scan.ts).
        readBody: expect.any(Function) as unknown,
        signal,
      },
    ]);
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

/** What each backend answers differently to the same recorded requests (see prometheus/backend.ts). */
const answers: Readonly<
  Record<
    Backend,
    {
      readonly specialCases: readonly string[];
      readonly errors: Readonly<Record<string, readonly [number, string, string | RegExp]>>;
    }
  >
> = {
  prometheus: {
    specialCases: ['+Inf', '-Inf', 'NaN', 'finite'],
    errors: {
      'error-bad-data': [
        400,
        'bad_data',
        'invalid parameter "query": 1:30: parse error: unclosed left parenthesis',
      ],
      'error-execution': [
        422,
        'execution',
        /^found duplicate series for the match group .*;many-to-many matching not allowed/,
      ],
      'error-too-many-points': [
        400,
        'bad_data',
        'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)',
      ],
    },
  },
  // VictoriaMetrics drops NaN results, answers every error with 422 and its errorType "422", and
  // wraps the reason in `error when executing query=… for (…): `, which the client takes off.
  'victoria-metrics': {
    specialCases: ['+Inf', '-Inf', 'finite'],
    errors: {
      'error-bad-data': [
        422,
        'execution',
        'argList: unexpected token ""; want ",", ")"; unparsed data: ""',
      ],
      'error-execution': [
        422,
        'execution',
        /^cannot evaluate "ws_errors_total \+ on \(\) ws_messages_sent_total": duplicate time series on the left side of \+ on \(\): /,
      ],
      'error-too-many-points': [
        422,
        'execution',
        /^too many points for the given step=100, start=\d+ and end=\d+: 60001; cannot exceed -search\.maxPointsPerTimeseries=30000$/,
      ],
    },
  },
};

const caseValues: Readonly<Record<string, number>> = {
  '+Inf': Number.POSITIVE_INFINITY,
  '-Inf': Number.NEGATIVE_INFINITY,
  NaN: Number.NaN,
  finite: 42,
};

describe.each(backends)('the answers recorded from the real %s', (backend) => {
  const client = (name: string) => createPrometheusClient(replay(loadFixture(name, backend)));
  const expected = answers[backend];

  it('reads a matrix into series, keeping gaps as missing timestamps', async () => {
    const fixture = loadFixture('query-range-matrix', backend);
    const series = (await client('query-range-matrix').queryRange('x', window)).series;
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
    const rows = expected.specialCases.map((name) => [name, caseValues[name]]);
    const instant = (await client('query-special-values').query('x', 1)).samples;
    expect(instant.map((sample) => [sample.labels['case'], sample.value])).toEqual(rows);
    const range = (await client('query-range-special-values').queryRange('x', window)).series;
    expect(range.map((series) => [series.labels['case'], series.samples[0]?.[1]])).toEqual(rows);
  });

  it('reads a vector, a scalar and an empty result', async () => {
    const vector = (await client('query-vector').query('x', 1)).samples;
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
    // Prometheus answers `1 + 1` with a scalar, VictoriaMetrics with a label-less vector.
    const scalar = (await client('query-scalar').query('1+1', 1)).samples;
    expect(scalar).toEqual([{labels: {}, timestamp: scalar[0]?.timestamp, value: 2}]);
    expect((await client('query-empty').queryRange('x', window)).series).toEqual([]);
  });

  it('keeps very long and hostile label values intact (sanitizing is the view’s job)', async () => {
    const samples = (await client('query-hostile-labels').query('x', 1)).samples;
    const labels = (name: string) => samples.find((sample) => name in sample.labels)?.labels[name];
    expect(labels('long')?.length).toBe(7_000);
    expect(labels('escape')).toBe('\x1b[31mred\x1b[0m \x1b]52;c;aGk=\x07 \u202eevil');
  });

  it.each(Object.keys(expected.errors))(
    'turns %s into a prometheus error with the reason it gives',
    async (name) => {
      const [status, errorType, message] = expected.errors[name] ?? [0, '', ''];
      const error = await failure(client(name).query('x', 1));
      expect([error.kind, error.status, error.errorType]).toEqual([
        'prometheus',
        status,
        errorType,
      ]);
      if (typeof message === 'string') expect(error.message).toBe(message);
      else expect(error.message).toMatch(message);
    },
  );
});
