// Canary credentials given to the real HTTP module never reach a snapshot file: not from the
// URL, not from a server that echoes the request's headers in its answers or error pages, not
// from a request that carries one. The bytes on disk are searched, compressed and uncompressed.
import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createRequest} from '../../source/http/http.js';
import type {EndpointConfig} from '../../source/config/endpoint.js';
import {createRecorder} from '../../source/record-replay/recorder.js';
import {endpointSecrets} from '../../source/record-replay/scrub.js';
import {createSnapshotFile, loadSnapshot} from '../../source/record-replay/snapshot-file.js';
import {sendJson, startTestServer, type TestServer} from '../http/test-server.js';
import {startMs} from './recording.js';

const canaries = {
  token: 'canary-token-5d1e7',
  tenant: 'canary-tenant-9a0c',
  password: 'canary-password-3f82',
  userinfo: 'canary-userinfo-c6b4',
};

const folder = mkdtempSync(path.join(tmpdir(), 'nova-top-secrets-'));
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((request, response) => {
    const echo = {
      authorization: request.headers['authorization'],
      tenant: request.headers['x-scope-orgid'],
      asked: request.url,
    };
    if (request.url.startsWith('/deny')) {
      response.writeHead(401, {'Content-Type': 'text/plain'});
      response.end(`denied: ${echo.authorization} ${echo.tenant}`);
    } else sendJson(response, 200, {status: 'success', data: echo});
  });
});
afterAll(async () => {
  await server.close();
  rmSync(folder, {recursive: true, force: true});
});

describe('a recording never holds credentials', () => {
  it('has no canary in the file, compressed or not, and still loads', async () => {
    const prometheus: EndpointConfig = {
      url: server.url,
      headers: [['X-Scope-OrgID', canaries.tenant]],
      bearerToken: canaries.token,
      timeoutMs: 2000,
    };
    const alertmanager: EndpointConfig = {
      url: server.url,
      headers: [],
      basicAuth: {username: 'nova', password: canaries.password},
      timeoutMs: 2000,
    };
    const file = path.join(folder, 'incident.jsonl.gz');
    const output = createSnapshotFile(file);
    const recorder = createRecorder({
      novaTop: '0.1.0',
      sources: [
        {name: 'prometheus', url: server.url.replace('//', `//nova:${canaries.userinfo}@`)},
        {name: 'alertmanager', url: `${server.url}/?token=${canaries.token}`},
      ],
      options: {rangeSeconds: 3600},
      clock: () => startMs,
      secrets: [
        ...endpointSecrets(prometheus),
        ...endpointSecrets(alertmanager),
        canaries.userinfo,
      ],
      write: output.write,
    });
    const ask = recorder.wrap('prometheus', createRequest(prometheus));
    const askAlertmanager = recorder.wrap('alertmanager', createRequest(alertmanager));
    const answered = await ask({
      method: 'GET',
      path: '/api/v1/query',
      query: {query: 'up', time: 1},
    });
    // The echo really carried the credentials, and the live answer is redacted already.
    expect(answered.data).toMatchObject({data: {authorization: '[redacted]'}});
    await askAlertmanager({method: 'GET', path: '/api/v2/alerts'});
    await expect(ask({method: 'GET', path: '/deny'})).rejects.toThrow('HTTP 401');
    await expect(askAlertmanager({method: 'GET', path: '/deny'})).rejects.toThrow('HTTP 401');
    await ask({
      method: 'GET',
      path: '/api/v1/query',
      query: {query: `"${canaries.token}"`, time: 1},
    });
    await askAlertmanager({
      method: 'POST',
      path: '/api/v2/silences',
      body: {comment: `password is ${canaries.password}`},
    });
    recorder.close();
    output.close();

    expect(recorder.stats()).toEqual({recorded: 4, refused: 2});
    const compressed = readFileSync(file);
    const text = gunzipSync(compressed).toString('utf8');
    for (const canary of Object.values(canaries)) {
      expect(compressed.includes(canary)).toBe(false);
      expect(text.includes(canary)).toBe(false);
    }
    const basic = Buffer.from(`nova:${canaries.password}`).toString('base64');
    expect(text.includes(basic)).toBe(false);
    expect(text).toContain('"authorization":"[redacted]","tenant":"[redacted]"');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const {snapshot} = await loadSnapshot(file);
    expect(snapshot.header.sources).toEqual([
      {name: 'prometheus', url: server.url},
      {name: 'alertmanager', url: server.url},
    ]);
    expect(snapshot.entries.map((entry) => `${entry.source} ${entry.request.path}`)).toEqual([
      'prometheus /api/v1/query',
      'alertmanager /api/v2/alerts',
      'prometheus /deny',
      'alertmanager /deny',
    ]);
  });

  it('drops a line when a secret matched JSON punctuation rather than corrupting the file', async () => {
    const chunks: Buffer[] = [];
    const recorder = createRecorder({
      novaTop: '0.1.0',
      sources: [],
      options: {},
      clock: () => startMs,
      secrets: ['":{"'],
      write: (chunk) => chunks.push(Buffer.from(chunk)),
    });
    const request = recorder.wrap('prometheus', async () => ({
      status: 200,
      data: {a: {}},
      bytes: 8,
    }));
    await request({method: 'GET', path: '/api/v1/status/buildinfo'});
    recorder.close();
    expect(recorder.stats()).toEqual({recorded: 0, refused: 1});
    expect(gunzipSync(Buffer.concat(chunks)).toString().split('\n')).toHaveLength(2);
  });
});
