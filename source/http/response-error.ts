// An HttpError for a non-2xx answer that also carries the answer's body, so that a client can
// turn a server's own error payload (Prometheus' `{"status":"error"}`, AlertManager's message)
// into a better error. Kept apart from http.ts so that pure clients can import it without axios.
import {HttpError} from './types.js';

export class HttpResponseError extends HttpError {
  /** Parsed JSON body, or the body text when it is not JSON, or undefined when empty. */
  readonly body: unknown;

  constructor(message: string, status: number, body: unknown) {
    super('http', message, {status});
    this.name = 'HttpResponseError';
    this.body = body;
  }
}
