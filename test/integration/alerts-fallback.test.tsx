// Alerts without AlertManager, end to end: the real Prometheus with rules that fire and pend, and
// its AlertManager stopped before nova-top starts. The alerts screen and the header show
// Prometheus' own firing and pending alerts, marked as such; once AlertManager is started again
// on its port, its view returns (here with a silence that only AlertManager knows of).
import {execFile} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createAlertmanagerClient} from '../../source/alerts/alertmanager-client.js';
import {createAlertsRuntime, type AlertsRuntime} from '../../source/poller/alerts-runtime.js';
import {createRequest} from '../../source/http/http.js';
import {createPoller} from '../../source/poller/poller.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {startAlertmanager, type ServerHandle} from '../../stack/servers.js';
import {renderApp} from '../components/app-fixture.js';
import type {Harness} from '../components/ink-harness.js';
import {alertmanagerYaml, startAlertStack, type AlertStack} from '../harness/alert-stack.js';
import {screen, until as untilWithin} from '../harness/screen-until.js';
import {parseArgv} from '../config/command-line.js';

const until = (harness: Harness, done: (lines: string[]) => boolean): Promise<string[]> =>
  untilWithin(harness, done, 45_000);
const lineWith = (lines: readonly string[], text: string) =>
  lines.find((line) => line.includes(text)) ?? '';

/** nova-top's command line, run as a user runs it; resolves with its output and exit code. */
function runCli(args: readonly string[]): Promise<{stdout: string; code: number}> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'cli.tsx', ...args],
      {timeout: 60_000},
      (error, stdout) => resolve({stdout, code: typeof error?.code === 'number' ? error.code : 0}),
    );
  });
}

let stack: AlertStack | undefined;
let restarted: ServerHandle | undefined;
let runtime: AlertsRuntime | undefined;
let stopApp = (): void => {};

beforeAll(async () => {
  stack = await startAlertStack();
  stack.queueDepth.set({queue_type: 'failed'}, 620);
  stack.queueDepth.set({queue_type: 'pending'}, 1250);
  await stack.alertmanager.stop();
});

afterAll(async () => {
  stopApp();
  await restarted?.stop();
  await stack?.stop();
});

function mount(prometheusUrl: string, alertmanagerUrl: string): Harness {
  const parsed = parseArgv(['-p', prometheusUrl, '-a', alertmanagerUrl, '--refresh', '1s']);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const {config} = parsed;
  const request = createRequest(config.endpoint);
  const client = createPrometheusClient(request);
  const {poller, store} = createPoller({client});
  runtime = createAlertsRuntime({
    config: config.alerts,
    prometheusEndpoint: config.endpoint,
    prometheusRequest: request,
    prometheus: client,
    refreshMs: config.refreshMs,
    author: 'oncall',
    hyperlinks: false,
  });
  const alerts = runtime;
  const harness = renderApp(
    {
      store,
      poller,
      url: config.endpoint.url,
      refreshMs: config.refreshMs,
      initialRangeSeconds: 600,
      alerts,
    },
    {columns: 120, rows: 30},
  );
  stopApp = () => {
    harness.unmount();
    poller.stop();
    alerts.poller.stop();
  };
  return harness;
}

describe('alerts without AlertManager, against real servers', () => {
  let harness: Harness;

  it('shows firing and pending alerts from Prometheus, marked as such, and refuses silences', async () => {
    const {prometheus, alertmanager} = stack as AlertStack;
    harness = mount(prometheus.url, alertmanager.url);
    await harness.press('a');
    // A critical alert that fires while nova-top watches flashes the count for 6 s: wait it out.
    const header = /\[5 Alerts\] +1 crit 0 warn 0 info from Prometheus \(AlertManager down\)$/;
    const lines = await until(
      harness,
      (shown) =>
        lineWith(shown, 'FailedMessageQueueCritical').includes('firing') &&
        lineWith(shown, 'MessageQueueBacklog').includes('pending') &&
        header.test(shown[0] ?? ''),
    );
    const amName = alertmanager.url.replace('http://', '');
    const promName = prometheus.url.replace('http://', '');
    expect(lines).toContain(
      'from Prometheus: AlertManager unreachable, silences and inhibitions unknown',
    );
    expect(lineWith(lines, `${amName} unreachable since`)).toMatch(
      new RegExp(
        `${amName} unreachable since \\d\\d:\\d\\d:\\d\\d \\(cannot reach ${amName}: connection refused\\)`,
      ),
    );
    expect(lineWith(lines, 'FailedMessageQueueCritical')).toMatch(
      /FailedMessageQueueCritical {2}Failed queue depth 620 +firing {2}\d+s$/,
    );
    // Its rule's `for: 1m` from Prometheus' rules gives the time it fires.
    expect(lineWith(lines, 'MessageQueueBacklog')).toContain('pending, fires in ~');
    expect(runtime?.store.getState().rows.every((row) => row.sources.join() === promName)).toBe(
      true,
    );
    // `-d alerts --once` prints the same list from Prometheus, and a critical alert fires in it.
    // Not spawnSync: the exporter lives in this process and must keep answering scrapes.
    const once = await runCli([
      '-p',
      prometheus.url,
      '-a',
      alertmanager.url,
      '-d',
      'alerts',
      '--once',
      '--width',
      '120',
    ]);
    const printed = once.stdout.split('\n').map((line) => line.trimEnd());
    expect(printed).toContain(
      'from Prometheus: AlertManager unreachable, silences and inhibitions unknown',
    );
    expect(lineWith(printed, 'FailedMessageQueueCritical')).toContain('firing');
    expect(once.code).toBe(2);
    await harness.press('s');
    expect(screen(harness).at(-2)).toBe(
      'silences need AlertManager, which is unreachable: these alerts come from Prometheus',
    );
  });

  it("returns to AlertManager's view when it answers again", async () => {
    const {alertmanager} = stack as AlertStack;
    restarted = await startAlertmanager({configYaml: alertmanagerYaml, port: alertmanager.port});
    const am = createAlertmanagerClient(
      createRequest({url: restarted.url, headers: [], timeoutMs: 5_000}),
    );
    // Prometheus re-sends its alerts every second; silence the critical one there.
    for (let i = 0; i < 60 && (await am.alerts()).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await am.createSilence({
      matchers: [{name: 'alertname', operator: '=', value: 'FailedMessageQueueCritical'}],
      startsAt: Date.now(),
      endsAt: Date.now() + 3_600_000,
      createdBy: 'oncall',
      comment: 'fallback test',
    });
    const lines = await until(
      harness,
      (shown) =>
        lineWith(shown, 'FailedMessageQueueCritical').includes('silenced') &&
        /\[5 Alerts\] +0 crit 0 warn 0 info 1 silenced$/.test(shown[0] ?? ''),
    );
    expect(lines.join('\n')).not.toContain('from Prometheus: AlertManager unreachable');
    expect(lineWith(lines, `${alertmanager.url.replace('http://', '')} ok`)).not.toBe('');
    expect(lineWith(lines, 'MessageQueueBacklog')).toContain('pending');
  });
});
