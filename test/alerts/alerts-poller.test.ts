// The alerts poller with fake timers: one cycle at a time, one notification per cycle, the last
// data kept when AlertManager fails, backoff while nothing answers, and nothing after stop.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {labelKey} from '../../source/alerts/alert-rows.js';
import type {AlertmanagerClient} from '../../source/alerts/alertmanager-client.js';
import type {RulesClient} from '../../source/alerts/rules-client.js';
import type {AlertmanagerAlert} from '../../source/alerts/types.js';
import {HttpError} from '../../source/http/types.js';
import {createAlertsPoller} from '../../source/poller/alerts-poller.js';

const firing: AlertmanagerAlert = {
  fingerprint: 'f',
  labels: {alertname: 'A', severity: 'critical'},
  annotations: {},
  receivers: [],
  state: 'active',
  silencedBy: [],
  inhibitedBy: [],
};

function fakeAlertmanager() {
  const calls = {alerts: 0, signals: [] as AbortSignal[]};
  let answer: () => Promise<readonly AlertmanagerAlert[]> = async () => [firing];
  const client = {
    alerts: (signal?: AbortSignal) => {
      calls.alerts += 1;
      if (signal) calls.signals.push(signal);
      return answer();
    },
    silences: async () => [],
    status: async () => ({cluster: {status: 'disabled', peers: []}}),
  } as unknown as AlertmanagerClient;
  return {client, calls, answerWith: (next: typeof answer) => void (answer = next)};
}

const rules = (fail = false): RulesClient => ({
  alertRules: async () => {
    if (fail) throw new HttpError('unreachable', 'rules unreachable');
    return [];
  },
});

beforeEach(() => vi.useFakeTimers({now: 1_000_000}));
afterEach(() => vi.useRealTimers());

describe('the alerts poller', () => {
  it('polls at start and every refresh, notifying once per cycle', async () => {
    const am = fakeAlertmanager();
    const {poller, store} = createAlertsPoller({
      alertmanagers: [{name: 'am1', client: am.client}],
      rules: rules(),
      prometheusName: 'prom',
      refreshMs: 5000,
    });
    let notified = 0;
    store.subscribe(() => void (notified += 1));
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect([am.calls.alerts, notified, store.getState().rows.length]).toEqual([1, 1, 1]);
    await vi.advanceTimersByTimeAsync(5000);
    expect([am.calls.alerts, notified]).toEqual([2, 2]);
    poller.stop();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(am.calls.alerts).toBe(2);
  });

  it('never overlaps: a refresh while a cycle runs waits for it', async () => {
    const am = fakeAlertmanager();
    am.answerWith(() => new Promise((resolve) => setTimeout(() => resolve([firing]), 3000)));
    const {poller} = createAlertsPoller({
      alertmanagers: [{name: 'am1', client: am.client}],
      rules: rules(),
      prometheusName: 'prom',
      refreshMs: 10_000,
    });
    poller.start();
    await vi.advanceTimersByTimeAsync(1000);
    poller.refreshNow();
    poller.refreshNow();
    expect(am.calls.alerts).toBe(1);
    await vi.advanceTimersByTimeAsync(1999);
    expect(am.calls.alerts).toBe(1);
    // The running cycle ends at 3 s; the queued refresh starts right after it, once.
    await vi.advanceTimersByTimeAsync(2);
    expect(am.calls.alerts).toBe(2);
    poller.stop();
    expect(am.calls.signals.at(-1)?.aborted).toBe(true);
  });

  it('keeps the alerts when AlertManager fails, and backs off while nothing answers', async () => {
    const am = fakeAlertmanager();
    const {poller, store} = createAlertsPoller({
      alertmanagers: [{name: 'am1', client: am.client}],
      rules: rules(true),
      prometheusName: 'prom',
      refreshMs: 1000,
      random: () => 0,
    });
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    am.answerWith(async () => {
      throw new HttpError('unreachable', 'connect ECONNREFUSED 127.0.0.1:9093');
    });
    await vi.advanceTimersByTimeAsync(1000); // 2nd: fails, 1 failure -> wait 1 s
    expect(store.getState().rows.map((row) => row.alertname)).toEqual(['A']);
    expect(store.getState().alertmanagers[0]).toMatchObject({
      lastSuccessAt: 1_000_000,
      error: 'connect ECONNREFUSED 127.0.0.1:9093',
    });
    await vi.advanceTimersByTimeAsync(1000); // 3rd: 2 failures -> wait 2 s
    expect(am.calls.alerts).toBe(3);
    await vi.advanceTimersByTimeAsync(1999);
    expect(am.calls.alerts).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(am.calls.alerts).toBe(4);
    poller.stop();
  });
});

describe('the alerts poller, route groups and replay speed', () => {
  it('keeps the route groups of each AlertManager, and the last ones when that call fails', async () => {
    const am = fakeAlertmanager();
    let groupsFail = false;
    const group = {labels: {alertname: 'A'}, receiver: 'pager', alerts: [firing]};
    const client = {
      ...am.client,
      groups: async () => {
        if (groupsFail) throw new HttpError('http', 'HTTP 500');
        return [group];
      },
    } as AlertmanagerClient;
    const {poller, store} = createAlertsPoller({
      alertmanagers: [{name: 'am1', client}],
      rules: rules(),
      prometheusName: 'prom',
      refreshMs: 5000,
    });
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().groups.map((each) => [each.receiver, each.rowKeys])).toEqual([
      ['pager', [labelKey(firing.labels)]],
    ]);
    groupsFail = true;
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.getState().alertmanagers[0]?.error).toBeUndefined();
    expect(store.getState().groups).toHaveLength(1);
    poller.stop();
  });

  it('polls once on refreshNow while paused, and schedules nothing after', async () => {
    const am = fakeAlertmanager();
    const {poller} = createAlertsPoller({
      alertmanagers: [{name: 'am1', client: am.client}],
      rules: rules(),
      prometheusName: 'prom',
      refreshMs: 1000,
    });
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    poller.setPaused(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(am.calls.alerts).toBe(1);
    poller.refreshNow();
    await vi.advanceTimersByTimeAsync(5000);
    expect(am.calls.alerts).toBe(2);
    poller.stop();
  });

  it('polls at a new interval from the next poll on (a replay at another speed)', async () => {
    const am = fakeAlertmanager();
    const {poller} = createAlertsPoller({
      alertmanagers: [{name: 'am1', client: am.client}],
      rules: rules(),
      prometheusName: 'prom',
      refreshMs: 8000,
    });
    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    poller.setRefreshMs(2000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(am.calls.alerts).toBe(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(am.calls.alerts).toBe(3);
    poller.stop();
  });
});
