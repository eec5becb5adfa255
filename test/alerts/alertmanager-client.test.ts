import {describe, expect, it} from 'vitest';
import {createAlertmanagerClient} from '../../source/alerts/alertmanager-client.js';
import {HttpResponseError} from '../../source/http/response-error.js';
import {HttpError} from '../../source/http/types.js';
import {fixture, ms, recordedError, replay} from './fixtures.js';

const routes = {
  'GET /api/v2/alerts': fixture('alerts'),
  'GET /api/v2/alerts/groups': fixture('groups'),
  'GET /api/v2/silences': fixture('silences'),
  'GET /api/v2/silence/529499d1-9c19-4ee8-a2cb-ffd6c4ceb6cb': fixture('silence'),
  'POST /api/v2/silences': fixture('silence-created'),
  'DELETE /api/v2/silence/fccf3f8c-d636-429e-abbd-133088e70e3a': undefined,
  'GET /api/v2/status': fixture('status'),
};

/** An HttpResponseError as source/http raises it for a recorded non-2xx answer. */
function failing(name: string) {
  const {status, body} = recordedError(name);
  return replay({
    'GET /api/v2/silence/not-a-uuid': new HttpResponseError(`HTTP ${status}`, status, body),
    'GET /api/v2/silence/00000000-0000-0000-0000-000000000000': new HttpResponseError(
      `HTTP ${status}`,
      status,
      body,
    ),
    'POST /api/v2/silences': new HttpResponseError(`HTTP ${status}`, status, body),
  }).request;
}

describe('AlertManager client on recorded AlertManager 0.25 answers', () => {
  it('narrows alerts, keeping server text exactly as sent', async () => {
    const alerts = await createAlertmanagerClient(replay(routes).request).alerts();
    expect(alerts.map((alert) => [alert.labels['alertname'], alert.state])).toEqual([
      ['IdleConversationsTooHigh', 'suppressed'],
      ['CriticalWebSocketErrorRate', 'active'],
      ['HighWebSocketErrorRate', 'suppressed'],
      ['CriticalWebSocketErrorRate', 'active'],
    ]);
    expect(alerts[0]).toEqual({
      fingerprint: '0d519928af366952',
      labels: {
        alertname: 'IdleConversationsTooHigh',
        note: 'x'.repeat(300),
        service: 'messaging',
        severity: 'info',
      },
      annotations: {summary: 'Idle conversations at 93% \u001b[31mred\u001b[0m'},
      startsAt: ms('2026-11-27T05:31:53.022Z'),
      endsAt: ms('2026-11-27T05:32:03.022Z'),
      updatedAt: ms('2026-11-27T05:31:59.026Z'),
      generatorURL: 'http://127.0.0.1:38453/graph?g0.expr=vector%280.93%29&g0.tab=1',
      receivers: ['default'],
      state: 'suppressed',
      silencedBy: ['fccf3f8c-d636-429e-abbd-133088e70e3a'],
      inhibitedBy: [],
    });
    expect(alerts[2]?.inhibitedBy).toEqual(['3b04f7b42da06154']);
  });

  it('reads fields newer than 0.25 when a server sends them', async () => {
    const [alert] = fixture('alerts') as Record<string, unknown>[];
    const newer = {
      ...alert,
      status: {state: 'suppressed', silencedBy: [], inhibitedBy: [], mutedBy: ['weekends']},
    };
    const [narrowed] = await createAlertmanagerClient(
      replay({'GET /api/v2/alerts': [newer, {labels: 'not an object'}, 42]}).request,
    ).alerts();
    expect(narrowed?.mutedBy).toEqual(['weekends']);

    const [silence] = fixture('silences') as Record<string, unknown>[];
    const annotated = {...silence, annotations: {ticket: 'OPS-1'}};
    const [read] = await createAlertmanagerClient(
      replay({'GET /api/v2/silences': [annotated]}).request,
    ).silences();
    expect(read?.annotations).toEqual({ticket: 'OPS-1'});
  });

  it('keeps a label named __proto__ as a label', async () => {
    const wire = JSON.parse('[{"labels": {"alertname": "A", "__proto__": "x"}}]') as unknown;
    const [alert] = await createAlertmanagerClient(
      replay({'GET /api/v2/alerts': wire}).request,
    ).alerts();
    expect(Object.entries(alert?.labels ?? {})).toEqual([
      ['alertname', 'A'],
      ['__proto__', 'x'],
    ]);
    expect(alert?.state).toBe('unprocessed');
  });

  it('narrows route groups', async () => {
    const groups = await createAlertmanagerClient(replay(routes).request).groups();
    expect(
      groups.map((group) => [group.labels, group.receiver, group.alerts.map((a) => a.fingerprint)]),
    ).toEqual([
      [
        {alertname: 'CriticalWebSocketErrorRate'},
        'pager',
        ['3b04f7b42da06154', '9c7ff528d4a079a1'],
      ],
      [{alertname: 'HighWebSocketErrorRate'}, 'default', ['4f9360ee5ec0dd88']],
      [{alertname: 'IdleConversationsTooHigh'}, 'default', ['0d519928af366952']],
    ]);
  });

  it('narrows silences, turning isRegex/isEqual into operators', async () => {
    const client = createAlertmanagerClient(replay(routes).request);
    const silences = await client.silences();
    expect(silences.map((s) => [s.state, s.createdBy, s.comment, s.matchers])).toEqual([
      [
        'active',
        'alice',
        'Known: weekend traffic',
        [{name: 'alertname', operator: '=', value: 'IdleConversationsTooHigh'}],
      ],
      ['pending', 'alice', 'Deploy window', [{name: 'service', operator: '=~', value: 'mess.*'}]],
      ['expired', 'alice', 'Oops', [{name: 'instance', operator: '!=', value: 'chat-2:9464'}]],
    ]);
    expect(await client.silence('529499d1-9c19-4ee8-a2cb-ffd6c4ceb6cb')).toEqual({
      id: '529499d1-9c19-4ee8-a2cb-ffd6c4ceb6cb',
      state: 'expired',
      matchers: [{name: 'instance', operator: '!=', value: 'chat-2:9464'}],
      startsAt: ms('2026-11-27T05:31:59.238Z'),
      endsAt: ms('2026-11-27T05:31:59.239Z'),
      updatedAt: ms('2026-11-27T05:31:59.239Z'),
      createdBy: 'alice',
      comment: 'Oops',
    });
  });

  it('posts a silence in the wire form and returns its id; expires by id', async () => {
    const {request, requests} = replay(routes);
    const client = createAlertmanagerClient(request);
    const id = await client.createSilence({
      matchers: [
        {name: 'alertname', operator: '=', value: 'IdleConversationsTooHigh'},
        {name: 'instance', operator: '!~', value: 'chat-.*'},
      ],
      startsAt: ms('2026-11-27T05:00:00Z'),
      endsAt: ms('2026-11-27T06:00:00Z'),
      createdBy: 'bob',
      comment: 'Known',
    });
    await client.expireSilence(id);
    expect(id).toBe('fccf3f8c-d636-429e-abbd-133088e70e3a');
    expect(requests.map(({method, path, body}) => ({method, path, body}))).toEqual([
      {
        method: 'POST',
        path: '/api/v2/silences',
        body: {
          matchers: [
            {name: 'alertname', value: 'IdleConversationsTooHigh', isRegex: false, isEqual: true},
            {name: 'instance', value: 'chat-.*', isRegex: true, isEqual: false},
          ],
          startsAt: '2026-11-27T05:00:00.000Z',
          endsAt: '2026-11-27T06:00:00.000Z',
          createdBy: 'bob',
          comment: 'Known',
        },
      },
      {
        method: 'DELETE',
        path: '/api/v2/silence/fccf3f8c-d636-429e-abbd-133088e70e3a',
        body: undefined,
      },
    ]);
  });

  it('narrows the status: version and cluster state', async () => {
    expect(await createAlertmanagerClient(replay(routes).request).status()).toEqual({
      version: '0.25.0',
      startedAt: ms('2026-11-27T05:31:52.083Z'),
      cluster: {status: 'disabled', peers: []},
    });
  });

  it('refuses an answer that is not a list as malformed', async () => {
    const client = createAlertmanagerClient(replay({'GET /api/v2/alerts': {alerts: []}}).request);
    await expect(client.alerts()).rejects.toMatchObject({
      kind: 'malformed',
      message: 'The AlertManager alert list is not in the expected format',
    });
  });
});

