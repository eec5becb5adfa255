// The series cap against the real Prometheus: the test exporter serves one gauge with 3,000 label
// sets, so a careless query (`{__name__=~"nova_test_wide.*"}`) really answers 3,000 series. The client
// keeps the 1,000 of highest value now (README, Limits), the panel's border counts the rest, and the
// zoomed legend says how to narrow the query; Prometheus keeps answering.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {DashboardSpec, PanelSpec} from '../../source/dashboards/spec.js';
import {maxSeriesPerQuery} from '../../source/prometheus/client.js';
import {fetchOnce} from '../../source/poller/fetch-once.js';
import {panelKey} from '../../source/store/store-state.js';
import {buildPanelView} from '../../source/view-models/panel-view.js';
import {buildZoomView} from '../../source/view-models/zoom-view.js';
import {normalProfile} from '../harness/exporter.js';
import {
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';

const wide = 3_000;
/** Series `w0`..`w2999` with the value of their number: the highest now are w2000..w2999. */
const wideGauge = Array.from({length: wide}, (_, index) => ({
  labels: {shard: `w${index}`},
  value: index,
}));

let stack: PrometheusWithExporter;
beforeAll(async () => {
  stack = await startPrometheusWithExporter('nova-top-many-series-', {
    ...normalProfile,
    gauges: {...normalProfile.gauges, nova_test_wide_shards: wideGauge},
  });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

const panel: PanelSpec = {
  id: 'careless',
  title: 'Every shard',
  kind: 'timeseries',
  unit: 'count',
  queries: [{expr: '{__name__=~"nova_test_wide.*"}', legend: '{{shard}}'}],
};
const dashboard: DashboardSpec = {id: 'wide', title: 'Wide', rows: [{panels: [panel]}]};

const text = (lines: readonly (readonly {text: string}[])[]): string[] =>
  lines.map((line) =>
    line
      .map((part) => part.text)
      .join('')
      .trimEnd(),
  );

describe('a query of thousands of series on the real Prometheus', () => {
  it('answers 3,000 series, of which the client keeps the 1,000 highest now', async () => {
    const answer = await stack.client.query(panel.queries[0]?.expr ?? '', Date.now() / 1000);
    expect(answer.samples).toHaveLength(maxSeriesPerQuery);
    expect(answer.omitted).toBe(wide - maxSeriesPerQuery);
    const kept = answer.samples.map((sample) => sample.value).sort((a, b) => a - b);
    expect([kept[0], kept.at(-1)]).toEqual([2_000, 2_999]);
  });

  it('is cut in the panel, which says what was cut and how to narrow it', async () => {
    const now = Date.now();
    const state = await fetchOnce(
      {dashboard, rangeSeconds: 60, refreshMs: 5_000, chartWidths: {[panel.id]: 60}},
      {client: stack.client, clock: () => now},
    );
    const panelState = state.panels[panelKey(dashboard.id, panel.id)];
    const result = panelState?.results?.[0];
    expect(result?.type === 'range' ? [result.series.length, result.omitted] : []).toEqual([
      maxSeriesPerQuery,
      wide - maxSeriesPerQuery,
    ]);
    const view = buildPanelView(panel, panelState, {width: 80, height: 10}, now);
    expect(view.status).toEqual({text: '+2,000 more series', tone: 'warning'});
    // 8 inner rows: the 7 series of highest value now (in the answer's order), then "+M more".
    const names = text(view.lines).map((line) => line.split(' ')[0] ?? '');
    expect(names.slice(0, 7).sort()).toEqual([
      'w2993',
      'w2994',
      'w2995',
      'w2996',
      'w2997',
      'w2998',
      'w2999',
    ]);
    expect(names[7]).toMatch(/^\+/);
    const zoom = buildZoomView(panel, panelState, {width: 160, height: 46}, now);
    expect(text(zoom.lines)).toContain(
      '+2,989 more series (the 11 highest now are drawn): narrow with label matchers, topk() or sum by (…)',
    );
  });

  it('leaves Prometheus answering', async () => {
    const up = await stack.client.query('up{job="nova"}', Date.now() / 1000);
    expect(up.samples.map((sample) => sample.value)).toEqual([1]);
  });
});
