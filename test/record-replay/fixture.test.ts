// The version-1 snapshot recorded from the real Prometheus and AlertManager (capture.ts in
// test/fixtures/snapshot) loads and replays: every recorded cycle fills every panel, and the
// alert rules go pending as the failed queue fills. When the format moves on, this file stays:
// it is how a newer nova-top proves it still reads the files of an older one.
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {createAlertmanagerClient} from '../../source/alerts/alertmanager-client.js';
import {createRulesClient} from '../../source/alerts/rules-client.js';
import {v1Overview as systemOverview} from '../fixtures/snapshot/v1-dashboards/dashboards.js';
import {createPoller} from '../../source/poller/poller.js';
import type {PollPlan} from '../../source/poller/types.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {createReplay} from '../../source/record-replay/replay.js';
import {loadSnapshot} from '../../source/record-replay/snapshot-file.js';
import {cycleStarts} from '../../source/record-replay/timeline.js';

const file = fileURLToPath(new URL('../fixtures/snapshot/v1-overview.jsonl.gz', import.meta.url));
const panels = systemOverview.rows.flatMap((row) => row.panels);
const plan: PollPlan = {
  dashboard: systemOverview,
  rangeSeconds: 300,
  refreshMs: 2000,
  chartWidths: Object.fromEntries(panels.map((panel) => [panel.id, 20])),
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the version-1 fixture recorded from the real stack', () => {
  it('loads whole, with its header upgraded to the current version', async () => {
    const {snapshot, truncated} = await loadSnapshot(file);
    expect(truncated).toBe(false);
    expect(snapshot.header).toMatchObject({
      format: 'nova-top-snapshot',
      version: 2,
      novaTop: '0.1.0',
      options: {dashboard: 'overview', rangeSeconds: 300, refreshMs: 2000},
    });
    expect(snapshot.header.sources.map((source) => source.name)).toEqual([
      'prometheus',
      'alertmanager',
    ]);
    expect(snapshot.entries).toHaveLength(90);
    expect(cycleStarts(snapshot.entries)).toHaveLength(9);
  });

  it('fills every panel at every recorded cycle, and shows the failed queue going pending', async () => {
    const {snapshot} = await loadSnapshot(file);
    const replay = createReplay(snapshot, Date.now);
    const {poller, store} = createPoller({
      client: createPrometheusClient(replay.request('prometheus')),
      clock: replay.clock.now,
    });
    const rules = createRulesClient(replay.request('prometheus'));
    const alerts = createAlertmanagerClient(replay.request('alertmanager'));
    const failedQueue = async () =>
      (await rules.alertRules())
        .filter((rule) => rule.name === 'FailedMessageQueueCritical')
        .flatMap((rule) => rule.alerts.map((alert) => alert.state));
    replay.clock.pause();
    poller.setPlan(plan);
    const seen: string[][] = [];
    for (const cycle of cycleStarts(snapshot.entries)) {
      replay.clock.seek(cycle);
      poller.refreshNow();
      await vi.advanceTimersByTimeAsync(0);
      const states = Object.values(store.getState().panels);
      expect(states.map((state) => state.error)).toEqual(panels.map(() => undefined));
      expect(states.every((state) => state.updatedAt === cycle)).toBe(true);
      expect(await alerts.alerts()).toEqual([]);
      seen.push(await failedQueue());
    }
    poller.stop();
    expect(seen.slice(0, 7)).toEqual(Array.from({length: 7}, () => []));
    expect(seen.slice(7)).toEqual([['pending'], ['pending']]);
  });
});
