// Drill-down end to end against the real Prometheus scraping the test exporter: the App as
// cli.tsx wires it (real client, poller, store), `l` `d` `Enter` on WebSocket connections (a
// `sum()`, whose one series carries no label) splits it by `instance`: the zoomed panel's title
// says so and its legend names the exporter's instance with the same value; Esc goes back.
import React from 'react';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/components/app.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {createPoller} from '../../source/poller/poller.js';
import {formatValue} from '../../source/view-models/units.js';
import {eventually, renderWithSize} from '../components/ink-harness.js';
import {connections} from '../harness/known-values.js';
import {
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';
import {panelLines} from '../harness/screen.js';

let stack: PrometheusWithExporter;

describe('drill-down against the real Prometheus', () => {
  beforeAll(async () => {
    stack = await startPrometheusWithExporter('nova-top-drill-');
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('splits a sum by instance, zoomed, and goes back with Esc', async () => {
    const {poller, store} = createPoller({client: stack.client, maxBackoffMs: 2_000});
    const harness = renderWithSize(
      <App
        dashboards={builtinDashboards}
        store={store}
        poller={poller}
        url={stack.prometheus.url}
        refreshMs={1_000}
        initialDashboard={0}
        initialRangeSeconds={60}
      />,
      160,
      48,
    );
    try {
      const screen = () => harness.lastFrame().split('\n');
      const value = formatValue(connections, 'count');
      await eventually(
        () => expect(panelLines(screen(), 'WebSocket connections').join('\n')).toContain(value),
        15_000,
      );
      await harness.press('l');
      await harness.press('d');
      expect(screen()[3]).toBe('▶ instance  not on the series now');
      await harness.press('\r');
      await eventually(() => {
        const lines = panelLines(screen(), 'WebSocket connections by instance');
        expect(lines[0]).toMatch(new RegExp(`^● ${stack.exporter.target} +now ${value} `));
      }, 15_000);
      await harness.press('\u001B');
      await eventually(() => expect(harness.lastFrame()).not.toContain('by instance'));
      expect(panelLines(screen(), 'WebSocket connections').join('\n')).toContain(value);
    } finally {
      harness.unmount();
      poller.stop();
    }
  });
});
