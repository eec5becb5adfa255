import {describe, expect, it} from 'vitest';
import {
  applyAlertsCycle,
  initialAlertsState,
  type AlertsCycle,
} from '../../source/alerts/alerts-state.js';
import type {AlertmanagerAlert} from '../../source/alerts/types.js';

const alert = (name: string, severity: string, startsAt = 1000): AlertmanagerAlert => ({
  fingerprint: name,
  labels: {alertname: name, severity},
  annotations: {},
  startsAt,
  receivers: [],
  state: 'active',
  silencedBy: [],
  inhibitedBy: [],
});

const cycle = (alerts: readonly AlertmanagerAlert[] | Error, rulesOk = true): AlertsCycle => ({
  alertmanagers: [
    alerts instanceof Error ? {ok: false, error: alerts.message} : {ok: true, alerts, silences: []},
  ],
  rules: rulesOk ? {ok: true, rules: []} : {ok: false, error: 'rules down'},
  prometheusName: 'prom',
});

describe('applyAlertsCycle', () => {
  const start = initialAlertsState(['am1']);

  it('keeps the last alerts, with their time, when AlertManager fails', () => {
    const first = applyAlertsCycle(start, cycle([alert('A', 'critical')]), 10_000);
    const failed = applyAlertsCycle(first, cycle(new Error('connect ECONNREFUSED'), false), 25_000);
    expect(failed.rows.map((row) => row.alertname)).toEqual(['A']);
    expect(failed.alertmanagers[0]).toMatchObject({
      lastSuccessAt: 10_000,
      error: 'connect ECONNREFUSED',
    });
    expect(failed.rulesHealth).toEqual({lastSuccessAt: 10_000, error: 'rules down'});
    const back = applyAlertsCycle(failed, cycle([]), 40_000);
    expect(back.alertmanagers[0]).toEqual({
      name: 'am1',
      alerts: [],
      silences: [],
      groups: [],
      lastSuccessAt: 40_000,
    });
  });

  it('marks a new critical alert once, but not those already firing at the first answer', () => {
    const first = applyAlertsCycle(start, cycle([alert('A', 'critical')]), 10_000);
    expect(first.newCriticalAt).toBeUndefined();
    expect(first.newCriticalCycles).toBe(0);
    const warning = applyAlertsCycle(
      first,
      cycle([alert('A', 'critical'), alert('W', 'warning')]),
      20_000,
    );
    expect(warning.newCriticalCycles).toBe(0);
    const second = applyAlertsCycle(
      warning,
      cycle([alert('A', 'critical'), alert('B', 'critical')]),
      30_000,
    );
    expect(second).toMatchObject({newCriticalAt: 30_000, newCriticalCycles: 1});
    const same = applyAlertsCycle(
      second,
      cycle([alert('A', 'critical'), alert('B', 'critical')]),
      40_000,
    );
    expect(same).toMatchObject({newCriticalAt: 30_000, newCriticalCycles: 1});
  });
});
