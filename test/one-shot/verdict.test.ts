// The one verdict of --once and --json, as a pure function of every dashboard's panels, the alerts
// and an injected clock: which values count (fresh ones), what raises the status, and what a
// failed read does to it. Plus the value it judges: the panels' own, with its time.
import {describe, expect, it} from 'vitest';
import type {DashboardSpec, PanelSpec} from '../../source/dashboards/spec.js';
import type {AlertsReport} from '../../source/one-shot/alerts-report.js';
import {prometheusReport} from '../../source/one-shot/once-report.js';
import {verdictLines} from '../../source/one-shot/verdict-lines.js';
import {verdictOf, type Verdict} from '../../source/one-shot/verdict.js';
import type {StoreState} from '../../source/store/store-state.js';
import type {ConnectionState, PanelError, PanelState} from '../../source/store/panel-state.js';
import {panelValues} from '../../source/one-shot/panel-values.js';
import {staleAfterMs} from '../../source/prometheus/query.js';

const queue: PanelSpec = {
  id: 'queue',
  title: 'Queue',
  kind: 'timeseries',
  unit: 'count',
  thresholds: {warning: 1000, critical: 5000},
  queries: [{expr: 'q', legend: 'pending'}],
};
const health: PanelSpec = {
  id: 'health',
  title: 'Health',
  kind: 'status',
  unit: 'count',
  queries: [{expr: 'up', legend: '{{job}}'}],
};
const dashboards: readonly DashboardSpec[] = [
  {id: 'one', title: 'One', rows: [{panels: [queue]}]},
  {id: 'two', title: 'Two', rows: [{panels: [health]}]},
];

/** The injected clock: now, and the bound of two 15 s scrapes plus a 15 s refresh. */
const now = 1_700_000_000_000;
const maxAgeMs = staleAfterMs(15, 15_000);
const freshness = {now, maxAgeMs};

/** A range series whose newest sample is `ageMs` old. */
function queueAt(value: number, ageMs = 0): PanelState {
  const end = (now - ageMs) / 1000;
  const samples: [number, number][] = [
    [end - 15, 1],
    [end, value],
  ];
  const window = {start: end - 15, end, step: 15};
  return {
    results: [{type: 'range', queryIndex: 0, window, series: [{labels: {}, samples}]}],
    updatedAt: now,
    stale: false,
    loading: false,
  };
}

const targets = (value: number): PanelState => ({
  results: [
    {
      type: 'instant',
      queryIndex: 0,
      time: now / 1000,
      samples: [{labels: {job: 'nova'}, timestamp: now / 1000, value}],
    },
  ],
  updatedAt: now,
  stale: false,
  loading: false,
});

const failed = (error: PanelError): PanelState => ({error, stale: false, loading: false});
const up: ConnectionState = {status: 'up', lastSuccessAt: now};
const noAlerts: AlertsReport = {available: true, source: 'alertmanager', alerts: []};

function verdict(
  panels: {one?: PanelState; two?: PanelState},
  alerts: AlertsReport = noAlerts,
  connection: ConnectionState = up,
): Verdict {
  const state: StoreState = {
    panels: {
      ...(panels.one === undefined ? {} : {'one/queue': panels.one}),
      ...(panels.two === undefined ? {} : {'two/health': panels.two}),
    },
    connection,
    paused: false,
  };
  return verdictOf({dashboards, state, alerts, freshness});
}

const place = {dashboard: 'one', panel: 'queue', title: 'Queue', series: 'pending'};
const read = {read: 2, unreadable: 0, notRecorded: 0};

describe('the value a one-shot run judges', () => {
  it("draws an info-level alert's threshold, but never counts it as a warning", () => {
    const info: PanelSpec = {...queue, thresholds: {warning: 1000, info: true}};
    const [series] = panelValues(info, queueAt(1500), freshness);
    expect(series?.level).toBe('ok');
    const [plain] = panelValues(queue, queueAt(1500), freshness);
    expect(plain?.level).toBe('warning');
  });

  it.each([
    ['a fresh sample', 10_000, {value: 5, at: now - 10_000, fresh: true}],
    ['exactly at the bound', maxAgeMs, {value: 5, at: now - 45_000, fresh: true}],
    ['a second past it', maxAgeMs + 1_000, {value: 5, at: now - 46_000, fresh: false}],
  ] as const)('%s', (_name, ageMs, expected) => {
    const [series] = panelValues(queue, queueAt(5, ageMs), freshness);
    expect(series?.headline).toEqual(expected);
  });

  it('has no value and is not fresh without samples', () => {
    expect(panelValues(queue, undefined, freshness)).toEqual([]);
  });

  it('bounds freshness by two scrapes and one refresh', () => {
    expect(staleAfterMs(15, 15_000)).toBe(45_000);
    expect(staleAfterMs(1, 2_000)).toBe(4_000);
  });
});

