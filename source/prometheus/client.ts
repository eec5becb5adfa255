// The Prometheus client: builds requests, narrows answers into domain types and turns
// Prometheus' own error payload into an HttpError of kind 'prometheus'. It takes the request
// function as a parameter, so tests pass recorded fixtures or a fake.
import {HttpError, type RequestFn} from '../http/types.js';
import {prometheusError, successEnvelope} from './backend.js';
import type {InstantSample, RangeWindow, Series} from './types.js';
import {maxPointsPerSeries} from './query.js';
import {narrowInstant, narrowMatrix} from './wire.js';

export type PrometheusClient = {
  /** `GET /api/v1/query_range` over the window's grid. */
  queryRange(expr: string, window: RangeWindow, signal?: AbortSignal): Promise<readonly Series[]>;
  /** `GET /api/v1/query` at `time` (unix seconds). */
  query(expr: string, time: number, signal?: AbortSignal): Promise<readonly InstantSample[]>;
};

/**
 * More series than this in one answer are refused with a message that says how to narrow the query:
 * no panel can show them, and drawing them would cost seconds per frame. Documented in the README.
 */
export const maxSeriesPerQuery = 1_000;

/** The answer's result array when it is over the limit, checked before anything is narrowed. */
function checkSeriesCount(data: unknown): unknown {
  const result = (data as {readonly result?: unknown} | null)?.result;
  if (Array.isArray(result) && result.length > maxSeriesPerQuery) {
    throw new HttpError(
      'malformed',
      `the query returned ${result.length.toLocaleString('en-US')} series, over the limit of ${maxSeriesPerQuery.toLocaleString('en-US')}: narrow it with label matchers, topk() or sum by (…)`,
    );
  }
  return data;
}

/**
 * At most Prometheus' own limit of points per series (a query_range never asks for more): a
 * server sending more cannot grow memory with them. The newest points are kept.
 */
const withinLimit = (series: readonly Series[]): readonly Series[] =>
  series.some((one) => one.samples.length > maxPointsPerSeries)
    ? series.map((one) =>
        one.samples.length > maxPointsPerSeries
          ? {...one, samples: one.samples.slice(-maxPointsPerSeries)}
          : one,
      )
    : series;

export function createPrometheusClient(request: RequestFn): PrometheusClient {
  const call = async (
    path: string,
    query: Record<string, string | number>,
    signal?: AbortSignal,
  ) => {
    try {
      const response = await request({method: 'GET', path, query, ...(signal ? {signal} : {})});
      return successData(response.data, response.status);
    } catch (error) {
      throw prometheusError(error);
    }
  };
  return {
    async queryRange(expr, window, signal) {
      const query = {query: expr, start: window.start, end: window.end, step: window.step};
      const data = checkSeriesCount(await call('/api/v1/query_range', query, signal));
      const series = narrowMatrix(data);
      if (series === undefined) throw unexpected('a range query did not return a matrix');
      return withinLimit(series);
    },
    async query(expr, time, signal) {
      const data = checkSeriesCount(await call('/api/v1/query', {query: expr, time}, signal));
      const samples = narrowInstant(data);
      if (samples === undefined) throw unexpected('an instant query did not return a vector');
      return samples;
    },
  };
}

function successData(body: unknown, status: number): unknown {
  const envelope = successEnvelope(body, status);
  if (envelope === undefined) throw unexpected('the answer is not a Prometheus API response');
  return envelope.data;
}

const unexpected = (what: string): HttpError =>
  new HttpError('malformed', `Prometheus sent an unexpected answer: ${what}`);
