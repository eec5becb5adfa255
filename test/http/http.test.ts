import {gzipSync} from 'node:zlib';
import {afterEach, describe, expect, it} from 'vitest';
import {freePort} from '../../stack/servers.js';
import {createRequest} from '../../source/http/http.js';
import {HttpResponseError} from '../../source/http/response-error.js';
import type {EndpointConfig} from '../../source/config/endpoint.js';
import {HttpError} from '../../source/http/types.js';
import {sendJson, startTestServer, type Handler, type TestServer} from './test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const endpoint = (url: string, extra: Partial<EndpointConfig> = {}): EndpointConfig => ({
  url,
  headers: [],
  timeoutMs: 2_000,
  ...extra,
});

async function serve(handler: Handler): Promise<TestServer> {
  server = await startTestServer(handler);
  return server;
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('createRequest', () => {
  it('keeps the path prefix of the base URL and encodes the query', async () => {
    const {url, requests} = await serve((_, response) => sendJson(response, 200, {ok: 1}));
    const request = createRequest(endpoint(`${url}/prometheus/`));
    const response = await request({
      method: 'GET',
      path: '/api/v1/query',
      query: {query: 'sum(rate(x{a="b c"}[5m])) / 2', time: 1700000000},
    });
    expect(response).toEqual({status: 200, data: {ok: 1}, bytes: 8});
    const sent = new URL(requests[0]?.url ?? '', url);
    expect(sent.pathname).toBe('/prometheus/api/v1/query');
    expect(sent.searchParams.get('query')).toBe('sum(rate(x{a="b c"}[5m])) / 2');
    expect(sent.searchParams.get('time')).toBe('1700000000');
  });

  it('sends the bearer token, basic auth and extra headers', async () => {
    const {url, requests} = await serve((_, response) => sendJson(response, 200, {}));
    await createRequest(
      endpoint(url, {
        headers: [['X-Scope-OrgID', 'tenant-1']],
        basicAuth: {username: 'alice', password: 'secret'},
      }),
    )({method: 'GET', path: '/a'});
    await createRequest(endpoint(url, {bearerToken: 'tok-123'}))({method: 'GET', path: '/b'});
    expect(requests[0]?.headers['x-scope-orgid']).toBe('tenant-1');
    expect(requests[0]?.headers['authorization']).toBe(
      `Basic ${Buffer.from('alice:secret').toString('base64')}`,
    );
    expect(requests[1]?.headers['authorization']).toBe('Bearer tok-123');
  });

  it('drops userinfo from the base URL instead of sending it', async () => {
    const {port, requests} = await serve((_, response) => sendJson(response, 200, {}));
    await createRequest(endpoint(`http://bob:pw@127.0.0.1:${port}`))({method: 'GET', path: '/'});
    expect(requests[0]?.headers['authorization']).toBeUndefined();
  });

  it('sends a JSON body and reads an empty answer as no data', async () => {
    const {url, requests} = await serve((_, response) => response.writeHead(200).end());
    const response = await createRequest(endpoint(url))({
      method: 'POST',
      path: '/api/v2/silences',
      body: {comment: 'hi'},
    });
    expect(response).toEqual({status: 200, data: undefined, bytes: 0});
    expect(requests[0]?.headers['content-type']).toBe('application/json');
    expect(requests[0]?.body).toBe('{"comment":"hi"}');
  });

  it('counts compressed bytes as they came over the wire', async () => {
    const payload = {data: 'x'.repeat(5_000)};
    const compressed = gzipSync(JSON.stringify(payload));
    const {url} = await serve((_, response) => {
      response.writeHead(200, {'Content-Type': 'application/json', 'Content-Encoding': 'gzip'});
      response.end(compressed);
    });
    const response = await createRequest(endpoint(url))({method: 'GET', path: '/'});
    expect(response.data).toEqual(payload);
    expect(response.bytes).toBe(compressed.length);
  });

  it('refuses a gzip bomb at the limit, with a message that says how to narrow the query', async () => {
    // 64 MiB of zeros in about 64 KB: decompression stops at 16 MiB instead of expanding it all.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const {url, port} = await serve((_, response) => {
      response.writeHead(200, {'Content-Type': 'application/json', 'Content-Encoding': 'gzip'});
      response.end(bomb);
    });
    const error = await failure(createRequest(endpoint(url))({method: 'GET', path: '/'}));
    expect([error.kind, error.message]).toEqual([
      'malformed',
      `127.0.0.1:${port} sent an answer over 16 MiB: narrow the query (label matchers, topk, sum by)`,
    ]);
  });

  it('refuses an answer whose length says it is over the limit, without reading it', async () => {
    // 64 MiB announced, a few bytes sent, then nothing: read up to the limit, this would time
    // out; the announced length alone refuses it.
    const {url, port} = await serve((_, response) => {
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': String(64 * 1024 * 1024),
      });
      response.write('{"status":"success","data":{"resultType":"vector","result":[');
    });
    const error = await failure(
      createRequest(endpoint(url, {timeoutMs: 20_000}))({method: 'GET', path: '/'}),
    );
    expect([error.kind, error.message]).toEqual([
      'malformed',
      `127.0.0.1:${port} sent an answer over 16 MiB: narrow the query (label matchers, topk, sum by)`,
    ]);
  });

  it('tells a damaged gzip body from a large one', async () => {
    const {url, port} = await serve((_, response) => {
      response.writeHead(200, {'Content-Type': 'application/json', 'Content-Encoding': 'gzip'});
      response.end(gzipSync('{"a":1}').subarray(0, 12));
    });
    const error = await failure(createRequest(endpoint(url))({method: 'GET', path: '/'}));
    expect(error.message).toBe(`127.0.0.1:${port} sent a body that does not decompress (damaged)`);
  });

  it('turns a non-2xx answer into an http error carrying the body', async () => {
    const body = {status: 'error', errorType: 'bad_data', error: 'parse error'};
    const {url} = await serve((_, response) => sendJson(response, 400, body));
    const error = await failure(createRequest(endpoint(url))({method: 'GET', path: '/'}));
    expect(error).toBeInstanceOf(HttpResponseError);
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.message).toBe(`HTTP 400 Bad Request from 127.0.0.1:${server?.port}`);
    expect((error as HttpResponseError).body).toEqual(body);
  });

  it('quotes the first line of a plain-text error body', async () => {
    const {url, port} = await serve((_, response) => {
      response.writeHead(404, {'Content-Type': 'text/plain'}).end('404 page not found\nmore');
    });
    const error = await failure(createRequest(endpoint(url))({method: 'GET', path: '/x'}));
    expect(error.message).toBe(`HTTP 404 Not Found from 127.0.0.1:${port}: 404 page not found`);
  });

  it('does not follow redirects, and says where one pointed without its query', async () => {
    const {url, port, requests} = await serve((_, response) => {
      response.writeHead(302, {Location: 'https://sso.example/login?state=secret'}).end();
    });
    const error = await failure(createRequest(endpoint(url))({method: 'GET', path: '/'}));
    expect([error.kind, error.status, requests.length]).toEqual(['http', 302, 1]);
    expect(error.message).toBe(
      `HTTP 302 Found from 127.0.0.1:${port}: redirected to https://sso.example/login ` +
        '(a login page?); redirects are not followed',
    );
  });

  it('calls a 2xx answer that is not JSON malformed', async () => {
    const {url, port} = await serve((_, response) => {
      response.writeHead(200, {'Content-Type': 'text/html'}).end('<html>login</html>');
    });
    const error = await failure(createRequest(endpoint(url))({method: 'GET', path: '/'}));
    expect([error.kind, error.message]).toEqual([
      'malformed',
      `127.0.0.1:${port} answered with something that is not JSON`,
    ]);
  });

  it('reports a refused connection as unreachable', async () => {
    const port = await freePort();
    const error = await failure(
      createRequest(endpoint(`http://127.0.0.1:${port}`))({method: 'GET', path: '/'}),
    );
    expect([error.kind, error.message]).toEqual([
      'unreachable',
      `cannot reach 127.0.0.1:${port}: connection refused`,
    ]);
  });

  it('reports a connection cut in the middle of the answer as unreachable', async () => {
    const {url, port} = await serve((_, response) => {
      response.writeHead(200, {'Content-Type': 'application/json', 'Content-Length': '1000'});
      response.write('{"status":"success","data":', () => response.socket?.destroy());
    });
    const error = await failure(createRequest(endpoint(url))({method: 'GET', path: '/'}));
    expect([error.kind, error.message]).toEqual([
      'unreachable',
      `cannot reach 127.0.0.1:${port}: connection closed mid-answer`,
    ]);
  });

  it('gives up after the timeout', async () => {
    const {url, port} = await serve(() => undefined);
    const error = await failure(
      createRequest(endpoint(url, {timeoutMs: 150}))({method: 'GET', path: '/'}),
    );
    expect([error.kind, error.message]).toEqual([
      'timeout',
      `no answer from 127.0.0.1:${port} within 0.15 s`,
    ]);
  });

  it('stops when the caller aborts, before or during the request', async () => {
    const {url} = await serve(() => undefined);
    const request = createRequest(endpoint(url));
    const early = await failure(request({method: 'GET', path: '/', signal: AbortSignal.abort()}));
    const controller = new AbortController();
    const pending = request({method: 'GET', path: '/', signal: controller.signal});
    setTimeout(() => controller.abort(), 50);
    const late = await failure(pending);
    expect([early.kind, late.kind, late.message]).toEqual([
      'aborted',
      'aborted',
      'request cancelled',
    ]);
  });
});
