// Every fault scenario of nova-sim makes its alerts fire in a real Prometheus and reach a real
// AlertManager, routed and inhibited as deploy/alertmanager.yml says; back to normal, they resolve.
// The rules are deploy/'s, with windows and `for` shortened (stack/deploy-files.ts fastRules).
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {scenarios} from '../../sim/scenarios.js';
import {
  alertmanagerAlerts,
  firingAlertNames,
  switchScenario,
  waitUntil,
} from '../../stack/probe.js';
import {fastTimings, startStack, waitForData, type Stack} from '../../stack/start-stack.js';

const receiverBySeverity: Record<string, string> = {
  critical: 'critical',
  warning: 'warning',
  info: 'default',
};

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({seed: 42, hour: 16, fast: fastTimings});
  await waitForData(stack.prometheus.url, 60_000);
});

afterAll(async () => {
  await stack?.stop();
});

const firedBy = (names: readonly string[]) => async () => {
  const prometheus = await firingAlertNames(stack.prometheus.url);
  const alertmanager = (await alertmanagerAlerts(stack.alertmanager.url)).map(
    (alert) => alert.labels['alertname'] ?? '',
  );
  return names.every((name) => prometheus.includes(name) && alertmanager.includes(name));
};

const resolved = (names: readonly string[]) => async () => {
  const prometheus = await firingAlertNames(stack.prometheus.url);
  const alertmanager = (await alertmanagerAlerts(stack.alertmanager.url)).map(
    (alert) => alert.labels['alertname'] ?? '',
  );
  return names.every((name) => !prometheus.includes(name) && !alertmanager.includes(name));
};

const state = async () =>
  `Prometheus firing ${JSON.stringify(await firingAlertNames(stack.prometheus.url))}, ` +
  `AlertManager ${JSON.stringify((await alertmanagerAlerts(stack.alertmanager.url)).map((a) => a.labels['alertname']))}`;

describe('nova-sim scenarios against the deploy/ rules', () => {
  test('the normal workload fires no alert', async () => {
    // Let every window fill with normal traffic and every `for` pass.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    expect(await firingAlertNames(stack.prometheus.url)).toEqual([]);
  });

  for (const scenario of scenarios.filter((s) => s.name !== 'normal')) {
    test(`${scenario.name} fires ${scenario.alerts.join(', ')} and resolves`, async () => {
      await switchScenario(stack.sim.url, scenario.name);
      await waitUntil(firedBy(scenario.alerts), 45_000, state);
      expect(await firingAlertNames(stack.prometheus.url)).toEqual([...scenario.alerts].sort());

      const delivered = await alertmanagerAlerts(stack.alertmanager.url);
      for (const alert of delivered.filter((a) =>
        scenario.alerts.includes(a.labels['alertname'] ?? ''),
      )) {
        const severity = alert.labels['severity'] ?? '';
        expect(alert.receivers).toEqual([receiverBySeverity[severity]]);
        const critical = delivered.find(
          (other) =>
            other.labels['severity'] === 'critical' &&
            other.labels['signal'] === alert.labels['signal'],
        );
        // A warning with a firing critical of the same signal is inhibited; nothing else is.
        expect(alert.state).toBe(severity === 'warning' && critical ? 'suppressed' : 'active');
      }

      await switchScenario(stack.sim.url, 'normal');
      await waitUntil(resolved(scenario.alerts), 45_000, state);
    });
  }
});
