// Silencing a whole AlertManager route group from nova-top's grouped alert list, against the real
// AlertManager (Debian package): alerts are pushed to its API as Prometheus would push them, the
// routes group them by `team`, `v` shows the groups, `s` on a group header opens the form with the
// group's labels, Enter posts it, and AlertManager itself confirms every alert of the group
// suppressed by that silence while the other team's alert still notifies.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startAlertmanager, type ServerHandle} from '../../stack/servers.js';
import {createAlertsRuntime, type AlertsRuntime} from '../../source/poller/alerts-runtime.js';
import {createAlertmanagerClient} from '../../source/alerts/alertmanager-client.js';
import {createRequest} from '../../source/http/http.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {parseArgv} from '../config/command-line.js';
import {renderApp} from '../components/app-fixture.js';
import {settle, type Harness} from '../components/ink-harness.js';
import {until} from '../harness/screen-until.js';

const alertmanagerYaml = `route:
  receiver: default
  group_by: [team]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
  routes:
    - receiver: messaging-pager
      matchers: ['team="messaging"']
receivers:
  - name: default
  - name: messaging-pager
`;

/** Two alerts of the messaging team (one route group) and one of the web team. */
const pushed = [
  {alertname: 'FailedMessageQueueCritical', severity: 'critical', team: 'messaging'},
  {alertname: 'MessageQueueBacklog', severity: 'warning', team: 'messaging'},
  {alertname: 'WebSocketErrors', severity: 'warning', team: 'web'},
];

let alertmanager: ServerHandle;
let harness: Harness | undefined;
let runtime: AlertsRuntime | undefined;

async function pushAlerts(): Promise<void> {
  const now = Date.now();
  const body = pushed.map((labels) => ({
    labels,
    annotations: {summary: `${labels.alertname} for ${labels.team}`},
    startsAt: new Date(now - 60_000).toISOString(),
    endsAt: new Date(now + 3_600_000).toISOString(),
  }));
  const response = await fetch(`${alertmanager.url}/api/v2/alerts`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  alertmanager = await startAlertmanager({configYaml: alertmanagerYaml});
  await pushAlerts();
});

afterAll(async () => {
  harness?.unmount();
  runtime?.poller.stop();
  await alertmanager?.stop();
});

describe('silencing a route group through the form', () => {
  it('prefills the group labels and AlertManager suppresses every alert of the group', async () => {
    // Prometheus is not needed here: its rules API answers nothing, and the list says so.
    const result = parseArgv(['-p', alertmanager.url, '-a', alertmanager.url, '--refresh', '1s']);
    if (!result.ok) throw new Error(result.error.message);
    const {config} = result;
    const request = createRequest(config.endpoint);
    runtime = createAlertsRuntime({
      config: config.alerts,
      prometheusEndpoint: config.endpoint,
      prometheusRequest: request,
      prometheus: createPrometheusClient(request),
      refreshMs: config.refreshMs,
      author: 'oncall',
      hyperlinks: false,
    });
    // The dashboards are not under test: the fixture's store and poller stay empty.
    harness = renderApp(
      {
        url: config.endpoint.url,
        refreshMs: config.refreshMs,
        initialRangeSeconds: 600,
        alerts: runtime,
        initialAlerts: true,
      },
      {columns: 120, rows: 30},
    );
    const shown = harness;
    await until(shown, (lines) => lines.some((line) => line.includes('WebSocketErrors')));
    await shown.press('v');
    const grouped = await until(shown, (lines) =>
      lines.some((line) => /^› team=messaging {2}→ messaging-pager +2 alerts$/.test(line)),
    );
    const header = grouped.findIndex((line) => line.startsWith('› team=messaging'));
    expect(grouped[header + 1]).toMatch(/^ {4}FailedMessageQueueCritical {2}/);
    expect(grouped[header + 2]).toMatch(/^ {4}MessageQueueBacklog {2}/);
    expect(grouped[header + 3]).toMatch(/^ {2}team=web {2}→ default +1 alert$/);

    await shown.press('s');
    const form = await until(shown, (lines) => lines.includes('New silence'));
    expect(form).toContain('  Matchers {team="messaging"}');
    expect(form).toContain('Would silence 2 current alerts');
    await shown.press('whole messaging team: queue maintenance');
    await shown.press('\r');
    await until(shown, (lines) => lines.some((line) => line.startsWith('silenced: ')));

    const client = createAlertmanagerClient(
      createRequest({url: alertmanager.url, headers: [], timeoutMs: 5000}),
    );
    const silences = (await client.silences()).filter((silence) => silence.state === 'active');
    expect(silences.map((silence) => [silence.matchers, silence.createdBy])).toEqual([
      [[{name: 'team', operator: '=', value: 'messaging'}], 'oncall'],
    ]);
    const id = silences[0]?.id ?? '';
    // AlertManager applies a new silence on its next evaluation of the alerts.
    const deadline = Date.now() + 20_000;
    let states: string[][] = [];
    for (;;) {
      const alerts = await client.alerts();
      states = alerts
        .map((alert) => [alert.labels['alertname'] ?? '', alert.state, alert.silencedBy.join()])
        .sort();
      if (states.filter((state) => state[1] === 'suppressed').length === 2) break;
      if (Date.now() > deadline) break;
      await settle(250);
    }
    expect(states).toEqual([
      ['FailedMessageQueueCritical', 'suppressed', id],
      ['MessageQueueBacklog', 'suppressed', id],
      ['WebSocketErrors', 'active', ''],
    ]);
  });
});
