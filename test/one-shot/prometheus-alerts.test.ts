// The alerts --once counts when no AlertManager answers: Prometheus' firing and pending alerts,
// marked as coming from Prometheus with AlertManager's error; AlertManager's when one answered.
import {describe, expect, it} from 'vitest';
import type {AlertRule} from '../../source/alerts/types.js';
import {alertsReportOf} from '../../source/one-shot/prometheus-alerts.js';

const activeAt = Date.parse('2026-12-01T12:00:00Z');
const rule = (name: string, severity: string, state: 'firing' | 'pending'): AlertRule => ({
  group: 'nova',
  name,
  query: 'x > 1',
  duration: 60,
  labels: {severity},
  annotations: {},
  health: 'ok',
  alerts: [
    {
      labels: {alertname: name, severity, instance: 'a'},
      annotations: {summary: `${name} \u001b[31mnow`},
      state,
      activeAt,
      value: 2,
    },
  ],
});
const rules = [rule('QueueCritical', 'critical', 'firing'), rule('Backlog', 'warning', 'pending')];

describe('the alerts --once counts', () => {
  it("are Prometheus' firing and pending ones when no AlertManager answered", () => {
    expect(
      alertsReportOf({
        alertmanagerRows: undefined,
        alertmanagerError: 'cannot reach am:9093: connection refused',
        rules,
      }),
    ).toEqual({
      available: true,
      source: 'prometheus',
      error: 'cannot reach am:9093: connection refused',
      alerts: [
        {
          name: 'QueueCritical',
          severity: 'critical',
          state: 'firing',
          labels: {alertname: 'QueueCritical', severity: 'critical', instance: 'a'},
          summary: 'QueueCritical now',
          // Firing since its `for` ran out.
          since: '2026-12-01T12:01:00.000Z',
        },
        {
          name: 'Backlog',
          severity: 'warning',
          state: 'pending',
          labels: {alertname: 'Backlog', severity: 'warning', instance: 'a'},
          summary: 'Backlog now',
          since: '2026-12-01T12:00:00.000Z',
        },
      ],
    });
  });

  it("are AlertManager's when one answered, and unavailable when neither did", () => {
    expect(alertsReportOf({alertmanagerRows: [], alertmanagerError: 'unused', rules})).toEqual({
      available: true,
      source: 'alertmanager',
      alerts: [],
    });
    expect(
      alertsReportOf({
        alertmanagerRows: undefined,
        alertmanagerError: 'no AlertManager given',
        rules: undefined,
        rulesError: 'HTTP 500',
      }),
    ).toEqual({available: false, error: 'AlertManager: no AlertManager given; rules: HTTP 500'});
  });
});
