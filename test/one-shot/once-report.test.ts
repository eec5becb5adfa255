// --json: the report of the fixture snapshot matches docs/once-json.schema.json and says what the
// screen says, with the verdict that makes its exit status (verdict.test.ts tests the verdict).
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {PanelKind, PanelSpec, Unit} from '../../source/dashboards/spec.js';
import {panelReport, type PanelReport} from '../../source/one-shot/once-report.js';
import {jsonValue} from '../../source/one-shot/panel-values.js';
import {validate} from './json-schema.js';
import {onceFromFixture} from './fixture.js';

const schema = JSON.parse(
  readFileSync(new URL('../../docs/once-json.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('--json', () => {
  it('matches its schema and carries each series with labels, last, min, max and state', async () => {
    const result = await onceFromFixture(80, {json: true});
    const report = JSON.parse(result.stdout) as {
      panels: PanelReport[];
      exit: unknown;
      prometheus: unknown;
    };
    expect(report.prometheus).toEqual({url: 'replay v1-overview.jsonl.gz', status: 'up'});
    expect(validate(report, schema)).toEqual([]);
    expect(report.exit).toEqual({
      code: 1,
      meaning: 'warning',
      reasons: [
        {
          level: 'warning',
          dashboard: 'overview',
          panel: 'error-rate',
          title: 'Error rate',
          series: 'ws errors',
          value: 10,
        },
      ],
      notCounted: [],
      panels: {read: 7, unreadable: 0, notRecorded: 15},
    });
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

describe('--json of a stat over the range', () => {
  it('says which value the screen shows; its series carry the values now', () => {
    const spec: PanelSpec = {
      id: 'cpu',
      title: 'CPU busy',
      kind: 'stat',
      unit: 'percent',
      queries: [{expr: 'cpu'}],
    };
    const freshness = {now: 0, maxAgeMs: 1000};
    expect(panelReport({...spec, reduce: 'mean'}, undefined, freshness)).toMatchObject({
      id: 'cpu',
      title: 'CPU busy',
      reduce: 'mean',
    });
    expect(panelReport(spec, undefined, freshness)).not.toHaveProperty('reduce');
    const panelSchema = (schema['$defs'] as Record<string, {properties: Record<string, unknown>}>)[
      'panel'
    ];
    expect(panelSchema?.properties['reduce']).toMatchObject({
      enum: ['mean', 'max', 'min', 'sum', 'first', 'range', 'diff'],
    });
  });
});

describe('the --json schema', () => {
  // Every kind and unit a panel may have (the compiler checks that none is missing), so that a
  // report of an imported Grafana dashboard matches the schema too.
  const kinds: Record<PanelKind, true> = {
    timeseries: true,
    stat: true,
    percentiles: true,
    breakdown: true,
    status: true,
    topn: true,
    correlation: true,
    gauge: true,
    bargauge: true,
    table: true,
    text: true,
    heatmap: true,
    unsupported: true,
  };
  const units: Record<Unit, true> = {
    seconds: true,
    percent: true,
    perSecond: true,
    perMinute: true,
    count: true,
    none: true,
    short: true,
    percentunit: true,
    bytes: true,
    decbytes: true,
    bits: true,
    Bps: true,
    binBps: true,
    bps: true,
    s: true,
    ms: true,
    µs: true,
    ns: true,
    reqps: true,
    ops: true,
    hertz: true,
    celsius: true,
    dateTimeAsIso: true,
  };

  it("lists every panel kind and unit of a panel's report", () => {
    const panel = (
      schema['$defs'] as Record<string, {properties: Record<string, {enum?: unknown}>}>
    )['panel'];
    expect(panel?.properties['kind']?.enum).toEqual(Object.keys(kinds));
    expect(panel?.properties['unit']?.enum).toEqual(Object.keys(units));
  });
});
