// Prometheus' error payload (`{"status":"error","errorType","error"}`) turned into an HttpError
// of kind 'prometheus', in one place for every client of its API (queries, alerting rules).
import {HttpResponseError} from '../http/response-error.js';
import {HttpError} from '../http/types.js';
import {narrowEnvelope, type Envelope} from './wire.js';

type ErrorEnvelope = Extract<Envelope, {readonly status: 'error'}>;
type SuccessEnvelope = Extract<Envelope, {readonly status: 'success'}>;

function envelopeError(envelope: ErrorEnvelope, status: number | undefined): HttpError {
  return new HttpError('prometheus', envelope.error || envelope.errorType, {
    ...(status === undefined ? {} : {status}),
    errorType: envelope.errorType,
  });
}

/** A non-2xx answer that carries `{"status":"error"}` (400, 422, 503) is Prometheus speaking. */
export function prometheusError(error: unknown): unknown {
  if (!(error instanceof HttpResponseError)) return error;
  const envelope = narrowEnvelope(error.body);
  if (envelope?.status !== 'error') return error;
  return envelopeError(envelope, error.status ?? 0);
}

/**
 * The envelope of a 2xx answer, undefined when the body is not one; throws Prometheus' own error
 * when it says `"status":"error"`.
 */
export function successEnvelope(body: unknown, status?: number): SuccessEnvelope | undefined {
  const envelope = narrowEnvelope(body);
  if (envelope?.status === 'error') throw envelopeError(envelope, status);
  return envelope;
}
