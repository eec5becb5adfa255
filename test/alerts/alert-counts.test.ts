import {describe, expect, it} from 'vitest';
import type {AlertRow} from '../../source/alerts/alert-rows.js';
import {alertCountsLine, flashPhase} from '../../source/view-models/alerts/alert-counts.js';
import type {Line} from '../../source/view-models/tone.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {headerLines} from '../../source/view-models/header.js';

const row = (severity: AlertRow['severity'], state: AlertRow['state'] = 'firing'): AlertRow => ({
  key: `${severity}-${state}-${Math.random()}`,
  alertname: 'A',
  severity,
  labels: {},
  annotations: {},
  state,
  sources: [],
  silencedBy: [],
  inhibitedBy: [],
  mutedBy: [],
});

const shown = (line: Line) => line.map((part) => `${part.text}<${part.tone}>`).join('');
const base = {waiting: false, stale: false, readOnly: false, newCriticalAt: undefined};
const rows = [
  row('critical'),
  row('critical', 'silenced'),
  row('warning'),
  row('warning', 'pending'),
];

describe('the header alert counts', () => {
  it('counts firing alerts by severity, in their tones, and the silenced ones', () => {
    expect(shown(alertCountsLine({...base, rows, now: 0}))).toBe(
      '1 crit<critical> <normal>1 warn<warning> <normal>0 info<muted> 1 silenced<muted>',
    );
    expect(shown(alertCountsLine({...base, rows, now: 0}, true))).toBe(
      '1C<critical> <normal>1W<warning> <normal>0I<muted> 1S<muted>',
    );
  });

  it('says how many are silenced when every firing alert is, and nothing when none is', () => {
    const allSilenced = [row('critical', 'silenced'), row('warning', 'silenced')];
    expect(shown(alertCountsLine({...base, rows: allSilenced, now: 0}))).toBe(
      '0 crit<muted> <normal>0 warn<muted> <normal>0 info<muted> 2 silenced<muted>',
    );
    const inhibited = [row('critical'), row('warning', 'inhibited')];
    expect(shown(alertCountsLine({...base, rows: inhibited, now: 0}))).toBe(
      '1 crit<critical> <normal>0 warn<muted> <normal>0 info<muted>',
    );
  });

  it('says when neither AlertManager nor Prometheus answered', () => {
    expect(shown(alertCountsLine({...base, rows: [], unknown: true, now: 0}))).toBe(
      'alerts unknown: AlertManager and Prometheus unreachable<critical>',
    );
    expect(shown(alertCountsLine({...base, rows: [], unknown: true, now: 0}, true))).toBe(
      'alerts ?<critical>',
    );
  });

  it('flashes a new critical count every other second for six seconds, keeping its width', () => {
    const at = 10_000;
    expect([0, 999, 1000, 2500, 5999, 6000, -1].map((after) => flashPhase(at, at + after))).toEqual(
      ['on', 'on', 'off', 'on', 'off', undefined, undefined],
    );
    const on = alertCountsLine({...base, rows, newCriticalAt: at, now: at});
    const off = alertCountsLine({...base, rows, newCriticalAt: at, now: at + 1000});
    expect([on[0], off[0]]).toEqual([
      {text: '!1 crit!', tone: 'focus'},
      {text: ' 1 crit ', tone: 'critical'},
    ]);
  });

  it('says READ-ONLY, waiting and stale', () => {
    expect(shown(alertCountsLine({...base, rows, readOnly: true, waiting: true, now: 0}))).toBe(
      'READ-ONLY<warning> <normal>alerts …<muted>',
    );
    expect(shown(alertCountsLine({...base, rows: [], stale: true, now: 0}))).toBe(
      '0 crit<muted> <normal>0 warn<muted> <normal>0 info<muted> (stale)<warning>',
    );
  });
});

describe('the header with the alerts tab', () => {
  const header = (width: number, active: boolean) =>
    headerLines({
      dashboards: builtinDashboards,
      activeIndex: 0,
      url: 'http://prom:9090',
      rangeSeconds: 3600,
      refreshMs: 15_000,
      connection: {status: 'unknown'},
      paused: false,
      now: 0,
      width,
      alerts: {
        active,
        counts: alertCountsLine({...base, rows, now: 0}),
        compactCounts: alertCountsLine({...base, rows, now: 0}, true),
      },
    })[0]
      .map((part) => part.text)
      .join('');

  it('puts the alerts tab after the dashboards and the counts at the right', () => {
    const tabs =
      '[1 System Overview]  2 WebSocket Health   3 Messaging Performance   4 Error Analysis   5 Alerts ';
    const counts = '1 crit 1 warn 0 info 1 silenced';
    expect(header(160, false)).toBe(tabs.padEnd(160 - counts.length) + counts);
  });

  it('shortens the counts at 80 columns rather than cut the tabs', () => {
    expect(header(80, true)).toBe(
      ' 1 overview   2 websocket   3 messaging   4 errors  [5 Alerts]'.padEnd(80 - 11) +
        '1C 1W 0I 1S',
    );
  });
});
