// --json: the report of the fixture snapshot matches docs/once-json.schema.json and says what the
// screen says; the exit status for all clear, a warning, a critical value or alert, and an
// unreachable Prometheus.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {AlertsReport, PanelReport} from '../../source/once/once-report.js';
import {exitOf, jsonValue, panelReport} from '../../source/once/once-report.js';
import {systemOverview} from '../../source/dashboards/system-overview.js';
import type {PanelSpec} from '../../source/dashboards/spec.js';
import type {ConnectionState, PanelState} from '../../source/store/panel-state.js';
import {validate} from './json-schema.js';
import {onceFromFixture} from './fixture.js';

const schema = JSON.parse(
  readFileSync(new URL('../../docs/once-json.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const panels = systemOverview.rows.flatMap((row) => row.panels);
const panel = (id: string): PanelSpec => panels.find((spec) => spec.id === id) as PanelSpec;

/** A panel state with one range series of these values. */
function withValues(spec: PanelSpec, values: readonly number[]): PanelState {
  const samples = values.map((value, index): [number, number] => [index * 15, value]);
  const window = {start: 0, end: (values.length - 1) * 15, step: 15};
  return {
    results: [{type: 'range', queryIndex: 0, window, series: [{labels: {job: 'ws'}, samples}]}],
    updatedAt: 0,
    stale: false,
    loading: false,
  };
}

const up: ConnectionState = {status: 'up', lastSuccessAt: 0};
const noAlerts: AlertsReport = {available: true, alerts: []};
const firing = (severity: 'warning' | 'critical'): AlertsReport => ({
  available: true,
  alerts: [{name: 'Something', severity, state: 'firing', labels: {severity}}],
});

describe('--json', () => {
  it('matches its schema and carries each series with labels, last, min, max and state', async () => {
    const result = await onceFromFixture(80, {json: true});
    const report = JSON.parse(result.stdout) as {panels: PanelReport[]; exit: unknown};
    expect(validate(report, schema)).toEqual([]);
    expect(report.exit).toEqual({code: 1, meaning: 'warning'});
    const errors = report.panels.find((item) => item.id === 'error-rate');
    expect(errors).toMatchObject({
      unit: 'percent',
      thresholds: {warning: 5, critical: 15},
      status: 'ok',
      state: 'warning',
    });
    expect(errors?.series).toEqual([
      {
        name: 'ws errors',
        labels: {},
        last: 10,
        // The fixture predates the instant query of a chart's value: its last point, fresh.
        time: '2026-11-27T05:50:08.000Z',
        stale: false,
        min: 10,
        max: 10,
        state: 'warning',
      },
    ]);
  });

  it('refuses what breaks the schema (the validator can fail)', () => {
    expect(validate({dashboard: {id: 1}}, schema)).toContain(
      '$.dashboard.id: integer is not string',
    );
    expect(validate({exit: {code: 4, meaning: 'fine'}}, schema)).toEqual(
      expect.arrayContaining(['$.exit.code: 4 is not one of [0,1,2,3]']),
    );
  });

  it('writes NaN and infinities as Prometheus does, and no sample as null', () => {
    expect([1.5, Number.NaN, Infinity, -Infinity, undefined].map(jsonValue)).toEqual([
      1.5,
      'NaN',
      '+Inf',
      '-Inf',
      null,
    ]);
  });
});

describe('the exit status', () => {
  const errorRate = panel('error-rate');
  const report = (values: readonly number[]) => [
    panelReport(errorRate, withValues(errorRate, values), 0),
  ];

  it.each([
    ['all clear', [9, 2], noAlerts, {code: 0, meaning: 'all clear'}],
    ['a warning threshold crossed', [2, 6], noAlerts, {code: 1, meaning: 'warning'}],
    ['a critical threshold crossed', [2, 16], noAlerts, {code: 2, meaning: 'critical'}],
    ['a warning alert firing', [2], firing('warning'), {code: 1, meaning: 'warning'}],
    ['a critical alert firing', [2], firing('critical'), {code: 2, meaning: 'critical'}],
  ] as const)('%s', (_name, values, alerts, expected) => {
    expect(exitOf(up, report(values), alerts)).toEqual(expected);
  });

  it('is 3 when Prometheus is unreachable, whatever else is known', () => {
    const down: ConnectionState = {status: 'down', downSince: 0};
    expect(exitOf(down, report([20]), firing('critical'))).toEqual({
      code: 3,
      meaning: 'unreachable',
    });
  });

  it('takes a status panel target that is down for critical', () => {
    const health = panel('health');
    const state: PanelState = {
      results: [
        {
          type: 'instant',
          queryIndex: 0,
          time: 0,
          samples: [{labels: {job: 'a'}, timestamp: 0, value: 0}],
        },
      ],
      stale: false,
      loading: false,
    };
    expect(exitOf(up, [panelReport(health, state, 0)], noAlerts)).toEqual({
      code: 2,
      meaning: 'critical',
    });
  });
});
