import {describe, expect, it} from 'vitest';
import {
  applyAlertsCycle,
  initialAlertsState,
  type AlertsCycle,
} from '../../source/alerts/alerts-state.js';
import type {AlertmanagerAlert, RuleAlert} from '../../source/alerts/types.js';

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
      failingSince: 25_000,
    });
    expect(failed.rulesHealth).toEqual({
      lastSuccessAt: 10_000,
      error: 'rules down',
      failingSince: 25_000,
    });
    // Still failing: since when is the first failure's time.
    const still = applyAlertsCycle(failed, cycle(new Error('timeout'), false), 32_000);
    expect(still.alertmanagers[0]).toMatchObject({error: 'timeout', failingSince: 25_000});
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

describe('applyAlertsCycle without AlertManager', () => {
  const start = initialAlertsState(['am1']);
  const fromPrometheus = (name: string, severity: string): RuleAlert => ({
    labels: {alertname: name, severity},
    annotations: {},
    state: 'firing',
    activeAt: 5_000,
    value: 1,
  });
  const down = (alerts: readonly RuleAlert[] | Error): AlertsCycle => ({
    ...cycle(new Error('cannot reach am1: connection refused')),
    prometheusAlerts:
      alerts instanceof Error ? {ok: false, error: alerts.message} : {ok: true, alerts},
  });
  const summary = (state: ReturnType<typeof applyAlertsCycle>) => ({
    rowsFrom: state.rowsFrom,
    rows: state.rows.map((row) => `${row.alertname} ${row.state} ${row.sources.join(',')}`),
    newCriticalCycles: state.newCriticalCycles,
  });

  it('takes the rows from Prometheus while AlertManager fails, and back when it answers', () => {
    const silenced = {...alert('A', 'critical'), state: 'suppressed' as const, silencedBy: ['s1']};
    const first = applyAlertsCycle(start, cycle([silenced]), 10_000);
    expect(summary(first)).toEqual({
      rowsFrom: 'alertmanager',
      rows: ['A silenced am1'],
      newCriticalCycles: 0,
    });
    // The silenced alert shows as firing (Prometheus knows no silences), with no bell for it.
    const fallback = applyAlertsCycle(first, down([fromPrometheus('A', 'critical')]), 20_000);
    expect(summary(fallback)).toEqual({
      rowsFrom: 'prometheus',
      rows: ['A firing prom'],
      newCriticalCycles: 0,
    });
    expect(fallback.prometheusAlerts).toEqual({
      alerts: [fromPrometheus('A', 'critical')],
      lastSuccessAt: 20_000,
    });
    // A new critical alert while on Prometheus rings as it would with AlertManager.
    const more = [fromPrometheus('A', 'critical'), fromPrometheus('B', 'critical')];
    const fired = applyAlertsCycle(fallback, down(more), 30_000);
    expect(summary(fired)).toMatchObject({newCriticalCycles: 1});
    const back = applyAlertsCycle(fired, cycle([silenced]), 40_000);
    expect(summary(back)).toEqual({
      rowsFrom: 'alertmanager',
      rows: ['A silenced am1'],
      newCriticalCycles: 1,
    });
  });

  it("keeps Prometheus' last list, marked failing, when Prometheus fails too", () => {
    const fallback = applyAlertsCycle(start, down([fromPrometheus('A', 'warning')]), 10_000);
    const both = applyAlertsCycle(fallback, down(new Error('cannot reach prom')), 20_000);
    expect(summary(both)).toEqual({
      rowsFrom: 'prometheus',
      rows: ['A firing prom'],
      newCriticalCycles: 0,
    });
    expect(both.prometheusAlerts).toMatchObject({
      lastSuccessAt: 10_000,
      error: 'cannot reach prom',
      failingSince: 20_000,
    });
  });

  it('knows nothing when neither answered', () => {
    const nothing = applyAlertsCycle(start, down(new Error('cannot reach prom')), 10_000);
    expect(summary(nothing)).toEqual({rowsFrom: undefined, rows: [], newCriticalCycles: 0});
  });

  it('rings at most once a minute for a flapping alert, and at once for another one', () => {
    const firing = cycle([alert('A', 'critical')]);
    const resolved = cycle([]);
    let state = applyAlertsCycle(start, resolved, 0);
    const rings: number[] = [];
    // A fires, resolves and fires again every 10 s for two minutes: 6 flaps a minute.
    for (let time = 10_000; time <= 130_000; time += 10_000) {
      state = applyAlertsCycle(state, time % 20_000 === 10_000 ? firing : resolved, time);
      rings.push(state.newCriticalCycles);
    }
    // Flashes with each flap (newCriticalAt), rings at 10 s, 70 s and 130 s only.
    expect(state.newCriticalAt).toBe(130_000);
    expect(rings).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3]);
    // Another alert rings at once, whatever A did.
    const other = applyAlertsCycle(
      state,
      cycle([alert('A', 'critical'), alert('B', 'critical')]),
      135_000,
    );
    expect(other.newCriticalCycles).toBe(4);
    expect(Object.keys(other.bellRungAt ?? {}).sort()).toEqual(['A', 'B']);
  });
});