describe("AlertManager's error bodies", () => {
  const cases = [
    {
      name: 'silenceEndsBeforeStart',
      call: 'create',
      status: 400,
      message: 'Failed to create silence: start time must be before end time',
    },
    {
      name: 'silenceNoMatchers',
      call: 'create',
      status: 422,
      message: 'matchers in body should have at least 1 items',
    },
    {
      name: 'silenceNotUuid',
      call: 'get:not-a-uuid',
      status: 422,
      message: 'silenceID in path must be of type uuid: "not-a-uuid"',
    },
    {
      name: 'silenceUnknown',
      call: 'get:00000000-0000-0000-0000-000000000000',
      status: 404,
      message: 'no silence with id 00000000-0000-0000-0000-000000000000',
    },
  ] as const;

  it.each(cases)('$name -> HttpError "$message"', async ({name, call, status, message}) => {
    const client = createAlertmanagerClient(failing(name));
    const attempt =
      call === 'create'
        ? client.createSilence({matchers: [], startsAt: 0, endsAt: 0, createdBy: 'a', comment: 'c'})
        : client.silence(call.slice('get:'.length));
    const error: unknown = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({kind: 'alertmanager', status, message});
  });

  it('leaves a proxy page and network failures as they are', async () => {
    const proxy = new HttpResponseError('HTTP 502 from proxy', 502, '<html>Bad Gateway</html>');
    const down = new HttpError('unreachable', 'cannot reach 127.0.0.1:9: connection refused');
    for (const failure of [proxy, down]) {
      const client = createAlertmanagerClient(replay({'GET /api/v2/alerts': failure}).request);
      await expect(client.alerts()).rejects.toBe(failure);
    }
  });
});
