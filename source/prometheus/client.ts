// The Prometheus client: builds requests, narrows answers into domain types and turns
// Prometheus' own error payload into an HttpError of kind 'prometheus'. It takes the request
// function as a parameter, so tests pass recorded fixtures or a fake.
import {HttpError, type RequestFn} from '../http/types.js';
import {prometheusError, successEnvelope} from './envelope.js';
import type {InstantSample, RangeWindow, Series} from './types.js';
import {narrowInstant, narrowMatrix} from './wire.js';

export type PrometheusClient = {
  /** `GET /api/v1/query_range` over the window's grid. */
  queryRange(expr: string, window: RangeWindow, signal?: AbortSignal): Promise<readonly Series[]>;
  /** `GET /api/v1/query` at `time` (unix seconds). */
  query(expr: string, time: number, signal?: AbortSignal): Promise<readonly InstantSample[]>;
};

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
      const series = narrowMatrix(await call('/api/v1/query_range', query, signal));
      if (series === undefined) throw unexpected('a range query did not return a matrix');
      return series;
    },
    async query(expr, time, signal) {
      const samples = narrowInstant(await call('/api/v1/query', {query: expr, time}, signal));
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
