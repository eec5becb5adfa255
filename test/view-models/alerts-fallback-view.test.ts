// What the header and the alerts screen say when no AlertManager answers and the alerts come from
// Prometheus (recorded /api/v1/alerts and /api/v1/rules), when nothing answers at all, and how many
// alerts are silenced when AlertManager answers. Exact text, computed from the inputs.
import {describe, expect, it} from 'vitest';
import {silencesUnavailable} from '../../source/alerts/alerts-source.js';
import {
  applyAlertsCycle,
  initialAlertsState,
  type AlertsCycle,
} from '../../source/alerts/alerts-state.js';
import {narrowPrometheusAlerts} from '../../source/alerts/prometheus-alerts-client.js';
import {narrowRules} from '../../source/alerts/rules-client.js';
import type {AlertmanagerAlert} from '../../source/alerts/types.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {initialUiState} from '../../source/ui-state/ui-state.js';
import {alertsEnv, press} from '../ui-state/press.js';
import {
  alertListPrintLines,
  visibleAlerts,
} from '../../source/view-models/alerts/alert-list-view.js';
import {headerAlerts} from '../../source/view-models/alerts/header-alerts.js';
import {headerLines} from '../../source/view-models/header.js';
import type {Line} from '../../source/view-models/tone.js';
import {fixture} from '../alerts/fixtures.js';

const text = (line: Line) => line.map((part) => part.text).join('');
const toned = (line: Line) => line.map((part) => `${part.text}<${part.tone}>`).join('');
const clockText = (ms: number) => new Date(ms).toISOString().slice(11, 19);
const failedAt = Date.parse('2026-12-01T23:00:00Z');
const now = failedAt + 10_000;
const refused = 'cannot reach localhost:9093: connection refused';

const down = (fallback: AlertsCycle['prometheusAlerts']): AlertsCycle => ({
  alertmanagers: [{ok: false, error: refused}],
  rules: {ok: true, rules: narrowRules(fixture('prometheus-alerts-rules'))},
  ...(fallback === undefined ? {} : {prometheusAlerts: fallback}),
  prometheusName: 'prom:9090',
});
const fromPrometheus = applyAlertsCycle(
  initialAlertsState(['localhost:9093']),
  down({ok: true, alerts: narrowPrometheusAlerts(fixture('prometheus-alerts'))}),
  failedAt,
);
const promRefused = 'cannot reach prom:9090: connection refused';
const nothing = applyAlertsCycle(
  initialAlertsState(['localhost:9093']),
  {...down({ok: false, error: promRefused}), rules: {ok: false, error: promRefused}},
  failedAt,
);

const header = (state: typeof fromPrometheus, width: number) =>
  text(
    headerLines({
      dashboards: builtinDashboards,
      activeIndex: 0,
      url: 'http://prom:9090',
      rangeSeconds: 3600,
      refreshMs: 15_000,
      connection: {status: 'unknown'},
      paused: false,
      now,
      width,
      alerts: {active: true, ...headerAlerts(state, now, false)},
    })[0],
  );
const tabs = ' 1 overview   2 websocket   3 messaging   4 errors  [5 Alerts]';

describe('the header when the alerts come from Prometheus', () => {
  it('says so in full, shorter, or as (Prom), as the width allows', () => {
    const {counts, shortCounts, compactCounts} = headerAlerts(fromPrometheus, now, false);
    expect(toned(counts)).toBe(
      '3 crit<critical> <normal>1 warn<warning> <normal>1 info<normal>' +
        ' from Prometheus: AlertManager unreachable, silences and inhibitions unknown<warning>',
    );
    expect(text(shortCounts ?? [])).toBe(
      '3 crit 1 warn 1 info from Prometheus (AlertManager down)',
    );
    expect(text(compactCounts)).toBe('3C 1W 1I (Prom)');
    const full = text(counts);
    expect(header(fromPrometheus, 160)).toBe(tabs.padEnd(160 - full.length) + full);
    const short = text(shortCounts ?? []);
    expect(header(fromPrometheus, 120)).toBe(tabs.padEnd(120 - short.length) + short);
    expect(header(fromPrometheus, 80)).toBe(tabs.padEnd(80 - 15) + '3C 1W 1I (Prom)');
  });

  it('says the counts are unknown, not waiting, when neither answered', () => {
    const {counts, compactCounts} = headerAlerts(nothing, now, false);
    expect(text(counts)).toBe('alerts unknown: AlertManager and Prometheus unreachable');
    expect(text(compactCounts)).toBe('alerts ?');
    expect(text(headerAlerts(initialAlertsState(['am']), now, false).counts)).toBe('alerts …');
  });
});

