// Answering from a snapshot as of the virtual clock: the recorded window itself, else the same
// question's latest answer by the current cycle while it is recent; "not recorded" otherwise;
// recorded failures fail the same way; writes are refused.
import {describe, expect, it} from 'vitest';
import {createAlertmanagerClient} from '../../source/alerts/alertmanager-client.js';
import type {NewSilence} from '../../source/alerts/types.js';
import {HttpError, type HttpRequest} from '../../source/http/types.js';
import {isConnectionError, toPanelError} from '../../source/poller/failures.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import type {Snapshot, SnapshotEntry} from '../../source/record-replay/format.js';
import {createReplayRequest, NotRecordedError} from '../../source/record-replay/replay-request.js';

const range = (start: number, end: number, step = 15) => ({query: 'up', start, end, step});
const ok = (value: string) => ({status: 200, data: {value}, bytes: value.length});

function entry(t: number, request: Partial<HttpRequest>, answer: object): SnapshotEntry {
  const asked = {method: 'GET' as const, path: '/api/v1/query_range', ...request};
  return {t, durationMs: 20, source: 'prometheus', request: asked, ...answer} as SnapshotEntry;
}
const rules = {path: '/api/v1/rules', query: {type: 'alert'}};
const alerts = {path: '/api/v2/alerts'};
const badData = {status: 'error', errorType: 'bad_data', error: 'parse error'};

// Three poll cycles, 15 s apart, at 1000, 16000 and 31000.
const snapshot: Snapshot = {
  header: {
    format: 'nova-top-snapshot',
    version: 1,
    createdAt: '2025-11-27T05:00:00.000Z',
    novaTop: '0.1.0',
    sources: [],
    options: {refreshMs: 15_000},
  },
  entries: [
    entry(1000, {query: range(0, 60)}, {response: ok('A')}),
    {...entry(1005, alerts, {response: ok('alerts A')}), source: 'alertmanager'},
    entry(1010, rules, {response: ok('rules A')}),
    entry(16_000, {query: range(15, 75)}, {response: ok('B')}),
    {
      ...entry(16_005, alerts, {error: {kind: 'unreachable', message: 'connection refused'}}),
      source: 'alertmanager',
    },
    entry(16_010, rules, {response: ok('rules B')}),
    entry(
      31_000,
      {query: range(30, 90)},
      {error: {kind: 'http', message: 'HTTP 400', status: 400, body: badData}},
    ),
  ],
};

function replayAt(time: number, maxAgeMs?: number) {
  const clock = {now: time};
  const options = maxAgeMs === undefined ? {} : {maxAgeMs};
  return {
    clock,
    prometheus: createReplayRequest(snapshot, 'prometheus', () => clock.now, options),
    alertmanager: createReplayRequest(snapshot, 'alertmanager', () => clock.now, options),
  };
}

const valueOf = async (promise: Promise<{readonly data: unknown}>) =>
  promise.then(
    (response) => (response.data as {value: string}).value,
    (error: unknown) => (error instanceof HttpError ? `${error.kind}: ${error.message}` : error),
  );

