// Everything the servers behind the Prometheus API do differently, in one place: the error
// envelope and how each backend fills it, the sample strings, and which HTTP statuses mean the
// server is down. Each quirk names the backend it comes from; fixtures recorded from the real
// servers are in test/fixtures/backends/<backend>/ and one test reads every folder.
//
// VictoriaMetrics (1.79), compared with Prometheus (2.42):
// - errors are HTTP 422 with `errorType` set to the status ("422"), parse errors included (400 in
//   Prometheus), and the message wraps the reason in `error when executing query="…" for (…): `;
// - NaN results are dropped from answers (a series that is NaN is not sent at all);
// - a scalar expression (`1 + 1`) answers as a vector with one label-less sample.
import {HttpResponseError} from '../http/response-error.js';
import {HttpError} from '../http/types.js';
import type {Sample} from './types.js';

export type Envelope =
  | {readonly status: 'success'; readonly data: unknown}
  | {readonly status: 'error'; readonly errorType: string; readonly error: string};

type ErrorEnvelope = Extract<Envelope, {readonly status: 'error'}>;
type SuccessEnvelope = Extract<Envelope, {readonly status: 'success'}>;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{status, data}` or `{status:"error", errorType, error}`; undefined when it is neither. */
export function narrowEnvelope(body: unknown): Envelope | undefined {
  if (!isRecord(body)) return undefined;
  if (body['status'] === 'success') return {status: 'success', data: body['data']};
  if (body['status'] === 'error') {
    const errorType = typeof body['errorType'] === 'string' ? body['errorType'] : 'unknown';
    const error = typeof body['error'] === 'string' ? body['error'] : '';
    return {status: 'error', errorType: errorTypeOf(errorType), error: errorReason(error)};
  }
  return undefined;
}

/** VictoriaMetrics sends the HTTP status as `errorType`; Prometheus' names say more. */
const errorTypeByStatus: ReadonlyMap<string, string> = new Map([
  ['400', 'bad_data'],
  ['422', 'execution'],
  ['500', 'internal'],
  ['503', 'unavailable'],
  ['504', 'timeout'],
]);

const errorTypeOf = (errorType: string): string =>
  /^\d{3}$/.test(errorType) ? (errorTypeByStatus.get(errorType) ?? 'unknown') : errorType;

/**
 * VictoriaMetrics' `error when executing query="<the query>" for (time=…, step=…): <reason>` (or
 * `on the time range (start=…, end=…, step=…)`) says the reason only; the query, possibly
 * thousands of characters, is already on the screen.
 */
const victoriaMetricsWrapper =
  /^error when executing query="(?:[^"\\]|\\.)*" (?:for|on the time range) \([^)]*\): /;

const errorReason = (error: string): string => error.replace(victoriaMetricsWrapper, '');

function envelopeError(envelope: ErrorEnvelope, status: number | undefined): HttpError {
  return new HttpError('prometheus', envelope.error || envelope.errorType, {
    ...(status === undefined ? {} : {status}),
    errorType: envelope.errorType,
  });
}

/** A non-2xx answer that carries `{"status":"error"}` (400, 422, 503) is the server speaking. */
export function prometheusError(error: unknown): unknown {
  if (!(error instanceof HttpResponseError)) return error;
  const envelope = narrowEnvelope(error.body);
  if (envelope?.status !== 'error') return error;
  return envelopeError(envelope, error.status ?? 0);
}

/**
 * The envelope of a 2xx answer, undefined when the body is not one; throws the server's own
 * error when it says `"status":"error"` (some proxies answer 200 with it).
 */
export function successEnvelope(body: unknown, status?: number): SuccessEnvelope | undefined {
  const envelope = narrowEnvelope(body);
  if (envelope?.status === 'error') throw envelopeError(envelope, status);
  return envelope;
}

/**
 * Statuses a proxy or load balancer in front of the server sends when it is gone, without an
 * error envelope of the server's own (a 503 with one is the server answering: overloaded).
 */
export const downStatuses: ReadonlySet<number> = new Set([502, 503, 504]);

// Sample values are strings ("1.5", "NaN", "+Inf", "-Inf"), timestamps numbers of seconds
// (VictoriaMetrics sends the same); this is the one place they are parsed.
const specialValues: ReadonlyMap<string, number> = new Map([
  ['NaN', Number.NaN],
  ['+Inf', Number.POSITIVE_INFINITY],
  ['Inf', Number.POSITIVE_INFINITY],
  ['-Inf', Number.NEGATIVE_INFINITY],
]);

const decimal = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The value of a sample string; undefined when it is not a number a server would send. */
export function parseSampleValue(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const special = specialValues.get(value);
  if (special !== undefined) return special;
  // Number() would also take "0x10", "Infinity" or "": no server sends those.
  return decimal.test(value) ? Number(value) : undefined;
}

/** A timestamp in seconds: a finite number (newer servers may send it as a numeric string). */
export function parseTimestamp(value: unknown): number | undefined {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : undefined;
}

/** `[timestamp, "value"]` -> Sample; undefined for anything else (the sample becomes a gap). */
export function parseSample(pair: unknown): Sample | undefined {
  if (!Array.isArray(pair) || pair.length !== 2) return undefined;
  const timestamp = parseTimestamp(pair[0]);
  const value = parseSampleValue(pair[1]);
  return timestamp === undefined || value === undefined ? undefined : [timestamp, value];
}