describe('the alerts screen when the alerts come from Prometheus', () => {
  const lines = (state: typeof fromPrometheus, width: number) =>
    alertListPrintLines({state, visible: visibleAlerts(state.rows, ''), now, width, clockText})
      .map(text)
      .map((line) => line.trimEnd());

  it('marks the list, says since when AlertManager fails, and sanitizes server text', () => {
    const sources =
      `localhost:9093 unreachable since 23:00:00 (${refused})` + '  rules ok  Prometheus alerts ok';
    const row = (left: string, right: string) => left.padEnd(160 - right.length) + right;
    expect(lines(fromPrometheus, 160)).toEqual([
      row('Alerts', sources),
      'from Prometheus: AlertManager unreachable, silences and inhibitions unknown',
      'Critical (3)',
      row(
        '  CriticalWebSocketErrorRate instance=chat-1:9464  WebSocket error rate is 21% on chat-1:9464',
        'firing  2m',
      ),
      row(
        '  CriticalWebSocketErrorRate instance=chat-2:9464  WebSocket error rate is 18% on chat-2:9464',
        'firing  2m',
      ),
      row('  WebSocketLatencyAboveTopBucket  p95 latency +Inf', 'firing  2m'),
      'Warning (2)',
      row('  HighWebSocketErrorRate  WebSocket error rate above 5%', 'firing  2m'),
      row('  MessageQueueBacklog  Pending queue depth 1250', 'pending, fires in ~58 min  2m'),
      'Info (1)',
      // The escape sequence in the summary is gone; its text stays.
      row('  IdleConversationsTooHigh  Idle conversations at 93% red', 'firing  2m'),
    ]);
  });

  it('puts the sources on a line of their own when they do not fit beside the title', () => {
    expect(lines(fromPrometheus, 80).slice(0, 3)).toEqual([
      'Alerts',
      `localhost:9093 unreachable since 23:00:00 (cannot reach localhost:9093: connect…`,
      'from Prometheus: AlertManager unreachable, silences and inhibitions unknown',
    ]);
  });

  it('says nothing answered rather than wait', () => {
    const promDown = 'unreachable since 23:00:00 (cannot reach prom:9090: connection refused)';
    const sources =
      `localhost:9093 unreachable since 23:00:00 (${refused})` +
      `  rules ${promDown}  Prometheus alerts ${promDown}`;
    expect(lines(nothing, 300)).toEqual([
      'Alerts'.padEnd(300 - sources.length) + sources,
      'No alert list: neither AlertManager nor Prometheus answered',
    ]);
  });

  it('refuses silences and says why', () => {
    expect(silencesUnavailable(fromPrometheus)).toBe(
      'silences need AlertManager, which is unreachable: these alerts come from Prometheus',
    );
    expect(silencesUnavailable(nothing)).toBe('silences need AlertManager, which is unreachable');
    // `s` says so instead of opening the form.
    const env = {
      dashboards: builtinDashboards,
      alerts: alertsEnv(fromPrometheus.rows, {
        silencesUnavailable: silencesUnavailable(fromPrometheus),
      }),
    };
    const state = press(initialUiState(0, 3600, 'alerts'), env, 's').state;
    expect([state.alerts.view, state.alerts.notice]).toEqual([
      'list',
      {
        text: 'silences need AlertManager, which is unreachable: these alerts come from Prometheus',
        tone: 'warning',
      },
    ]);
  });
});

describe('the header when AlertManager answers', () => {
  const alert = (name: string, severity: string, silencedBy: string[]): AlertmanagerAlert => ({
    fingerprint: name,
    labels: {alertname: name, severity},
    annotations: {},
    receivers: [],
    state: silencedBy.length > 0 ? 'suppressed' : 'active',
    silencedBy,
    inhibitedBy: [],
  });
  const answered = (alerts: AlertmanagerAlert[]) =>
    applyAlertsCycle(
      initialAlertsState(['am']),
      {
        alertmanagers: [{ok: true, alerts, silences: []}],
        rules: {ok: true, rules: []},
        prometheusName: 'prom',
      },
      now,
    );

  it('counts silenced alerts, so that an all-silenced incident does not read as calm', () => {
    const silenced = answered([alert('A', 'critical', ['s1']), alert('B', 'warning', ['s1'])]);
    const {counts, compactCounts} = headerAlerts(silenced, now, false);
    expect(text(counts)).toBe('0 crit 0 warn 0 info 2 silenced');
    expect(text(compactCounts)).toBe('0C 0W 0I 2S');
    expect(header(silenced, 100)).toBe(tabs.padEnd(100 - 31) + '0 crit 0 warn 0 info 2 silenced');
    const none = answered([alert('A', 'critical', [])]);
    expect(text(headerAlerts(none, now, false).counts)).toBe('1 crit 0 warn 0 info');
  });
});