describe('replaying requests', () => {
  it('answers a recorded window with its recording, whenever it is asked', async () => {
    const {prometheus, clock} = replayAt(1000);
    const ask = (start: number, end: number) =>
      valueOf(prometheus({method: 'GET', path: '/api/v1/query_range', query: range(start, end)}));
    expect(await ask(0, 60)).toBe('A');
    expect(await ask(15, 75)).toBe('B');
    clock.now = 40_000;
    expect(await ask(0, 60)).toBe('A');
  });

  it('answers the same question at another time with the latest answer of the current cycle', async () => {
    const {prometheus, clock} = replayAt(1000);
    const ask = () =>
      valueOf(prometheus({method: 'GET', path: '/api/v1/query_range', query: range(5, 65)}));
    expect(await ask()).toBe('A');
    clock.now = 15_999;
    expect(await ask()).toBe('A');
    clock.now = 16_000;
    expect(await ask()).toBe('B');
    clock.now = 30_000;
    expect(await ask()).toBe('B');
  });

  it('answers an instant query with other rate windows, but never another range’s totals', async () => {
    const instant = (query: string, t: number, value: string) =>
      entry(t, {path: '/api/v1/query', query: {query, time: t / 1000}}, {response: ok(value)});
    const recorded: Snapshot = {
      header: {...snapshot.header, options: {refreshMs: 15_000, rangeSeconds: 3600}},
      entries: [
        instant('sum(rate(a_total[4s]))', 1000, 'rate A'),
        instant('sum(increase(b_total[1h]))', 1000, 'total A'),
        instant('sum(rate(a_total[4s]))', 16_000, 'rate B'),
      ],
    };
    const clock = {now: 17_000};
    const replay = createReplayRequest(recorded, 'prometheus', () => clock.now);
    const ask = (query: string) =>
      valueOf(replay({method: 'GET', path: '/api/v1/query', query: {query, time: 17}}));
    // Replayed with --scrape-interval 15s: the instant window is 1m, not the recorded 4s.
    expect(await ask('sum(rate(a_total[1m]))')).toBe('rate B');
    expect(await ask('sum(rate(a_total[4s]))')).toBe('rate B');
    expect(await ask('sum(increase(b_total[1h]))')).toBe('total A');
    // Replayed with --range 2h: the recorded 1h total is not the answer.
    expect(await ask('sum(increase(b_total[2h]))')).toBe('not-recorded: not recorded');
    expect(await ask('sum(rate(c_total[1m]))')).toBe('not-recorded: not recorded');
    // An hour's average is asked as written: never answered with the recorded 4 s rate.
    expect(await ask('sum(rate(a_total[6h]))')).toBe('not-recorded: not recorded');
  });

  it('counts a whole cycle as known from its start, though its answers came later', async () => {
    const {prometheus, alertmanager, clock} = replayAt(1000);
    const askRules = () => valueOf(prometheus({method: 'GET', ...rules}));
    expect(await askRules()).toBe('rules A');
    expect(await valueOf(alertmanager({method: 'GET', ...alerts}))).toBe('alerts A');
    clock.now = 16_000;
    expect(await askRules()).toBe('rules B');
    expect(await valueOf(alertmanager({method: 'GET', ...alerts}))).toBe(
      'unreachable: connection refused',
    );
  });

  it('has no answer for another query, nor one older than the limit', async () => {
    const {prometheus, clock} = replayAt(20_000);
    const ask = (query: Record<string, string | number>) =>
      valueOf(prometheus({method: 'GET', path: '/api/v1/query_range', query}));
    expect(await ask({...range(5, 65), query: 'down'})).toBe('not-recorded: not recorded');
    expect(await ask({query: 'up', time: 60})).toBe('not-recorded: not recorded');
    clock.now = 31_000 + 90_001;
    expect(await ask(range(200, 260))).toBe('not-recorded: not recorded');
    const patient = replayAt(31_000 + 90_001, 100_000).prometheus;
    const late = {method: 'GET' as const, path: '/api/v1/query_range', query: range(200, 260)};
    expect(await valueOf(patient(late))).toBe('http: HTTP 400');
  });

  it('"not recorded" shows on the panel without taking the server for down', async () => {
    const {prometheus} = replayAt(1000);
    const error = await prometheus({
      method: 'GET',
      path: '/api/v1/query',
      query: {query: 'x', time: 1},
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(NotRecordedError);
    expect(toPanelError(error)).toEqual({kind: 'not-recorded', message: 'not recorded'});
    expect(isConnectionError(error)).toBe(false);
  });

  it('fails a recorded error the way the server did', async () => {
    const {prometheus} = replayAt(31_000);
    const client = createPrometheusClient(prometheus);
    await expect(client.queryRange('up', {start: 30, end: 90, step: 15})).rejects.toMatchObject({
      kind: 'prometheus',
      message: 'parse error',
      errorType: 'bad_data',
      status: 400,
    });
  });

  it('refuses writes', async () => {
    const {alertmanager} = replayAt(1000);
    const client = createAlertmanagerClient(alertmanager);
    const silence: NewSilence = {
      matchers: [{name: 'alertname', operator: '=', value: 'X'}],
      startsAt: 1_764_219_600,
      endsAt: 1_764_223_200,
      createdBy: 'me',
      comment: 'test',
    };
    await expect(client.createSilence(silence)).rejects.toThrow(
      new HttpError('http', 'read-only: replaying a snapshot'),
    );
    await expect(client.expireSilence('abc')).rejects.toThrow('read-only: replaying a snapshot');
  });

  it('honours an aborted request', async () => {
    const {prometheus} = replayAt(1000);
    const signal = AbortSignal.abort();
    const asked = prometheus({
      method: 'GET',
      path: '/api/v1/query_range',
      query: range(0, 60),
      signal,
    });
    expect(await valueOf(asked)).toBe('aborted: request cancelled');
  });
});
