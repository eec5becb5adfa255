// The one module that imports the HTTP library. Every client (Prometheus, AlertManager) gets a
// RequestFn from here: base URL with its path prefix, auth, private CA, timeout, abort, the
// environment's proxy settings (axios reads HTTPS_PROXY/HTTP_PROXY/NO_PROXY per request and
// tunnels HTTPS through CONNECT with our agent's CA), and one HttpError for every failure.
import http from 'node:http';
import https from 'node:https';
import {rootCertificates} from 'node:tls';
import axios, {type AxiosInstance, type AxiosResponse} from 'axios';
import {
  createLane,
  decodeBody,
  isHeavyBody,
  maxBodyBytes,
  parseBody,
  tooLargeMessage,
  type ParsedBody,
} from './body.js';
import {redactJson, toHttpError} from './failure.js';
import {createRedactor, type Redact} from './redact.js';
import {HttpResponseError} from './response-error.js';
import type {EndpointConfig} from '../config/endpoint.js';
import {
  HttpError,
  type HttpRequest,
  type HttpResponse,
  type ReadBody,
  type RequestFn,
} from './types.js';

/** How to let go of a request function's kept-alive sockets (see closeRequest). */
const closers = new WeakMap<RequestFn, () => void>();

/**
 * Closes the sockets a request function keeps alive, once nothing will ask through it again
 * (a context switched away from): otherwise they stay open until the server drops them.
 */
export function closeRequest(request: RequestFn): void {
  closers.get(request)?.();
}

export function createRequest(endpoint: EndpointConfig): RequestFn {
  const base = baseUrl(endpoint.url);
  const target = base.host;
  const headers = requestHeaders(endpoint);
  const redact = createRedactor(secretsOf(endpoint, headers));
  const {client, close} = createClient(endpoint);
  const send: RequestFn = async (request) => {
    const deadline = createDeadline(request.signal, endpoint.timeoutMs);
    // An answer whose length says it is over the limit is not read at all: axios would buffer it
    // up to the limit first, four at a time (150,000 series: 19.6 MB each, refused only at 16 MiB).
    let announcedTooLarge = false;
    let midAnswer = false;
    const onDownloadProgress = (event: {readonly total?: number}): void => {
      midAnswer = true;
      if (announcedTooLarge || (event.total ?? 0) <= maxBodyBytes) return;
      announcedTooLarge = true;
      deadline.abort();
    };
    try {
      const response = await client.request({
        onDownloadProgress,
        method: request.method,
        url: `${base.href.replace(/\/$/, '')}${request.path}${queryString(request.query)}`,
        headers:
          request.body === undefined ? headers : {...headers, 'Content-Type': 'application/json'},
        data: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: deadline.signal,
      });
      return await readResponse(response, target, redact, {...request, signal: deadline.signal});
    } catch (error) {
      if (announcedTooLarge) throw new HttpError('malformed', tooLargeMessage(target));
      throw toHttpError(error, {
        target,
        timeoutMs: endpoint.timeoutMs,
        aborted: deadline.signal.aborted,
        timedOut: deadline.timedOut(),
        redact,
        midAnswer,
      });
    } finally {
      deadline.dispose();
    }
  };
  closers.set(send, close);
  return send;
}

/** One lane for every endpoint: memory is the process', not the server's. */
const heavyLane = createLane();

async function readResponse(
  response: AxiosResponse,
  target: string,
  redact: Redact,
  request: HttpRequest,
): Promise<HttpResponse> {
  // axios hands Node a Buffer already; copying it would hold every answer twice.
  const data = response.data as Buffer | ArrayBuffer;
  const raw = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const encoding = response.headers['content-encoding'] as string | undefined;
  const read = () => {
    // Its turn may come after the request was given up (a dashboard switch, the timeout).
    request.signal?.throwIfAborted();
    return readBody(raw, encoding, response, target, redact, request);
  };
  return isHeavyBody(raw, encoding) ? heavyLane(read) : read();
}

async function readBody(
  raw: Buffer,
  encoding: string | undefined,
  response: AxiosResponse,
  target: string,
  redact: Redact,
  request: HttpRequest,
): Promise<HttpResponse> {
  const decoded = await decodeBody(raw, encoding);
  if (!Buffer.isBuffer(decoded)) {
    throw new HttpError(
      'malformed',
      decoded.problem === 'too-large'
        ? tooLargeMessage(target)
        : `${target} sent a body that does not decompress (${decoded.problem})`,
    );
  }
  const success = response.status >= 200 && response.status <= 299;
  if (success && request.readBody !== undefined) {
    const reader = request.readBody;
    const signal = request.signal ?? new AbortController().signal;
    return readWith(
      (body) => reader(body, signal),
      decoded,
      response.status,
      raw.length,
      target,
      redact,
    );
  }
  const body = parseBody(decoded);
  if (response.status >= 300 && response.status <= 399) {
    throw redirectError(response, target, redact);
  }
  if (response.status < 200 || response.status > 299) {
    throw statusError(response.status, response.statusText, body, target, redact);
  }
  if (body.kind === 'text') throw notJson(target, response.status);
  // Any answer may echo a credential: a proxy's 2xx error envelope, or label values holding the
  // token or the tenant header. Answers without one (nearly all) are passed on untouched.
  const data =
    body.kind !== 'json'
      ? undefined
      : redact.finds(body.text)
        ? redactJson(body.value, redact)
        : body.value;
  return {status: response.status, data, bytes: raw.length};
}

