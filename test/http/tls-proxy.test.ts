// A private CA and the environment's proxy settings, against a local HTTPS server and a local
// proxy that records what passes through it (CONNECT tunnels and plain forwarded requests).
import {readFileSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import net from 'node:net';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {createRequest} from '../../source/http/http.js';
import type {EndpointConfig} from '../../source/config/endpoint.js';
import {HttpError} from '../../source/http/types.js';
import {sendJson, startTestServer, type TestServer} from './test-server.js';

const tls = {
  cert: readFileSync(new URL('tls/server-cert.pem', import.meta.url), 'utf8'),
  key: readFileSync(new URL('tls/server-key.pem', import.meta.url), 'utf8'),
};

type Proxy = {readonly url: string; readonly seen: string[]; close(): Promise<void>};

async function startProxy(): Promise<Proxy> {
  const seen: string[] = [];
  const tunnels = new Set<net.Socket>();
  const server = http.createServer((request, response) => {
    seen.push(`forward ${request.url}`);
    sendJson(response, 200, {via: 'proxy'});
  });
  server.on('connect', (request: http.IncomingMessage, client: net.Socket) => {
    seen.push(`connect ${request.url}`);
    tunnels.add(client);
    const [host, port] = (request.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let secure: TestServer;
let plain: TestServer;
let proxy: Proxy;
beforeAll(async () => {
  secure = await startTestServer((_, response) => sendJson(response, 200, {via: 'direct'}), tls);
  plain = await startTestServer((_, response) => sendJson(response, 200, {via: 'direct'}));
  proxy = await startProxy();
});
afterAll(async () => {
  await Promise.all([secure.close(), plain.close(), proxy.close()]);
});
afterEach(() => {
  vi.unstubAllEnvs();
  proxy.seen.length = 0;
});

const endpoint = (url: string, ca?: string): EndpointConfig => ({
  url,
  headers: [],
  timeoutMs: 2_000,
  ...(ca === undefined ? {} : {ca}),
});

function setProxyEnv(values: Readonly<Record<string, string>>): void {
  for (const name of ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'ALL_PROXY']) {
    vi.stubEnv(name, values[name] ?? '');
    vi.stubEnv(name.toLowerCase(), '');
  }
}

describe('TLS with a private CA', () => {
  it('refuses an untrusted certificate and says why', async () => {
    setProxyEnv({});
    const error: unknown = await createRequest(endpoint(secure.url))({
      method: 'GET',
      path: '/',
    }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('unreachable');
    expect((error as HttpError).message).toMatch(
      new RegExp(`^cannot reach 127\\.0\\.0\\.1:${secure.port}: TLS certificate not trusted \\(`),
    );
  });

  it('trusts the server once given the CA', async () => {
    setProxyEnv({});
    const response = await createRequest(endpoint(secure.url, tls.cert))({
      method: 'GET',
      path: '/',
    });
    expect(response.data).toEqual({via: 'direct'});
  });
});

describe('proxies from the environment', () => {
  it('tunnels HTTPS through HTTPS_PROXY, still checking the server with the CA', async () => {
    setProxyEnv({HTTPS_PROXY: proxy.url});
    const response = await createRequest(endpoint(secure.url, tls.cert))({
      method: 'GET',
      path: '/',
    });
    expect(response.data).toEqual({via: 'direct'});
    expect(proxy.seen).toEqual([`connect 127.0.0.1:${secure.port}`]);
  });

  it('goes direct to hosts listed in NO_PROXY', async () => {
    setProxyEnv({HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1'});
    await createRequest(endpoint(secure.url, tls.cert))({method: 'GET', path: '/'});
    const response = await createRequest(endpoint(plain.url))({method: 'GET', path: '/'});
    expect(response.data).toEqual({via: 'direct'});
    expect(proxy.seen).toEqual([]);
  });

  it('forwards plain HTTP through HTTP_PROXY with the full URL', async () => {
    setProxyEnv({HTTP_PROXY: proxy.url});
    const response = await createRequest(endpoint(`${plain.url}/prom`))({
      method: 'GET',
      path: '/api/v1/query',
      query: {query: 'up'},
    });
    expect(response.data).toEqual({via: 'proxy'});
    expect(proxy.seen).toEqual([`forward ${plain.url}/prom/api/v1/query?query=up`]);
  });
});
