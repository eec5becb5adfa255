// A WebSocket latency beyond the histogram's top bucket, through the real Prometheus 2.42: it
// answers histogram_quantile with the top finite bound (30), exactly as if p95 were 30 s; the check
// query sent with it says the quantile is in +Inf, and the panel shows `> 30s` in the warning tone
// of the p95 threshold (5 s), not `30s` as if measured.
import React from 'react';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/components/app.js';
import {builtinDashboard, builtinDashboards} from '../../source/dashboards/dashboards.js';
import {createPoller} from '../../source/poller/poller.js';
import {expandQuery} from '../../source/prometheus/builtin-variables.js';
import {buildPanelView} from '../../source/view-models/panel-view.js';
import {formatValue} from '../../source/view-models/units.js';
import {eventually, renderWithSize} from '../components/ink-harness.js';
import {expectedQuantile, faultProfile, wsLatencyBuckets} from '../harness/exporter.js';
import {
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';
import {panelLines} from '../harness/screen.js';

const websocketHealth = builtinDashboard('websocket');

const profile = faultProfile('ws-latency');
const observations = profile.histograms['ws_message_latency_seconds'] ?? [];
const latency = websocketHealth.rows
  .flatMap((row) => row.panels)
  .find((panel) => panel.id === 'latency');

let stack: PrometheusWithExporter;

beforeAll(async () => {
  stack = await startPrometheusWithExporter('nova-top-top-bucket-', profile);
});

afterAll(async () => {
  await stack?.stop();
});

describe('a p95 above the top bucket, against the real Prometheus', () => {
  it('is answered with the top bound by Prometheus, and flagged by the check query', async () => {
    const expand = (expr: string) =>
      expandQuery(expr, {step: 15, rangeSeconds: 60, scrapeIntervalSeconds: 1});
    const [, p95, , , check95] = latency?.queries ?? [];
    await eventually(async () => {
      const now = Date.now() / 1000;
      const [value] = (await stack.client.query(expand(p95?.expr ?? ''), now)).samples;
      const [flag] = (await stack.client.query(expand(check95?.expr ?? ''), now)).samples;
      expect([value?.value, flag?.value]).toEqual([wsLatencyBuckets.at(-1), 1]);
    }, 20_000);
  });

  it('shows `> 30s` for p95 and p99 in the threshold tone, and p50 as measured', async () => {
    const {poller, store} = createPoller({client: stack.client, maxBackoffMs: 2_000});
    const harness = renderWithSize(
      <App
        dashboards={builtinDashboards}
        store={store}
        poller={poller}
        url={stack.prometheus.url}
        refreshMs={1_000}
        initialDashboard={1}
        initialRangeSeconds={60}
      />,
      160,
      48,
    );
    try {
      const p50 = formatValue(expectedQuantile(0.5, wsLatencyBuckets, observations), 'seconds');
      expect(p50).toBe('9.17s');
      await eventually(() => {
        const lines = panelLines(harness.lastFrame().split('\n'), 'Message latency');
        const current = (name: string) =>
          new RegExp(`^${name} +(> \\S+|\\S+)  min`).exec(
            lines.find((line) => line.startsWith(`${name} `)) ?? '',
          )?.[1];
        expect([current('p50'), current('p95'), current('p99')]).toEqual([p50, '> 30s', '> 30s']);
      }, 20_000);
      const state = store.getState().panels['websocket/latency'];
      if (latency === undefined) throw new Error('no latency panel');
      const view = buildPanelView(latency, state, {width: 80, height: 12}, Date.now());
      const p95Line = view.lines.find((line) => line[0]?.text === 'p95');
      expect(p95Line).toContainEqual({text: '> 30s', tone: 'warning'});
    } finally {
      harness.unmount();
      poller.stop();
    }
  });
});