const notJson = (target: string, status: number): HttpError =>
  new HttpError('malformed', `${target} answered with something that is not JSON`, {status});

/**
 * A 2xx body read by the client's own reader (a large query answer, read in slices). It is never
 * turned into one string: the kept result is checked for echoed secrets instead.
 */
async function readWith(
  reader: (body: Buffer) => Promise<ReadBody>,
  decoded: Buffer,
  status: number,
  bytes: number,
  target: string,
  redact: Redact,
): Promise<HttpResponse> {
  if (decoded.every(isJsonSpace)) return {status, data: undefined, bytes};
  let read: ReadBody;
  try {
    read = await reader(decoded);
  } catch (error) {
    if (error instanceof SyntaxError) throw notJson(target, status);
    throw error;
  }
  // Every string of the kept result passes the redactor when there are secrets to look for.
  const data = redact.active ? redactJson(read.value, redact) : read.value;
  return {status, data, bytes, omitted: read.omitted};
}

const isJsonSpace = (byte: number): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

function createClient(endpoint: EndpointConfig): {client: AxiosInstance; close: () => void} {
  // `ca` replaces Node's trust store, so the system roots are passed along with the private CA.
  const ca = endpoint.ca === undefined ? {} : {ca: [...rootCertificates, endpoint.ca]};
  const httpAgent = new http.Agent({keepAlive: true});
  const httpsAgent = new https.Agent({keepAlive: true, ...ca});
  const close = (): void => {
    httpAgent.destroy();
    httpsAgent.destroy();
  };
  const client = axios.create({
    httpAgent,
    httpsAgent,
    // A redirect could carry our headers elsewhere; the user fixes the URL instead.
    maxRedirects: 0,
    decompress: false,
    responseType: 'arraybuffer',
    maxContentLength: maxBodyBytes,
    validateStatus: () => true,
  });
  return {client, close};
}

function baseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new HttpError('unreachable', 'the server URL is not a valid URL');
  }
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url;
}

function requestHeaders(endpoint: EndpointConfig): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Encoding': 'gzip, deflate',
    'User-Agent': 'nova-top',
  };
  for (const [name, value] of endpoint.headers) headers[name] = value;
  if (endpoint.basicAuth !== undefined) {
    const {username, password} = endpoint.basicAuth;
    headers['Authorization'] = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }
  if (endpoint.bearerToken !== undefined) {
    headers['Authorization'] = `Bearer ${endpoint.bearerToken}`;
  }
  return headers;
}

function secretsOf(endpoint: EndpointConfig, headers: Readonly<Record<string, string>>): string[] {
  const secrets = endpoint.headers.map(([, value]) => value);
  if (endpoint.bearerToken !== undefined) secrets.push(endpoint.bearerToken);
  if (endpoint.basicAuth !== undefined) secrets.push(endpoint.basicAuth.password);
  const authorization = headers['Authorization'];
  if (authorization !== undefined) secrets.push(authorization, authorization.split(' ')[1] ?? '');
  return secrets;
}

function queryString(query: HttpRequest['query']): string {
  if (query === undefined) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) params.append(name, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function statusError(
  status: number,
  statusText: string,
  body: ParsedBody,
  target: string,
  redact: Redact,
): HttpError {
  // A proxy may echo the request's credentials anywhere: in its reason phrase, its text, or the
  // JSON error a client turns into the message on screen (Prometheus' `error`).
  const text = body.kind === 'text' ? redact(body.text) : '';
  const excerpt = text.trim().split('\n')[0] ?? '';
  const detail = excerpt === '' ? '' : `: ${excerpt.slice(0, 200)}`;
  const reason = statusText ? ` ${redact(statusText)}` : '';
  const message = `HTTP ${status}${reason} from ${target}${detail}`;
  const bodyValue =
    body.kind === 'json' ? redactJson(body.value, redact) : body.kind === 'text' ? text : undefined;
  return new HttpResponseError(message, status, bodyValue);
}

/**
 * Redirects are not followed (they could carry our credentials elsewhere); say where it pointed,
 * without its query (which may carry tokens), since a login page in front of Prometheus is the
 * usual cause.
 */
function redirectError(response: AxiosResponse, target: string, redact: Redact): HttpError {
  const location = response.headers['location'] as string | undefined;
  let where = '';
  try {
    const url = new URL(location ?? '', `http://${target}`);
    where = redact(`${url.origin}${url.pathname}`).slice(0, 200);
  } catch {
    // No usable Location: say only that it redirected.
  }
  const reason = response.statusText ? ` ${redact(response.statusText)}` : '';
  const to = where === '' ? '' : ` to ${where}`;
  return new HttpResponseError(
    `HTTP ${response.status}${reason} from ${target}: redirected${to} (a login page?); redirects are not followed`,
    response.status,
    undefined,
  );
}

type Deadline = {
  readonly signal: AbortSignal;
  /** Gives up on the request (neither the timeout nor the caller's abort). */
  abort(): void;
  timedOut(): boolean;
  dispose(): void;
};

/** One signal for the caller's abort and the endpoint's timeout, telling which one fired. */
function createDeadline(outer: AbortSignal | undefined, timeoutMs: number): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  if (outer?.aborted) controller.abort();
  else outer?.addEventListener('abort', onAbort, {once: true});
  return {
    signal: controller.signal,
    abort: () => controller.abort(),
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}
