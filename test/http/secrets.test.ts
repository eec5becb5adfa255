// Canary secrets: whatever goes wrong, no error message may contain a credential, even when the
// server echoes the request's headers back in its error page.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {freePort} from '../../stack/servers.js';
import {createRulesClient} from '../../source/alerts/rules-client.js';
import {redactJson} from '../../source/http/failure.js';
import {createRedactor} from '../../source/http/redact.js';
import {createRequest} from '../../source/http/http.js';
import {HttpResponseError} from '../../source/http/response-error.js';
import type {EndpointConfig} from '../../source/config/endpoint.js';
import {HttpError} from '../../source/http/types.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {sendJson, startTestServer, type TestServer} from './test-server.js';

const canaries = {
  token: 'canary-token-7f3a9',
  password: 'canary-password-51c2',
  tenant: 'canary-tenant-e88d',
  userinfo: 'canary-userinfo-0b41',
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((request, response) => {
    const echo = `denied: ${request.headers['authorization']} ${request.headers['x-scope-orgid']}`;
    if (request.url.startsWith('/hang')) return;
    if (request.url.startsWith('/forms')) {
      // Echoes changed on the way: lowercased, cut short, URL-encoded.
      const auth = request.headers['authorization'] ?? '';
      const changed = `${auth.toLowerCase()} ${auth.slice(0, 16)} ${encodeURIComponent(auth)}`;
      response.writeHead(401, {'Content-Type': 'text/plain'}).end(`denied: ${changed}`);
      return;
    }
    if (request.url.startsWith('/labels/api/v1/')) {
      // A 2xx answer whose label values echo the credentials.
      sendJson(response, 200, {
        status: 'success',
        data: {
          resultType: 'vector',
          result: [
            {
              metric: {
                auth: String(request.headers['authorization']),
                tenant: String(request.headers['x-scope-orgid']),
              },
              value: [1, '1'],
            },
          ],
        },
      });
      return;
    }
    if (request.url.startsWith('/ok/api/v1/')) {
      // A proxy that answers 200 with an error envelope.
      sendJson(response, 200, {status: 'error', errorType: 'auth', error: echo});
      return;
    }
    if (request.url.startsWith('/api/v1/')) {
      // An auth proxy in front of Prometheus, answering in Prometheus' own error format.
      response.statusMessage = `Unauthorized ${request.headers['authorization']}`;
      sendJson(response, 401, {status: 'error', errorType: 'auth', error: echo, detail: [echo]});
      return;
    }
    if (request.url.startsWith('/html')) {
      response.writeHead(200, {'Content-Type': 'text/html'}).end(echo);
      return;
    }
    response.writeHead(401, {'Content-Type': 'text/plain'}).end(echo);
  });
});
afterAll(() => server.close());

const endpoint = (url: string, bearer: boolean): EndpointConfig => ({
  url: url.replace('http://', `http://user:${canaries.userinfo}@`),
  headers: [['X-Scope-OrgID', canaries.tenant]],
  ...(bearer
    ? {bearerToken: canaries.token}
    : {basicAuth: {username: 'user', password: canaries.password}}),
  timeoutMs: 150,
});

async function messageOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(HttpError);
  const httpError = error as HttpError;
  const body = error instanceof HttpResponseError ? JSON.stringify(error.body) : '';
  return `${httpError.message} ${httpError.stack ?? ''} ${body}`;
}

