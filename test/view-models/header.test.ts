import {describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import type {ConnectionState} from '../../source/store/panel-state.js';
import {headerLines, type HeaderInput} from '../../source/view-models/header.js';
import type {Line} from '../../source/view-models/tone.js';

const now = Date.UTC(2026, 10, 27, 12, 1, 30);
const utcClock = (ms: number): string => new Date(ms).toISOString().slice(11, 19);
const text = (line: Line): string => line.map((part) => part.text).join('');
const tones = (line: Line) =>
  line.filter((part) => part.text.trim() !== '').map((part) => [part.text.trim(), part.tone]);

const up: ConnectionState = {status: 'up', lastSuccessAt: now - 12_000};
const down: ConnectionState = {
  status: 'down',
  lastSuccessAt: now - 40_000,
  downSince: Date.UTC(2026, 10, 27, 12, 1, 3),
  retryAt: now + 7_200,
  lastError: {kind: 'unreachable', message: 'connect ECONNREFUSED\u001B[31m 127.0.0.1:9090\n'},
};

function header(overrides: Partial<HeaderInput>): readonly string[] {
  return headerLines({
    dashboards: builtinDashboards,
    activeIndex: 0,
    url: 'http://localhost:9090',
    rangeSeconds: 3600,
    refreshMs: 15_000,
    connection: up,
    paused: false,
    now,
    width: 80,
    clockText: utcClock,
    ...overrides,
  }).map(text);
}

describe('header', () => {
  it('shows short tabs, the URL, range, refresh and update age at 80 columns', () => {
    expect(header({})).toEqual([
      '[1 System Overview]  2 websocket   3 messaging   4 errors '.padEnd(80),
      'http://localhost:9090  range 1h  refresh 15s'.padEnd(64) + ' updated 12s ago',
    ]);
  });

  it('shows every title when there is room', () => {
    expect(header({width: 100, activeIndex: 2, rangeSeconds: 5400, refreshMs: 60_000})).toEqual([
      ' 1 System Overview   2 WebSocket Health  [3 Messaging Performance]  4 Error Analysis '.padEnd(
        100,
      ),
      'http://localhost:9090  range 1h30m  refresh 1m'.padEnd(84) + ' updated 12s ago',
    ]);
  });

  it('marks PAUSED at the right of the tabs', () => {
    const [tabs] = header({paused: true, activeIndex: 3});
    expect(tabs).toBe(
      ' 1 overview   2 websocket   3 messaging  [4 Error Analysis]'.padEnd(73) + ' PAUSED',
    );
  });

  it('says connecting… before the first success', () => {
    expect(header({connection: {status: 'unknown'}})[1]).toBe(
      'http://localhost:9090  range 1h  refresh 15s'.padEnd(68) + ' connecting…',
    );
  });

  it('shows the outage with its sanitized error, cutting the URL side first', () => {
    expect(header({connection: down, width: 160})[1]).toBe(
      'http://localhost:9090  range 1h  refresh 15s'.padEnd(69) +
        ' Prometheus unreachable since 12:01:03, retrying in 8s: connect ECONNREFUSED 127.0.0.1:9090',
    );
    expect(header({connection: down})[1]).toBe(
      'http://localhost:9090  … Prometheus unreachable since 12:01:03, retrying in 8s:…',
    );
  });

  it('says retrying now when the retry time has come', () => {
    const [, line] = header({connection: {...down, retryAt: now - 1}, width: 120});
    expect(line).toContain('Prometheus unreachable since 12:01:03, retrying now: connect');
  });

  it('colours the active tab, PAUSED and the outage', () => {
    const lines = headerLines({
      dashboards: builtinDashboards,
      activeIndex: 1,
      url: 'http://prom:9090',
      rangeSeconds: 3600,
      refreshMs: 15_000,
      connection: {status: 'down'},
      paused: true,
      now,
      width: 80,
    });
    expect(tones(lines[0])).toEqual([
      ['1 overview', 'muted'],
      ['[2 WebSocket Health]', 'focus'],
      ['3 messaging', 'muted'],
      ['4 errors', 'muted'],
      ['PAUSED', 'warning'],
    ]);
    expect(tones(lines[1]).at(-1)).toEqual(['Prometheus unreachable (try --demo)', 'critical']);
  });

  it('is exactly as wide as asked', () => {
    for (const width of [80, 97, 160]) {
      for (const line of header({width, connection: down, paused: true}))
        expect(line.length).toBe(width);
    }
  });
});