describe('the verdict', () => {
  it('is all clear when every value is under its thresholds and no alert fires', () => {
    expect(verdict({one: queueAt(10), two: targets(1)})).toEqual({
      code: 0,
      meaning: 'all clear',
      reasons: [],
      notCounted: [],
      panels: read,
    });
  });

  it('takes the worst value of every dashboard, critical before warning', () => {
    expect(verdict({one: queueAt(1500), two: targets(0)})).toEqual({
      code: 2,
      meaning: 'critical',
      reasons: [
        {
          level: 'critical',
          dashboard: 'two',
          panel: 'health',
          title: 'Health',
          series: 'nova',
          value: 0,
        },
        {level: 'warning', ...place, value: 1500},
      ],
      notCounted: [],
      panels: read,
    });
  });

  it('does not count a value older than the staleness bound, and lists it', () => {
    expect(verdict({one: queueAt(9000, maxAgeMs + 1000), two: targets(1)})).toEqual({
      code: 0,
      meaning: 'all clear',
      reasons: [],
      notCounted: [
        {...place, value: 9000, time: new Date(now - 46_000).toISOString(), level: 'critical'},
      ],
      panels: read,
    });
    // At the bound itself it still counts.
    expect(verdict({one: queueAt(9000, maxAgeMs), two: targets(1)}).code).toBe(2);
  });

  it.each([
    ['AlertManager', {available: true, source: 'alertmanager', alerts: []}],
    ['Prometheus', {available: true, source: 'prometheus', error: 'down', alerts: []}],
  ] as const)('counts firing alerts from %s, not muted or pending ones', (_name, base) => {
    const alert = (
      name: string,
      severity: 'warning' | 'critical',
      state: 'firing' | 'silenced' | 'pending',
    ) => ({
      name,
      severity,
      state,
      labels: {alertname: name, severity},
    });
    const alerts: AlertsReport = {
      ...base,
      alerts: [
        alert('Backlog', 'warning', 'firing'),
        alert('Muted', 'critical', 'silenced'),
        alert('Soon', 'critical', 'pending'),
      ],
    };
    expect(verdict({one: queueAt(10), two: targets(1)}, alerts)).toEqual({
      code: 1,
      meaning: 'warning',
      reasons: [
        {
          level: 'warning',
          alert: 'Backlog',
          labels: {alertname: 'Backlog', severity: 'warning'},
          source: base.source,
        },
      ],
      notCounted: [],
      panels: read,
    });
  });

  it('is at least a warning when some panels could not be read, and names them', () => {
    const error = {kind: 'http', message: 'HTTP 500 Internal Server Error from p:9090'} as const;
    expect(verdict({one: queueAt(10), two: failed(error)})).toEqual({
      code: 1,
      meaning: 'warning',
      reasons: [
        {
          level: 'warning',
          dashboard: 'two',
          panel: 'health',
          title: 'Health',
          error: error.message,
        },
      ],
      notCounted: [],
      panels: {read: 1, unreadable: 1, notRecorded: 0},
    });
  });

  it('is unreadable (3) when no panel could be read, and Prometheus is not "up"', () => {
    const error = {kind: 'http', message: 'HTTP 302 Found from p:9090: redirected'} as const;
    const result = verdict(
      {one: failed(error), two: failed(error)},
      {
        available: true,
        source: 'alertmanager',
        alerts: [{name: 'A', severity: 'critical', state: 'firing', labels: {}}],
      },
    );
    expect([result.code, result.meaning, result.panels]).toEqual([
      3,
      'unreadable',
      {read: 0, unreadable: 2, notRecorded: 0},
    ]);
    expect(prometheusReport('http://p:9090', up, result)).toEqual({
      url: 'http://p:9090',
      status: 'unreadable',
      error: error.message,
    });
  });

  it('is unreachable (3) when Prometheus did not answer at all', () => {
    const error = {
      kind: 'unreachable',
      message: 'cannot reach p:9090: connection refused',
    } as const;
    const down: ConnectionState = {status: 'down', downSince: now, lastError: error};
    const result = verdict({one: failed(error), two: failed(error)}, noAlerts, down);
    expect([result.code, result.meaning]).toEqual([3, 'unreachable']);
  });

  it('leaves out panels a replayed recording does not hold', () => {
    const notRecorded = failed({kind: 'not-recorded', message: 'not recorded'});
    expect(verdict({one: queueAt(1500), two: notRecorded})).toEqual({
      code: 1,
      meaning: 'warning',
      reasons: [{level: 'warning', ...place, value: 1500}],
      notCounted: [],
      panels: {read: 1, unreadable: 0, notRecorded: 1},
    });
  });

  it('says under the screen which values were too old to count, with their time', () => {
    const result = verdict({one: queueAt(9000, 60_000), two: targets(0)});
    const lines = verdictLines({
      verdict: result,
      alerts: noAlerts,
      dashboards,
      maxAgeMs,
      width: 80,
      clockText: (ms) => new Date(ms).toISOString().slice(11, 19),
    });
    expect(
      lines.map((line) =>
        line
          .map((part) => part.text)
          .join('')
          .trimEnd(),
      ),
    ).toEqual([
      "Exit 2 (critical) from 2 panels of 2 dashboards and AlertManager's alerts",
      '  critical  Two / Health / nova 0',
      'Not counted, older than 45s: 1 value',
      `  critical  One / Queue / pending 9k, as of ${new Date(now - 60_000).toISOString().slice(11, 19)}`,
    ]);
  });
});
