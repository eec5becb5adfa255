// Alerts in a recording: every AlertManager is recorded under its own source name and replayed
// as itself, and the alerts screen of a replay lives on the replay's clock (ages as recorded,
// stepping moves them) and refuses silences. Two small HTTP servers on 127.0.0.1 play the
// AlertManagers with recorded AlertManager 0.25 payloads.
import {mkdtempSync, rmSync} from 'node:fs';
import type {Server} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {createAlertmanagerClient} from '../../source/alerts/alertmanager-client.js';
import {createAlertsRuntime} from '../../source/poller/alerts-runtime.js';
import type {AlertsState} from '../../source/alerts/alerts-state.js';
import type {DataSession} from '../../source/record-replay/session.js';
import {freePort} from '../../stack/servers.js';
import {createPoller} from '../../source/poller/poller.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {
  recordedAlertmanagers,
  recordingSession,
  replaySession,
} from '../../source/record-replay/session.js';
import {pollAlertsOnce} from '../../source/one-shot/poll-once.js';
import {loadSnapshot} from '../../source/record-replay/snapshot-file.js';
import {fixture} from '../alerts/fixtures.js';
import {
  endpointOf,
  recordAlertPolls,
  recordedRoutes,
  serve,
  type Routes,
} from './alerts-recording.js';
import {renderApp} from '../components/app-fixture.js';
import {eventually, type Harness} from '../components/ink-harness.js';

const recordedAlerts = fixture('alerts') as {labels: Record<string, string>; startsAt: string}[];
const firstRoutes = recordedRoutes;
/** The second AlertManager knows one alert of its own. */
const secondAlert = {
  ...recordedAlerts[0],
  labels: {alertname: 'OnlyOnSecond', severity: 'warning'},
  fingerprint: 'second',
};
const secondRoutes: Routes = {...firstRoutes, '/api/v2/alerts': [secondAlert]};

let first: Server;
let second: Server;
let folder: string;
let harness: Harness | undefined;
const stops: (() => void)[] = [];

beforeAll(async () => {
  first = await serve(firstRoutes);
  second = await serve(secondRoutes);
  folder = mkdtempSync(path.join(tmpdir(), 'nova-top-replay-alerts-'));
});

afterEach(() => {
  harness?.unmount();
  harness = undefined;
  for (const stop of stops.splice(0)) stop();
});

afterAll(async () => {
  await new Promise((resolve) => first.close(resolve));
  await new Promise((resolve) => second.close(resolve));
  rmSync(folder, {recursive: true, force: true});
});

describe('recording several AlertManagers', () => {
  it('records each under its own name and replays each as itself', async () => {
    const file = path.join(folder, 'two.jsonl.gz');
    const alertmanagers = [endpointOf(first), endpointOf(second)];
    const recording = recordingSession(
      {prometheus: endpointOf(first), alertmanagers},
      {file, novaTop: 'test', options: {refreshMs: 2000}},
    );
    for (const request of recording.alertmanagers) {
      await createAlertmanagerClient(request).alerts();
    }
    recording.close();

    const {snapshot} = await loadSnapshot(file);
    expect(snapshot.header.version).toBe(2);
    expect(snapshot.header.sources.map((source) => source.name)).toEqual([
      'prometheus',
      'alertmanager',
      'alertmanager#2',
    ]);
    expect(snapshot.entries.map((entry) => entry.source)).toEqual([
      'alertmanager',
      'alertmanager#2',
    ]);
    expect(recordedAlertmanagers(snapshot.header).map((source) => source.url)).toEqual(
      alertmanagers.map((each) => each.url),
    );

    const replay = await replaySession(file);
    expect(replay.alertmanagers).toHaveLength(2);
    const names = async (index: number) => {
      const request = replay.alertmanagers[index];
      if (request === undefined) return [];
      const alerts = await createAlertmanagerClient(request).alerts();
      return alerts.map((alert) => alert.labels['alertname']);
    };
    expect(await names(1)).toEqual(['OnlyOnSecond']);
    expect(await names(0)).toEqual(recordedAlerts.map((alert) => alert.labels['alertname']));
  });
});

describe('a version-1 recording', () => {
  it('replays its one AlertManager, named by its recorded URL', async () => {
    const v1 = new URL('../fixtures/snapshot/v1-overview.jsonl.gz', import.meta.url).pathname;
    const replay = await replaySession(v1);
    expect(replay.replay?.header.version).toBe(2);
    expect(replay.alertmanagers).toHaveLength(1);
    const header = replay.replay?.header;
    expect(header && recordedAlertmanagers(header).map((source) => source.url)).toEqual([
      'http://127.0.0.1:33979',
    ]);
    replay.replay?.clock.toEnd();
    const request = replay.alertmanagers[0];
    expect(request && (await createAlertmanagerClient(request).alerts())).toEqual([]);
  });
});

