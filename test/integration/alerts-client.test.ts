// The alert clients against a real Prometheus and AlertManager (Debian packages), with rules fed by
// a prom-client exporter this test controls: a fault injected there must come back through
// nova-top's clients as a firing alert, a pending one with its ETA, and a silence must really
// suppress it.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {ServerHandle} from '../../stack/servers.js';
import {
  createAlertmanagerClient,
  type AlertmanagerClient,
} from '../../source/alerts/alertmanager-client.js';
import {buildAlertRows} from '../../source/alerts/alert-rows.js';
import {pendingEta} from '../../source/alerts/pending-eta.js';
import {createRulesClient, type RulesClient} from '../../source/alerts/rules-client.js';
import type {AlertmanagerAlert} from '../../source/alerts/types.js';
import {createRequest} from '../../source/http/http.js';
import {HttpError} from '../../source/http/types.js';
import {startAlertStack, type AlertStack} from '../harness/alert-stack.js';

let stack: AlertStack | undefined;
let alertmanager: ServerHandle;
let am: AlertmanagerClient;
let prom: RulesClient;

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const named = (alerts: readonly AlertmanagerAlert[], name: string) =>
  alerts.find((alert) => alert.labels['alertname'] === name);

beforeAll(async () => {
  stack = await startAlertStack();
  alertmanager = stack.alertmanager;
  am = createAlertmanagerClient(
    createRequest({url: alertmanager.url, headers: [], timeoutMs: 5_000}),
  );
  prom = createRulesClient(
    createRequest({url: stack.prometheus.url, headers: [], timeoutMs: 5_000}),
  );
  // Prometheus has scraped the exporter once: inject the faults now.
  stack.queueDepth.set({queue_type: 'failed'}, 620);
  stack.queueDepth.set({queue_type: 'pending'}, 1250);
});

afterAll(async () => {
  await stack?.stop();
});

describe('alert clients against real servers', () => {
  it('returns an injected fault as a firing alert with its severity', async () => {
    const alerts = await eventually(
      () => am.alerts(),
      (list) => named(list, 'FailedMessageQueueCritical') !== undefined,
    );
    const rows = buildAlertRows({alertmanagers: [{name: alertmanager.url, alerts}]});
    expect(rows.map((row) => [row.alertname, row.severity, row.state, row.sources])).toEqual([
      ['FailedMessageQueueCritical', 'critical', 'firing', [alertmanager.url]],
    ]);
    expect(rows[0]?.annotations['summary']).toBe('Failed queue depth 620');
  });

  it('shows a rule with for: 1m as pending, with when it fires', async () => {
    const rules = await eventually(
      () => prom.alertRules(),
      (list) => list.some((rule) => rule.alerts.some((alert) => alert.state === 'pending')),
    );
    const [row] = buildAlertRows({alertmanagers: [], rules});
    const activeAt = rules.find((rule) => rule.name === 'MessageQueueBacklog')?.alerts[0]?.activeAt;
    expect(row).toMatchObject({
      alertname: 'MessageQueueBacklog',
      severity: 'warning',
      state: 'pending',
    });
    expect(activeAt).toBeDefined();
    expect(row?.firesAt).toBe((activeAt ?? 0) + 60_000);
    expect(pendingEta(row?.firesAt, Date.now())).toMatch(/^fires in ~(1 min|[1-5]?\d s)$/);
    // AlertManager never hears of it while it is pending.
    expect(named(await am.alerts(), 'MessageQueueBacklog')).toBeUndefined();
  });

  it('suppresses the alert with a silence made through the client, and expiring it brings it back', async () => {
    const now = Date.now();
    const id = await am.createSilence({
      matchers: [{name: 'alertname', operator: '=', value: 'FailedMessageQueueCritical'}],
      startsAt: now,
      endsAt: now + 3_600_000,
      createdBy: 'nova-top-test',
      comment: 'integration test',
    });
    const silenced = await eventually(
      () => am.alerts(),
      (list) => named(list, 'FailedMessageQueueCritical')?.state === 'suppressed',
    );
    expect(named(silenced, 'FailedMessageQueueCritical')?.silencedBy).toEqual([id]);
    expect(await am.silence(id)).toMatchObject({id, state: 'active', createdBy: 'nova-top-test'});

    await am.expireSilence(id);
    const back = await eventually(
      () => am.alerts(),
      (list) => named(list, 'FailedMessageQueueCritical')?.state === 'active',
    );
    expect(named(back, 'FailedMessageQueueCritical')?.silencedBy).toEqual([]);
    expect((await am.silence(id)).state).toBe('expired');
  });

  it("turns AlertManager's error body into an HttpError with its message", async () => {
    const now = Date.now();
    const error: unknown = await am
      .createSilence({
        matchers: [{name: 'alertname', operator: '=', value: 'FailedMessageQueueCritical'}],
        startsAt: now + 3_600_000,
        endsAt: now,
        createdBy: 'nova-top-test',
        comment: 'backwards',
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      kind: 'alertmanager',
      status: 400,
      message: 'Failed to create silence: start time must be before end time',
    });
  });

  it('reports its version and cluster state', async () => {
    expect(await am.status()).toMatchObject({
      version: expect.stringMatching(/^\d+\.\d+\./),
      cluster: {status: 'disabled', peers: []},
    });
  });
});
