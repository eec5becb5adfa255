// `--once -d alerts` and `--json -d 5` as a script meets them: spawned on a snapshot of the alerts
// screen, the alert list as plain text at --width, the alerts as JSON, and the one verdict: here
// the firing alerts' (2 a critical one, 1 a warning one, 0 none), the recording holding no panels.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import type {Server} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {fixture} from '../alerts/fixtures.js';
import {
  endpointOf,
  recordAlertPolls,
  recordedRoutes,
  serve,
} from '../record-replay/alerts-recording.js';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const inherited = Object.entries(process.env).filter(
  ([name]) => name !== 'CI' && !name.startsWith('CI_') && name !== 'CONTINUOUS_INTEGRATION',
);
const env = {...Object.fromEntries(inherited), FORCE_COLOR: '0', TZ: 'UTC'};

type RecordedAlert = {
  labels: Record<string, string>;
  startsAt: string;
  status: {state: string; silencedBy: string[]; inhibitedBy: string[]};
};
const alerts = fixture('alerts') as RecordedAlert[];
// 2m 5s after the newest alert started.
const recordedAt = Math.max(...alerts.map((alert) => Date.parse(alert.startsAt))) + 125_000;
/** Only the warning alert, and not inhibited: it fires. */
const warningOnly = alerts
  .filter((alert) => alert.labels['alertname'] === 'HighWebSocketErrorRate')
  .map((alert) => ({...alert, status: {state: 'active', silencedBy: [], inhibitedBy: []}}));

let server: Server;
let warningServer: Server;
let folder: string;
const files = {all: '', warning: ''};

beforeAll(async () => {
  server = await serve(recordedRoutes);
  warningServer = await serve({...recordedRoutes, '/api/v2/alerts': warningOnly});
  folder = mkdtempSync(join(tmpdir(), 'nova-top-once-alerts-'));
  files.all = join(folder, 'alerts.jsonl.gz');
  files.warning = join(folder, 'warning.jsonl.gz');
  await recordAlertPolls(files.all, server, [recordedAt]);
  await recordAlertPolls(files.warning, warningServer, [recordedAt]);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => warningServer.close(resolve));
  rmSync(folder, {recursive: true, force: true});
});

function run(...args: string[]) {
  const result = spawnSync(tsx, ['cli.tsx', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The built-in dashboards' panels: none of them is in an alerts-only recording. */
const panelCount = builtinDashboards.flatMap((dashboard) =>
  dashboard.rows.flatMap((row) => row.panels),
).length;

const spread = (left: string, right: string, width: number): string =>
  left + ' '.repeat(width - left.length - right.length) + right;

describe('nova-top --once -d alerts', () => {
  it('prints the header and the whole alert list at --width, and exits 2 for a critical alert', () => {
    const time = new Date(recordedAt).toISOString().slice(11, 19);
    const amName = endpointOf(server).url.replace('http://', '');
    const result = run('--replay', files.all, '--once', '-d', 'alerts', '--width', '120');
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      spread(
        ' 1 overview   2 websocket   3 messaging   4 errors  [5 Alerts]',
        'REPLAY END 2 crit 0 warn 0 info 1 silenced',
        120,
      ),
      spread(`replay ${files.all}  range 1h  refresh 1m`, `recorded ${time}, 0:00 of 0:00`, 120),
      spread('Alerts', `${amName} ok  rules ok`, 120),
      'Critical (2)',
      spread(
        '  CriticalWebSocketErrorRate instance=chat-1:9464  WebSocket error rate is 21% on chat-1:9464',
        'firing  2m',
        120,
      ),
      spread(
        '  CriticalWebSocketErrorRate instance=chat-2:9464  WebSocket error rate is 18% on chat-2:9464',
        'firing  2m',
        120,
      ),
      'Warning (2)',
      spread(
        '  MessageQueueBacklog  Pending queue depth 1250',
        'pending, fires in ~58 min  2m',
        120,
      ),
      spread('  HighWebSocketErrorRate  WebSocket error rate above 5%', 'inhibited  2m', 120),
      'Info (1)',
      spread('  IdleConversationsTooHigh  Idle conversations at 93% red', 'silenced  2m', 120),
      '',
      'Rules in error (1): they can never fire',
      '  nova-alerts/ServiceDown  vector contains metrics with the same labelset after applying alert labels',
      // The one verdict, as for every dashboard: this recording holds the alerts only.
      "Exit 2 (critical) from 0 panels of 4 dashboards and AlertManager's alerts",
      '  critical  2 alerts CriticalWebSocketErrorRate firing',
      `Not in the recording, not counted: ${panelCount} panels`,
      '',
    ]);
    expect(result.status).toBe(2);
  });

  it('prints the alerts as JSON with -d 5 --json, with the same exit status', () => {
    const result = run('--replay', files.all, '--json', '-d', '5');
    const report = JSON.parse(result.stdout) as {
      dashboard: {id: string};
      panels: unknown[];
      alerts: {available: boolean; alerts: {name: string; state: string}[]};
      exit: {code: number; meaning: string};
    };
    expect(report.dashboard.id).toBe('alerts');
    expect(report.panels).toEqual([]);
    expect(report.alerts.alerts.filter((alert) => alert.state === 'firing')).toHaveLength(2);
    const firing = (instance: string) => ({
      level: 'critical',
      alert: 'CriticalWebSocketErrorRate',
      labels: {
        alertname: 'CriticalWebSocketErrorRate',
        instance,
        service: 'websocket',
        severity: 'critical',
      },
      source: 'alertmanager',
    });
    expect(report.exit).toEqual({
      code: 2,
      meaning: 'critical',
      reasons: [firing('chat-1:9464'), firing('chat-2:9464')],
      notCounted: [],
      panels: {read: 0, unreadable: 0, notRecorded: panelCount},
    });
    expect(result.status).toBe(2);
  });

  it('exits 1 when the worst firing alert is a warning', () => {
    const result = run('--replay', files.warning, '--once', '-d', 'alerts', '--width', '100');
    expect(result.stdout).toContain('HighWebSocketErrorRate');
    expect(result.stdout).toMatch(/firing {2}2m\n/);
    expect(result.status).toBe(1);
  });
});