describe('the alerts screen of a replay', () => {
  // The recording's clock: two polls a minute apart, the first 2m 5s after the newest alert began.
  const newest = Math.max(...recordedAlerts.map((alert) => Date.parse(alert.startsAt)));
  const pollTimes = [newest + 125_000, newest + 185_000];

  it('shows ages as of the recorded moment, steps with the replay, and refuses silences', async () => {
    const file = path.join(folder, 'clock.jsonl.gz');
    await recordAlertPolls(file, first, pollTimes);
    // The replay's real clock stands still: recorded time moves only by keys.
    const session = await replaySession(file, () => 1_000_000);
    const replay = session.replay;
    if (replay === undefined) throw new Error('not a replay');
    const {poller, store} = createPoller({
      client: createPrometheusClient(session.prometheus),
      clock: session.clock,
      incremental: false,
    });
    const runtime = createAlertsRuntime({
      config: {
        alertmanagers: recordedAlertmanagers(replay.header),
        bell: false,
        readOnly: false,
      },
      readOnlyReason: 'replaying a snapshot',
      clock: session.clock,
      prometheusEndpoint: endpointOf(first),
      prometheusRequest: session.prometheus,
      requestFor: () => session.alertmanagers[0] ?? session.prometheus,
      prometheus: createPrometheusClient(session.prometheus),
      refreshMs: 60_000,
      author: 'oncall',
      hyperlinks: false,
    });
    stops.push(poller.stop, runtime.poller.stop);
    harness = renderApp(
      {
        store,
        poller,
        url: 'replay clock.jsonl.gz',
        refreshMs: 60_000,
        initialRangeSeconds: 300,
        clock: session.clock,
        alerts: runtime,
        replay,
      },
      {columns: 120, rows: 30},
    );
    const shown = harness;
    const lines = () => shown.lastFrame().split('\n');
    const rowOf = (name: string) => lines().find((line) => line.includes(name)) ?? '';
    await shown.press('a');
    await eventually(() => expect(rowOf('CriticalWebSocketErrorRate')).toMatch(/firing {2}2m$/));
    expect(runtime.store.getState().lastCycleAt).toBe(pollTimes[0]);
    expect(lines()[0]).toMatch(/REPLAY 1x READ-ONLY/);

    // Paused, as one steps through an incident: the step still polls the alerts once.
    await shown.press('p');
    await eventually(() => expect(lines()[0]).toMatch(/REPLAY PAUSED READ-ONLY/));
    await shown.press('.');
    await eventually(() => expect(rowOf('CriticalWebSocketErrorRate')).toMatch(/firing {2}3m$/));
    expect(runtime.store.getState().lastCycleAt).toBe(pollTimes[1]);

    await shown.press('s');
    await eventually(() =>
      expect(lines().map((line) => line.trimEnd())).toContain('read-only: replaying a snapshot'),
    );
  });
});

/** One cycle of the alerts poller on a session's request functions, with the fallback. */
const oneAlertsCycle = (session: DataSession): Promise<AlertsState> =>
  pollAlertsOnce(session, ['http://am:9093']);

describe('recording while AlertManager is down', () => {
  it("records Prometheus' own alert list and replays the same fallback", async () => {
    const prometheus = await serve({
      '/api/v1/alerts': fixture('prometheus-alerts'),
      '/api/v1/rules': fixture('prometheus-alerts-rules'),
    });
    try {
      const file = path.join(folder, 'fallback.jsonl.gz');
      // Nothing listens there: connection refused.
      const down = {url: `http://127.0.0.1:${await freePort()}`, headers: [], timeoutMs: 2000};
      const recording = recordingSession(
        {prometheus: endpointOf(prometheus), alertmanagers: [down]},
        {file, novaTop: 'test', options: {refreshMs: 2000}},
      );
      const live = await oneAlertsCycle(recording);
      recording.close();
      expect(live.rowsFrom).toBe('prometheus');
      expect(live.rows).toHaveLength(6);

      const {snapshot} = await loadSnapshot(file);
      expect(
        snapshot.entries.map((entry) => `${entry.source} ${entry.request.path}`).sort(),
      ).toEqual([
        'alertmanager /api/v2/alerts',
        'alertmanager /api/v2/alerts/groups',
        'alertmanager /api/v2/silences',
        'alertmanager /api/v2/status',
        'prometheus /api/v1/alerts',
        'prometheus /api/v1/rules',
      ]);
      const replay = await replaySession(file);
      replay.replay?.clock.toEnd();
      const replayed = await oneAlertsCycle(replay);
      expect(replayed.rowsFrom).toBe('prometheus');
      expect(replayed.rows.map((row) => [row.key, row.state, row.since, row.firesAt])).toEqual(
        live.rows.map((row) => [row.key, row.state, row.since, row.firesAt]),
      );
      expect(replayed.alertmanagers[0]?.error).toBe(live.alertmanagers[0]?.error);
    } finally {
      await new Promise((resolve) => prometheus.close(resolve));
    }
  });
});
