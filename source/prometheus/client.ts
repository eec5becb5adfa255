// The Prometheus client: builds requests, narrows answers into domain types and turns
// Prometheus' own error payload into an HttpError of kind 'prometheus'. It takes the request
// function as a parameter, so tests pass recorded fixtures or a fake.
import {HttpResponseError} from '../http/response-error.js';
import {HttpError, type RequestFn} from '../http/types.js';
import type {InstantSample, RangeWindow, Series} from './types.js';
import {narrowEnvelope, narrowInstant, narrowMatrix} from './wire.js';

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
  const envelope = narrowEnvelope(body);
  if (envelope === undefined) throw unexpected('the answer is not a Prometheus API response');
  if (envelope.status === 'error') {
    throw new HttpError('prometheus', envelope.error || envelope.errorType, {
      status,
      errorType: envelope.errorType,
    });
  }
  return envelope.data;
}

/** A non-2xx answer that carries `{"status":"error"}` (400, 422, 503) is Prometheus speaking. */
function prometheusError(error: unknown): unknown {
  if (!(error instanceof HttpResponseError)) return error;
  const envelope = narrowEnvelope(error.body);
  if (envelope?.status !== 'error') return error;
  return new HttpError('prometheus', envelope.error || envelope.errorType, {
    status: error.status ?? 0,
    errorType: envelope.errorType,
  });
}

const unexpected = (what: string): HttpError =>
  new HttpError('malformed', `Prometheus sent an unexpected answer: ${what}`);
