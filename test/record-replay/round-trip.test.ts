// What --record writes is what --replay reads: header, requests exactly as sent, answers and
// errors, written as gzip members that gunzip reads as one stream.
import {gunzipSync} from 'node:zlib';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {HttpError} from '../../source/http/types.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import type {Snapshot} from '../../source/record-replay/format.js';
import {createReplayRequest} from '../../source/record-replay/replay-request.js';
import {loadFixture} from '../prometheus/replay.js';
import {answering, recordToMemory, startMs} from './recording.js';

afterEach(() => {
  vi.useRealTimers();
});

const matrix = loadFixture('query-range-matrix');
const badData = loadFixture('error-bad-data');
const window = {start: 1_795_757_718, end: 1_795_757_748, step: 1};

describe('snapshot round trip', () => {
  it('reads back the header and every answered request, errors included, aborts left out', async () => {
    // Each Prometheus answer takes 40 ms of clock time, the AlertManager failure 5 ms.
    const clock = {now: startMs};
    const {recorder, snapshot} = recordToMemory({
      sources: [{name: 'prometheus', url: 'http://user:pass@127.0.0.1:9090/prom/?a=1#top'}],
      clock: () => clock.now,
    });
    const inner = answering((request) => {
      clock.now += 40;
      if (request.path === '/api/v1/query') return {status: badData.status, body: badData.body};
      return {status: matrix.status, body: matrix.body};
    });
    const request = recorder.wrap('prometheus', inner);
    const unreachable = recorder.wrap('alertmanager', async () => {
      clock.now += 5;
      throw new HttpError('unreachable', 'cannot reach 127.0.0.1:9093: connection refused');
    });
    const aborted = recorder.wrap('prometheus', async () => {
      throw new HttpError('aborted', 'request cancelled');
    });
    const query = {query: 'message_queue_depth', ...window};
    await request({method: 'GET', path: '/api/v1/query_range', query});
    await expect(
      request({method: 'GET', path: '/api/v1/query', query: {query: 'sum(', time: window.end}}),
    ).rejects.toThrow('HTTP 400');
    await expect(unreachable({method: 'GET', path: '/api/v2/alerts'})).rejects.toThrow();
    await expect(aborted({method: 'GET', path: '/api/v1/query_range', query})).rejects.toThrow();
    recorder.close();

    const expected: Snapshot = {
      header: {
        format: 'nova-top-snapshot',
        version: 2,
        createdAt: '2025-11-27T05:00:00.000Z',
        novaTop: '0.1.0',
        sources: [{name: 'prometheus', url: 'http://127.0.0.1:9090/prom'}],
        options: {rangeSeconds: 3600, refreshMs: 15_000, dashboard: 'overview'},
      },
      entries: [
        {
          t: startMs,
          source: 'prometheus',
          request: {method: 'GET', path: '/api/v1/query_range', query},
          durationMs: 40,
          response: {status: 200, data: matrix.body, bytes: JSON.stringify(matrix.body).length},
        },
        {
          t: startMs + 40,
          source: 'prometheus',
          request: {method: 'GET', path: '/api/v1/query', query: {query: 'sum(', time: window.end}},
          durationMs: 40,
          error: {
            kind: 'http',
            message: 'HTTP 400 from 127.0.0.1:9090',
            status: 400,
            body: badData.body,
          },
        },
        {
          t: startMs + 80,
          source: 'alertmanager',
          request: {method: 'GET', path: '/api/v2/alerts'},
          durationMs: 5,
          error: {kind: 'unreachable', message: 'cannot reach 127.0.0.1:9093: connection refused'},
        },
      ],
    };
    expect(snapshot()).toEqual(expected);
    expect(recorder.stats()).toEqual({recorded: 3, refused: 0});
  });

  it('a replayed error reaches the client as the live one did', async () => {
    const live = answering(() => ({status: badData.status, body: badData.body}));
    const {recorder, snapshot} = recordToMemory();
    const query = {query: 'sum(', time: window.end};
    await recorder
      .wrap(
        'prometheus',
        live,
      )({method: 'GET', path: '/api/v1/query', query})
      .catch(() => undefined);
    recorder.close();
    const replayed = createReplayRequest(snapshot(), 'prometheus', () => startMs);
    const errorOf = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (e: unknown) => e,
      );
    const liveError = await errorOf(createPrometheusClient(live).query('sum(', window.end));
    const replayError = await errorOf(createPrometheusClient(replayed).query('sum(', window.end));
    expect(liveError).toBeInstanceOf(HttpError);
    expect(replayError).toEqual(liveError);
    expect(replayError).toMatchObject({kind: 'prometheus', errorType: 'bad_data'});
  });

  it('writes the header at once, then one gzip member per flush, a second after the answer', async () => {
    vi.useFakeTimers();
    const {recorder, chunks, bytes} = recordToMemory();
    const request = recorder.wrap(
      'prometheus',
      answering(() => ({status: 200, body: {status: 'success', data: {}}})),
    );
    expect(chunks).toHaveLength(1);
    await request({method: 'GET', path: '/api/v1/query', query: {query: 'a', time: 1}});
    await request({method: 'GET', path: '/api/v1/query', query: {query: 'b', time: 1}});
    await vi.advanceTimersByTimeAsync(999);
    expect(chunks).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(chunks).toHaveLength(2);
    await request({method: 'GET', path: '/api/v1/query', query: {query: 'c', time: 1}});
    recorder.close();
    expect(chunks).toHaveLength(3);
    // Each member is a complete gzip stream of whole lines; together they read as one stream.
    const perMember = chunks.map((chunk) => gunzipSync(chunk).toString().split('\n').length - 1);
    expect(perMember).toEqual([1, 2, 1]);
    const lines = gunzipSync(bytes()).toString().trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).request?.query?.query)).toEqual([
      undefined,
      'a',
      'b',
      'c',
    ]);
  });

  it('stops recording on a write failure, says so once, and keeps answering', async () => {
    const messages: string[] = [];
    let writes = 0;
    const {recorder} = recordToMemory({
      write: () => {
        writes += 1;
        if (writes > 1) throw Object.assign(new Error('ENOSPC: no space left'), {code: 'ENOSPC'});
      },
      onError: (message) => messages.push(message),
    });
    const body = {status: 'success', data: {resultType: 'vector', result: []}};
    const request = recorder.wrap(
      'prometheus',
      answering(() => ({status: 200, body})),
    );
    const ask = () => request({method: 'GET', path: '/api/v1/query', query: {query: 'a', time: 1}});
    await ask();
    recorder.flush();
    await expect(ask()).resolves.toEqual({
      status: 200,
      data: body,
      bytes: JSON.stringify(body).length,
    });
    recorder.close();
    expect(messages).toEqual([
      'recording stopped: cannot write the snapshot (ENOSPC: no space left)',
    ]);
    expect(writes).toBe(2);
  });
});