describe('error messages never carry credentials', () => {
  for (const bearer of [true, false]) {
    it(`${bearer ? 'bearer token' : 'basic auth'}: refused, timeout, echoed 401, echoed HTML`, async () => {
      const refusedUrl = `http://127.0.0.1:${await freePort()}`;
      const messages = [
        await messageOf(createRequest(endpoint(refusedUrl, bearer))({method: 'GET', path: '/'})),
        await messageOf(
          createRequest(endpoint(server.url, bearer))({method: 'GET', path: '/hang'}),
        ),
        await messageOf(createRequest(endpoint(server.url, bearer))({method: 'GET', path: '/'})),
        await messageOf(
          createRequest(endpoint(server.url, bearer))({method: 'GET', path: '/html'}),
        ),
      ];
      // The echo really contained the secrets: the redactor, not luck, kept them out.
      expect(messages[2]).toContain('denied: [redacted] [redacted]');
      for (const message of messages) {
        for (const canary of Object.values(canaries)) expect(message).not.toContain(canary);
        expect(message).not.toContain(Buffer.from(`user:${canaries.password}`).toString('base64'));
      }
    });
  }

  it('redacts a JSON error body and the status text, which Prometheus errors show', async () => {
    for (const bearer of [true, false]) {
      const request = createRequest(endpoint(server.url, bearer));
      const failures = [
        createPrometheusClient(request).query('up', 0),
        createRulesClient(request).alertRules(),
        request({method: 'GET', path: '/api/v1/status'}),
      ];
      const [query, rules, raw] = await Promise.all(
        failures.map((failure) => failure.catch(String)),
      );
      expect(query).toBe('HttpError: denied: [redacted] [redacted]');
      expect(rules).toBe('HttpError: denied: [redacted] [redacted]');
      expect(raw).toBe(
        `HttpResponseError: HTTP 401 Unauthorized [redacted] from ${server.url.slice(7)}`,
      );
      // The body itself, kept for the clients, is redacted too.
      const message = await messageOf(request({method: 'GET', path: '/api/v1/status'}));
      for (const canary of Object.values(canaries)) expect(message).not.toContain(canary);
    }
  });

  it('redacts an error envelope that comes with a 2xx status', async () => {
    const request = createRequest(endpoint(`${server.url}/ok`, true));
    const message = await createPrometheusClient(request).query('up', 0).catch(String);
    expect(message).toBe('HttpError: denied: [redacted] [redacted]');
  });

  it('redacts echoes in another case, cut short or URL-encoded', async () => {
    for (const bearer of [true, false]) {
      const message = await messageOf(
        createRequest(endpoint(server.url, bearer))({method: 'GET', path: '/forms'}),
      );
      expect(message).toContain('denied: [redacted] [redacted] [redacted]');
      for (const canary of Object.values(canaries)) {
        expect(message.toLowerCase()).not.toContain(canary.slice(0, 8));
      }
    }
  });

  it('redacts label values of a 2xx answer that echo the token or the tenant header', async () => {
    const request = createRequest(endpoint(`${server.url}/labels`, true));
    const samples = (await createPrometheusClient(request).query('up', 0)).samples;
    expect(samples.map((sample) => sample.labels)).toEqual([
      {auth: '[redacted]', tenant: '[redacted]'},
    ]);
  });

  it.each([
    ['as is', 'x canary-token-7f3a9 y', 'x [redacted] y'],
    ['in upper case', 'x CANARY-TOKEN-7F3A9 y', 'x [redacted] y'],
    ['cut short at 8 characters', 'x canary-t… y', 'x [redacted]… y'],
    ['shorter than 8 characters is left', 'x canary- y', 'x canary- y'],
    ['URL-encoded', `x ${encodeURIComponent('p@ss w0rd/1')} y`, 'x [redacted] y'],
    ['base64', `x ${Buffer.from('canary-token-7f3a9').toString('base64')} y`, 'x [redacted] y'],
    [
      'base64 of the basic-auth pair',
      `basic ${Buffer.from('ops:p@ss w0rd/1').toString('base64')}`,
      '[redacted]',
    ],
    ['twice, next to each other', 'canary-token-7f3a9canary-token-7f3a9', '[redacted][redacted]'],
  ])('finds a secret %s', (_name, text, expected) => {
    const redact = createRedactor([
      'canary-token-7f3a9',
      'p@ss w0rd/1',
      `Basic ${Buffer.from('ops:p@ss w0rd/1').toString('base64')}`,
    ]);
    expect(redact(text)).toBe(expected);
    expect(redact.finds(text)).toBe(expected !== text);
  });

  it('redacts every string of a JSON body, keys and secrets with quotes included', () => {
    const redact = createRedactor(['to"ken\\1', 'tenant-42']);
    const body = {status: 'error', 'tenant-42': [1, null, {error: 'bad to"ken\\1!'}], ok: true};
    expect(redactJson(body, redact)).toEqual({
      status: 'error',
      '[redacted]': [1, null, {error: 'bad [redacted]!'}],
      ok: true,
    });
  });

  it('does not repeat an invalid URL, which may hold userinfo', () => {
    expect(() =>
      createRequest({url: `http://u:${canaries.userinfo}@[bad`, headers: [], timeoutMs: 1}),
    ).toThrow(new HttpError('unreachable', 'the server URL is not a valid URL'));
  });
});
