// Turns whatever a request throws into one HttpError whose message is safe to show: built from
// the error code and the target host only, and any server text passes through the redactor, so
// no token, password or header value can reach the screen or a log.
import {tooLargeMessage} from './body.js';
import type {Redact} from './redact.js';
import {HttpError} from './types.js';

const networkReasons: ReadonlyMap<string, string> = new Map([
  ['ECONNREFUSED', 'connection refused'],
  ['ECONNRESET', 'connection reset'],
  ['EPIPE', 'connection closed'],
  ['ENOTFOUND', 'host not found'],
  ['EAI_AGAIN', 'host name lookup failed'],
  ['EHOSTUNREACH', 'host unreachable'],
  ['ENETUNREACH', 'network unreachable'],
  ['EADDRNOTAVAIL', 'address not available'],
  ['EPROTO', 'TLS handshake failed'],
]);

const tlsCodes: ReadonlySet<string> = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * A parsed JSON body with the redactor applied to every string in it, keys included. Walked
 * rather than redacted as JSON text: a secret holding a quote or a backslash is escaped there.
 */
export function redactJson(value: unknown, redact: Redact): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item: unknown) => redactJson(item, redact));
  if (typeof value !== 'object' || value === null) return value;
  // fromEntries defines own properties, so a key named `__proto__` stays a key.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [redact(key), redactJson(item, redact)]),
  );
}

export type FailureContext = {
  /** `host:port` of the endpoint, never with userinfo. */
  readonly target: string;
  readonly timeoutMs: number;
  /** Whether the request's own signal fired, and whether that was the timeout. */
  readonly aborted: boolean;
  readonly timedOut: boolean;
  readonly redact: Redact;
  /** Whether part of the answer had arrived (a reset is then a connection closed mid-answer). */
  readonly midAnswer?: boolean;
};

export function toHttpError(error: unknown, context: FailureContext): HttpError {
  if (error instanceof HttpError) return error;
  if (context.timedOut) {
    return new HttpError(
      'timeout',
      `no answer from ${context.target} within ${formatSeconds(context.timeoutMs)}`,
    );
  }
  if (context.aborted) return new HttpError('aborted', 'request cancelled');
  const code = errorCode(error);
  if (code === 'ERR_BAD_RESPONSE') {
    // axios uses this code for a body over maxContentLength and for a connection cut mid-body.
    const tooLarge = error instanceof Error && error.message.includes('maxContentLength');
    return tooLarge
      ? new HttpError('malformed', tooLargeMessage(context.target))
      : new HttpError(
          'unreachable',
          `cannot reach ${context.target}: connection closed mid-answer`,
        );
  }
  if (code === 'ECONNRESET' && context.midAnswer === true) {
    return new HttpError(
      'unreachable',
      `cannot reach ${context.target}: connection closed mid-answer`,
    );
  }
  if (code === 'ETIMEDOUT' || code === 'ECONNABORTED') {
    return new HttpError('timeout', `no answer from ${context.target} (${code})`);
  }
  if (code !== undefined && tlsCodes.has(code)) {
    return new HttpError(
      'unreachable',
      `cannot reach ${context.target}: TLS certificate not trusted (${code})`,
    );
  }
  const reason = (code && networkReasons.get(code)) || fallbackReason(error, code, context.redact);
  return new HttpError('unreachable', `cannot reach ${context.target}: ${reason}`);
}

function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as {code?: unknown}).code;
    if (typeof code === 'string' && code !== 'ERR_BAD_REQUEST' && code !== 'ERR_NETWORK') {
      return code;
    }
    current = (current as {cause?: unknown}).cause;
  }
  return undefined;
}

function fallbackReason(error: unknown, code: string | undefined, redact: Redact): string {
  const message = error instanceof Error ? error.message : '';
  const text = redact(message.split('\n')[0] ?? '').slice(0, 200);
  if (text !== '') return text;
  return code ?? 'request failed';
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
