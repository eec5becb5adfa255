// Canary secrets: whatever goes wrong, no error message may contain a credential, even when the
// server echoes the request's headers back in its error page.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {freePort} from '../../stack/servers.js';
import {createRequest} from '../../source/http/http.js';
import {HttpResponseError} from '../../source/http/response-error.js';
import {HttpError, type EndpointConfig} from '../../source/http/types.js';
import {startTestServer, type TestServer} from './test-server.js';

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

  it('does not repeat an invalid URL, which may hold userinfo', () => {
    expect(() =>
      createRequest({url: `http://u:${canaries.userinfo}@[bad`, headers: [], timeoutMs: 1}),
    ).toThrow(new HttpError('unreachable', 'the server URL is not a valid URL'));
  });
});
