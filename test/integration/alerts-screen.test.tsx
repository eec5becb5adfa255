// nova-top's alerts screen end to end: the real Prometheus and AlertManager (Debian packages),
// rules fed by a prom-client exporter this test controls, and the App rendered with the same
// config, clients and pollers cli.tsx builds. What is asserted is what the engineer sees on the
// screen and what AlertManager itself confirms.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {ServerHandle} from '../../stack/servers.js';
import {createAlertsRuntime, type AlertsRuntime} from '../../source/poller/alerts-runtime.js';
import {createAlertmanagerClient} from '../../source/alerts/alertmanager-client.js';
import {createRequest} from '../../source/http/http.js';
import {createPoller} from '../../source/poller/poller.js';
import {createPrometheusClient} from '../../source/prometheus/client.js';
import {parseArgv} from '../config/command-line.js';
import {renderApp} from '../components/app-fixture.js';
import {settle, type Harness} from '../components/ink-harness.js';
import {startAlertStack, type AlertStack} from '../harness/alert-stack.js';
import {screen, until as untilWithin} from '../harness/screen-until.js';

/** Alerts take a few evaluation and notification rounds to reach the screen. */
const until = (harness: Harness, done: (lines: string[]) => boolean): Promise<string[]> =>
  untilWithin(harness, done, 45_000);

let stack: AlertStack | undefined;
let alertmanager: ServerHandle;
let prometheus: ServerHandle;

const mounted: {harness: Harness; runtime: AlertsRuntime; stop: () => void}[] = [];

function mount(extraArgs: readonly string[] = []) {
  const result = parseArgv([
    '-p',
    prometheus.url,
    '-a',
    alertmanager.url,
    '--refresh',
    '1s',
    ...extraArgs,
  ]);
  if (!result.ok) throw new Error(result.error.message);
  const {config} = result;
  const request = createRequest(config.endpoint);
  const client = createPrometheusClient(request);
  const {poller, store} = createPoller({client});
  const runtime = createAlertsRuntime({
    config: config.alerts,
    prometheusEndpoint: config.endpoint,
    prometheusRequest: request,
    prometheus: client,
    refreshMs: config.refreshMs,
    author: 'oncall',
    hyperlinks: false,
  });
  const harness = renderApp(
    {
      store,
      poller,
      url: config.endpoint.url,
      refreshMs: config.refreshMs,
      initialRangeSeconds: 600,
      alerts: runtime,
    },
    {columns: 120, rows: 30},
  );
  const stop = () => {
    harness.unmount();
    poller.stop();
    runtime.poller.stop();
  };
  mounted.push({harness, runtime, stop});
  return harness;
}

const lineWith = (lines: readonly string[], text: string) =>
  lines.find((line) => line.includes(text)) ?? '';

const am = () =>
  createAlertmanagerClient(createRequest({url: alertmanager.url, headers: [], timeoutMs: 5_000}));

beforeAll(async () => {
  stack = await startAlertStack();
  ({alertmanager, prometheus} = stack);
  stack.queueDepth.set({queue_type: 'failed'}, 620);
  stack.queueDepth.set({queue_type: 'pending'}, 1250);
});

afterAll(async () => {
  for (const each of mounted) each.stop();
  await stack?.stop();
});

