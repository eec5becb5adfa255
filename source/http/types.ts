// The contract between the one HTTP module (http.ts, the only axios import) and the clients.
// Clients take a RequestFn as a parameter, so tests pass a fake one or replay recorded fixtures.

export type HttpRequest = {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Appended to the endpoint's path prefix, e.g. `/api/v1/query_range`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number>>;
  /** Sent as JSON. */
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  /**
   * Reads a 2xx body (its decoded bytes) in place of JSON.parse: a client that knows the answer's
   * shape reads it in slices and keeps what it can use (prometheus/result-scan.ts). Throws
   * SyntaxError on non-JSON.
   */
  readonly readBody?: BodyReader;
};

/** What a BodyReader kept of an answer, and how many of its elements it left out. */
export type ReadBody = {readonly value: unknown; readonly omitted: number};

/** Reads a body; stops (throwing the signal's reason) once the request is given up. */
export type BodyReader = (body: Buffer, signal: AbortSignal) => Promise<ReadBody>;

export type HttpResponse = {
  readonly status: number;
  /** Parsed JSON body (unknown until a client narrows it). */
  readonly data: unknown;
  /** Size of the response body on the wire, for benchmarks. */
  readonly bytes: number;
  /** Elements the request's readBody left out (absent: the body was read whole). */
  readonly omitted?: number;
};

/** Resolves for 2xx; rejects with HttpError otherwise (including aborts, kind 'aborted'). */
export type RequestFn = (request: HttpRequest) => Promise<HttpResponse>;

export type HttpErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'prometheus'
  | 'alertmanager'
  | 'malformed'
  /** Replaying a snapshot that holds no answer to this request: not a failure of any server. */
  | 'not-recorded';

/**
 * The one error type every client throws. `message` is safe to show: it never contains
 * credentials (no userinfo, no header values, no tokens). It is not yet sanitized for the terminal.
 */
export class HttpError extends Error {
  readonly kind: HttpErrorKind;
  readonly status: number | undefined;
  /** Prometheus `errorType` (bad_data, timeout, execution, ...) when kind is 'prometheus'. */
  readonly errorType: string | undefined;

  constructor(
    kind: HttpErrorKind,
    message: string,
    options: {readonly status?: number; readonly errorType?: string} = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.kind = kind;
    this.status = options.status;
    this.errorType = options.errorType;
  }
}
