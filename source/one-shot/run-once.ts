// --once and --json: one poll of every dashboard with the app's own poller (live, recording or
// from a snapshot: at the end of the recording), the alerts from every AlertManager and Prometheus'
// rules, then the chosen screen as text or its data as JSON, and the one verdict (verdict.ts) of
// all of it as the exit status.
import type {DataSession} from '../record-replay/session.js';
import {fitLine, segment} from '../view-models/line.js';
import type {Line} from '../view-models/tone.js';
import {runOnceAlerts} from './once-alerts.js';
import {onceReport} from './once-report.js';
import type {AlertsReport} from './alerts-report.js';
import type {OnceOptions, OnceResult} from './once-options.js';
import {onceVerdict} from './once-verdict.js';
import {fetchAlerts, pollDashboardsOnce} from './poll-once.js';
import {prometheusSourceNote} from './prometheus-alerts.js';
import {onceReplayStatus, onceScreenLines, plainText} from './once-screen.js';

/** "Alerts: 2 firing (A, B), 1 pending (C)", or why there are none. */
function alertsLine(alerts: AlertsReport, width: number): Line {
  if (!alerts.available) return fitLine([segment(`Alerts: unavailable (${alerts.error})`)], width);
  const counted = (['firing', 'pending', 'silenced'] as const).flatMap((state) => {
    const names = alerts.alerts.filter((alert) => alert.state === state).map((a) => a.name);
    return names.length === 0 ? [] : [`${names.length} ${state} (${names.join(', ')})`];
  });
  const from = alerts.source === 'prometheus' ? ` (${prometheusSourceNote}: ${alerts.error})` : '';
  const text = `Alerts${from}: ${counted.length === 0 ? 'none' : counted.join(', ')}`;
  return fitLine([segment(text)], width);
}

/**
 * A snapshot is shown as it ends: at the start of the last recorded poll, so that the poll asks
 * exactly what was recorded then.
 */
function showRecordingEnd(session: DataSession): void {
  const clock = session.replay?.clock;
  clock?.seek(clock.state().cycles.at(-1) ?? clock.state().end);
  clock?.pause();
}

export async function runOnce(options: OnceOptions): Promise<OnceResult> {
  showRecordingEnd(options.session);
  if (options.alertsScreen === true) return runOnceAlerts(options);
  if (options.dashboards.length === 0) return {stdout: '', stderr: 'no dashboard', code: 1};
  const [polled, alerts] = await Promise.all([pollDashboardsOnce(options), fetchAlerts(options)]);
  // The dashboards as polled: titles and queries with their variables' values.
  const {state, dashboards} = polled;
  const dashboard = dashboards[options.dashboardIndex] ?? dashboards[0];
  if (dashboard === undefined) return {stdout: '', stderr: 'no dashboard', code: 1};
  const shown = {...options, dashboards};
  const {verdict, freshness, lines: verdictText, stderr} = onceVerdict(shown, state, alerts);
  if (options.json) {
    const report = onceReport({
      dashboard,
      state,
      alerts,
      verdict,
      freshness,
      url: options.url,
      rangeSeconds: options.rangeSeconds,
      ...(options.replayFile === undefined ? {} : {replayFile: options.replayFile}),
    });
    return {stdout: `${JSON.stringify(report, null, 2)}\n`, stderr, code: verdict.code};
  }
  const replay = onceReplayStatus(options.session);
  const lines = onceScreenLines({
    dashboards,
    dashboardIndex: options.dashboardIndex,
    state,
    width: options.width,
    url: options.url,
    rangeSeconds: options.rangeSeconds,
    refreshMs: options.refreshMs,
    now: freshness.now,
    ...(replay === undefined ? {} : {replay}),
    ...(options.clockText === undefined ? {} : {clockText: options.clockText}),
  });
  const text = plainText(
    [...lines, alertsLine(alerts, options.width), ...verdictText],
    options.ascii,
  );
  return {stdout: text, stderr, code: verdict.code};
}