describe('the alerts screen against real servers', () => {
  it('shows a rule with for: 1m as pending with its ETA, and the injected fault as firing critical', async () => {
    const harness = mount();
    await harness.press('a');
    const lines = await until(
      harness,
      (shown) =>
        lineWith(shown, 'FailedMessageQueueCritical').includes('firing') &&
        lineWith(shown, 'MessageQueueBacklog').includes('pending'),
    );
    expect(lines[0]).toMatch(/\[5 Alerts\]/);
    // A new critical alert flashes its count for a few seconds: `!1 crit!`, then ` 1 crit `.
    expect(lines[0]).toMatch(/[ !]1 crit[ !] 0 warn 0 info$|\] {2}1 crit 0 warn 0 info$/);
    const critical = lines.indexOf('Critical (1)');
    expect(critical).toBeGreaterThan(0);
    expect(lines[critical + 1]).toMatch(
      /^› FailedMessageQueueCritical {2}Failed queue depth 620 +firing {2}\d+s$/,
    );
    const warning = lines.indexOf('Warning (1)');
    expect(warning).toBeGreaterThan(critical);
    expect(lines[warning + 1]).toMatch(
      /^ {2}MessageQueueBacklog {2}Pending queue depth 1250 +pending, (?:fires in ~(?:1 min|\d+ s)|due now) {2}\d+s$/,
    );
  });

  it('shows the detail with labels, annotations, the runbook and a chart of the expression', async () => {
    const harness = mounted[0]?.harness ?? mount();
    await harness.press('\r');
    const lines = await until(
      harness,
      (shown) =>
        lineWith(shown, 'threshold 500').length > 0 &&
        lineWith(shown, 'no data') === '' &&
        lineWith(shown, 'loading') === '',
    );
    expect(lines[2]).toMatch(
      /^FailedMessageQueueCritical {2}critical {2}firing {2}since \d+s {2}from 127\.0\.0\.1:\d+$/,
    );
    // The panel that mirrors the alert (source/dashboards/alert-panels.ts); `o` opens it.
    expect(lines[3]).toBe('Panel 1 System Overview › Queue depths (failed)  o opens it');
    expect(lines[4]).toBe('Labels');
    expect(lineWith(lines, 'job=nova')).toMatch(/^ {2}job=nova +queue_type=failed$/);
    expect(lineWith(lines, 'runbook_url')).toBe(
      '  runbook_url: https://runbooks.example/failed-queue',
    );
    expect(lineWith(lines, 'Expression ')).toBe(
      'Expression message_queue_depth{queue_type="failed"} > 500',
    );
    // The chart plots the left side of the comparison, with the threshold from its right side.
    expect(lineWith(lines, '╭ Expression, threshold 500 ')).not.toBe('');
    expect(lineWith(lines, '● message_queue_depth{')).toContain('queue_type="failed"');
    expect(lineWith(lines, 'crit >500')).not.toBe('');
    await harness.press('\u001b');
  });

  it('marks the alert on the zoomed panel it opens (o), and reads its value at a cursor', async () => {
    // An App of its own: the others' screens stay as the tests below expect them.
    const harness = mount();
    try {
      await harness.press('a');
      await until(harness, (shown) => lineWith(shown, 'FailedMessageQueueCritical') !== '');
      await harness.press('\r');
      await until(harness, (shown) => lineWith(shown, 'o opens it') !== '');
      await harness.press('o');
      // Queue depths reads message_queue_depth, as the rule's expression does: its start is marked,
      // under the chart once its range answer is in (the value now can come first).
      const markRow = (line: string) => /^│ +▲[ ▲]*│$/.test(line);
      const zoomed = await until(
        harness,
        (shown) =>
          lineWith(shown, '▲ alerts: ').includes('FailedMessageQueueCritical') &&
          lineWith(shown, '● failed').includes('now 620') &&
          shown.some(markRow),
      );
      expect(lineWith(zoomed, '▲ alerts: ')).toMatch(
        /^│▲ alerts: (?:\w+ \d\d:\d\d:\d\d(?: pending)?, )*FailedMessageQueueCritical \d\d:\d\d:\d\d/,
      );
      await harness.press('\u001b[D');
      const cursor = await until(harness, (shown) => lineWith(shown, 'cursor at ') !== '');
      expect(lineWith(cursor, '● failed')).toMatch(/ cursor 620 {2}min /);
      expect(lineWith(cursor, 'cursor at ')).toMatch(/^│cursor at \d\d:\d\d:\d\d · /);
    } finally {
      // Gone before the tests below (also when this one fails): they take their Apps by order.
      mounted.pop()?.stop();
    }
  });

  it('silences the alert through the form (AlertManager confirms), and the S list expires it', async () => {
    const harness = mounted[0]?.harness ?? mount();
    await harness.press('s');
    let lines = screen(harness);
    expect(lineWith(lines, 'Matchers')).toContain('{alertname="FailedMessageQueueCritical"}');
    expect(lineWith(lines, 'Duration')).toContain('1h');
    expect(lineWith(lines, 'Author')).toContain('oncall');
    expect(lineWith(lines, 'Comment')).toContain('a comment is required');
    expect(lines).toContain('Would silence 1 current alert');
    // Ink attaches the form's key handler in an effect, just after the frame is drawn.
    await settle(100);
    for (const char of 'investigating') await harness.press(char);
    await harness.press('\r');
    lines = await until(harness, (shown) => lineWith(shown, 'silenced: ').length > 0);
    const id = /silenced: (\S+) on /.exec(lineWith(lines, 'silenced: '))?.[1] ?? '';
    const silence = await am().silence(id);
    expect(silence).toMatchObject({state: 'active', createdBy: 'oncall', comment: 'investigating'});
    expect(silence.matchers).toEqual([
      {name: 'alertname', operator: '=', value: 'FailedMessageQueueCritical'},
    ]);
    lines = await until(harness, (shown) =>
      lineWith(shown, 'FailedMessageQueueCritical').includes('silenced'),
    );
    expect(lines[0]).toMatch(/0 crit/);

    await harness.press('S');
    lines = await until(harness, (shown) => lineWith(shown, id).length > 0);
    expect(lineWith(lines, '{alertname="FailedMessageQueueCritical"}')).toMatch(
      /ends in (59m|1h)\S* {2}1 alert$/,
    );
    await harness.press('x');
    expect(screen(harness)).toContain(`Expire silence ${id}? y/n`);
    await harness.press('y');
    await until(harness, (shown) => shown.includes(`expired ${id}`));
    expect((await am().silence(id)).state).toBe('expired');
    await harness.press('\u001b');
    lines = await until(harness, (shown) =>
      lineWith(shown, 'FailedMessageQueueCritical').includes('firing'),
    );
    expect(lines[0]).toMatch(/1 crit/);
  });

  it('refuses every write with --read-only, and says so', async () => {
    mounted.shift()?.stop();
    const harness = mount(['--read-only']);
    await harness.press('a');
    let lines = await until(harness, (shown) =>
      lineWith(shown, 'FailedMessageQueueCritical').includes('firing'),
    );
    expect(lines[0]).toMatch(/READ-ONLY 1 crit/);
    const before = (await am().silences()).length;
    await harness.press('s');
    lines = screen(harness);
    expect(lines.at(-2)).toBe('read-only: nova-top was started with --read-only');
    expect(lineWith(lines, 'Matchers')).toBe('');
    expect((await am().silences()).length).toBe(before);
  });

  it('shows the alerts from Prometheus, marked as such, when AlertManager stops', async () => {
    const harness = mounted[0]?.harness ?? mount();
    await alertmanager.stop();
    const lines = await until(harness, (shown) =>
      shown.includes('from Prometheus: AlertManager unreachable, silences and inhibitions unknown'),
    );
    // The read-only app's header at 120 columns: the compact counts and mark.
    expect(lines[0]).toMatch(/RO 1C \dW 0I \(Prom\)$/);
    expect(lineWith(lines, 'unreachable')).toMatch(
      new RegExp(
        `${alertmanager.url.replace('http://', '')} unreachable since \\d\\d:\\d\\d:\\d\\d, stale: data from \\d+s ago`,
      ),
    );
    expect(lineWith(lines, 'FailedMessageQueueCritical')).toContain('firing');
  });
});
