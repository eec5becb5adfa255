// The variables runtime against the real Prometheus: chained query variables job -> instance over
// the real `up` series (the exporter and Prometheus itself in one job, a target that never answers
// in another), their options as Prometheus' own API lists them, a change of job refreshing the
// instances, and a panel query with a multi-value `$instance` answering as the hand-written PromQL;
// then the App on that Prometheus, its panel following the variable; and --once, recorded, replayed.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import React from 'react';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/components/app.js';
import {createPoller} from '../../source/poller/poller.js';
import {eventually, renderWithSize} from '../components/ink-harness.js';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import {createRequest} from '../../source/http/http.js';
import {expandQuery} from '../../source/prometheus/builtin-variables.js';
import {
  createMetadataClient,
  createPrometheusClient,
  type PrometheusClient,
} from '../../source/prometheus/client.js';
import {
  createVariablesRuntime,
  resolveVariablesOnce,
  type VariablesRuntimeHandle,
} from '../../source/poller/variables-runtime.js';
import {pollDashboardsOnce} from '../../source/one-shot/poll-once.js';
import {
  liveSession,
  recordingSession,
  replaySession,
  type DataSession,
} from '../../source/record-replay/session.js';
import {freePort, startPrometheus, type ServerHandle} from '../../stack/servers.js';
import {startExporter, type Exporter} from '../harness/exporter.js';

let prometheus: ServerHandle;
let exporter: Exporter;
let client: PrometheusClient;
let dataDir: string;
let sources: Parameters<typeof createVariablesRuntime>[0]['sources'];
const runtimes: VariablesRuntimeHandle[] = [];

const dashboard: DashboardSpec = {
  id: 'vars',
  title: 'Variables',
  rows: [],
  variables: [
    // Declared after the one that uses it: resolved first all the same.
    {
      name: 'instance',
      kind: 'query',
      query: 'label_values(up{job=~"$job"}, instance)',
      multi: true,
      includeAll: true,
      current: ['$__all'],
    },
    {name: 'job', kind: 'query', query: 'label_values(up, job)', sort: 2},
    {
      name: 'jobs',
      kind: 'query',
      query: 'query_result(count by (job) (up))',
      regex: '/job="([^"]+)"/',
      sort: 1,
    },
    {name: 'broken', kind: 'query', query: 'query_result(sum(up)'},
    {name: 'ds', kind: 'datasource', pluginType: 'prometheus'},
  ],
};

/** Prometheus' own answer, asked without nova-top's code. */
async function apiValues(label: string, match: string): Promise<string[]> {
  const url = new URL(`${prometheus.url}/api/v1/label/${label}/values`);
  url.searchParams.set('match[]', match);
  const body = (await (await fetch(url)).json()) as {data: string[]};
  return body.data;
}

async function waitForUp(count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    // The label values API lists a series a moment after queries see it; an instant query at the
    // whole second (as the poller asks) sees it once a sample is older than that second.
    const listed = await apiValues('instance', 'up').catch(() => []);
    const seen = await client
      .query('count(up)', Math.floor(Date.now() / 1000))
      .catch(() => undefined);
    if (listed.length >= count && (seen?.samples[0]?.value ?? 0) >= count) return;
    if (Date.now() > deadline) throw new Error('Prometheus has not scraped its targets');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const open = async (spec: DashboardSpec = dashboard): Promise<VariablesRuntimeHandle> => {
  const runtime = createVariablesRuntime({sources, clock: Date.now, refreshMs: 0});
  runtimes.push(runtime);
  runtime.open(spec, 3600);
  await runtime.settled();
  return runtime;
};

const stateOf = (runtime: VariablesRuntimeHandle, name: string) =>
  runtime.states().find((state) => state.name === name);
const values = (runtime: VariablesRuntimeHandle, name: string) =>
  stateOf(runtime, name)?.options.map((option) => option.value);

beforeAll(async () => {
  exporter = await startExporter();
  const port = await freePort();
  const missing = `127.0.0.1:${await freePort()}`;
  dataDir = mkdtempSync(path.join(tmpdir(), 'nova-variables-'));
  prometheus = await startPrometheus({
    port,
    dataDir,
    configYaml: `global: {scrape_interval: 1s}
scrape_configs:
  - job_name: pair
    static_configs: [{targets: ['${exporter.target}', '127.0.0.1:${port}']}]
  - job_name: missing
    static_configs: [{targets: ['${missing}']}]
`,
  });
  const request = createRequest({url: prometheus.url, headers: [], timeoutMs: 5_000});
  client = createPrometheusClient(request);
  sources = {client, metadata: createMetadataClient(request)};
  await waitForUp(3);
}, 60_000);

afterAll(async () => {
  for (const runtime of runtimes) runtime.stop();
  await prometheus?.stop();
  await exporter?.stop();
  if (dataDir !== undefined) rmSync(dataDir, {recursive: true, force: true});
});

describe('variables against the real Prometheus', () => {
  it("lists each variable's options as Prometheus' API does, in the variable's order", async () => {
    const runtime = await open();
    expect(values(runtime, 'job')).toEqual((await apiValues('job', 'up')).toReversed());
    expect(values(runtime, 'job')).toEqual(['pair', 'missing']);
    expect(stateOf(runtime, 'job')?.selected).toEqual(['pair']);
    // instance follows the first job selected: the exporter and Prometheus itself.
    expect(values(runtime, 'instance')).toEqual([
      '$__all',
      ...(await apiValues('instance', 'up{job=~"pair"}')),
    ]);
    expect(values(runtime, 'instance')).toHaveLength(3);
    expect(stateOf(runtime, 'instance')?.selected).toEqual(['$__all']);
    expect(values(runtime, 'jobs')).toEqual(['missing', 'pair']);
    expect(values(runtime, 'ds')).toEqual(['Prometheus']);
  });

  it('refreshes the instances when the job changes, keeping All', async () => {
    const runtime = await open();
    let notified = 0;
    runtime.subscribe(() => (notified += 1));
    runtime.select('job', ['missing']);
    await runtime.settled();
    expect(notified).toBeGreaterThan(0);
    const missing = await apiValues('instance', 'up{job=~"missing"}');
    expect(missing).toHaveLength(1);
    expect(values(runtime, 'instance')).toEqual(['$__all', ...missing]);
    expect(runtime.scope()['instance']).toEqual({
      values: missing,
      texts: missing,
      isAll: true,
    });
  });

  it('answers a panel query with a multi-value $instance as the hand-written PromQL', async () => {
    const runtime = await open();
    const instances = (values(runtime, 'instance') ?? []).filter((value) => value !== '$__all');
    runtime.select('instance', instances);
    await runtime.settled();
    const expr = expandQuery('sum by (instance) (up{instance=~"$instance"})', {
      step: 15,
      rangeSeconds: 3600,
      variables: runtime.scope(),
    });
    expect(expr).toBe(
      `sum by (instance) (up{instance=~"(${instances
        .map((one) => one.replaceAll('.', '\\\\.'))
        .join('|')})"})`,
    );
    // Up to the coming second: a target first scraped a moment ago counts.
    const time = Math.ceil(Date.now() / 1000);
    const handWritten = `sum by (instance) (up{instance=~"${instances.join('|')}"})`;
    const [ours, theirs] = await Promise.all([
      client.query(expr, time),
      client.query(handWritten, time),
    ]);
    const sorted = (answer: typeof ours) =>
      answer.samples.map((sample) => [sample.labels['instance'], sample.value]).sort();
    expect(sorted(ours)).toHaveLength(2);
    expect(sorted(ours)).toEqual(sorted(theirs));
  });

  it("marks a variable whose query Prometheus refuses with Prometheus' one line", async () => {
    const runtime = await open();
    const broken = stateOf(runtime, 'broken');
    expect(broken?.status).toBe('error');
    expect(broken?.error).toMatch(/^.*parse error.*$/);
    expect(broken?.selected).toEqual([]);
    // Its `$broken` stays as written; the others have values.
    expect(Object.keys(runtime.scope()).sort()).toEqual(['ds', 'instance', 'job', 'jobs']);
  });

  it('keeps the last values when Prometheus is down, and says so', async () => {
    const runtime = createVariablesRuntime({sources, clock: Date.now, refreshMs: 0});
    runtimes.push(runtime);
    runtime.open(dashboard, 3600);
    await runtime.settled();
    const before = runtime.scope();
    const down = createRequest({url: 'http://127.0.0.1:1', headers: [], timeoutMs: 1_000});
    const offline = createVariablesRuntime({
      sources: {client: createPrometheusClient(down), metadata: createMetadataClient(down)},
      clock: Date.now,
      refreshMs: 0,
    });
    runtimes.push(offline);
    offline.open(dashboard, 3600);
    await offline.settled();
    expect(stateOf(offline, 'job')?.status).toBe('error');
    expect(stateOf(offline, 'job')?.error).not.toContain('\n');
    expect(before['job']).toEqual({values: ['pair'], texts: ['pair']});
    // The range changes: the running runtime reads again and keeps its selection.
    runtime.open(dashboard, 7200);
    await runtime.settled();
    expect(runtime.scope()['job']).toEqual(before['job']);
  });

  it('lists metric names by regex, and series by a selector with a regex over their text', async () => {
    const scope = await resolveVariablesOnce(
      {
        id: 'names',
        title: 'Names',
        rows: [],
        variables: [
          {name: 'metric', kind: 'query', query: 'metrics(^prometheus_build_.*)', multi: true},
          {
            name: 'version',
            kind: 'query',
            query: '$metric',
            // Not `goversion`: the regex runs over the whole series text, as in Grafana.
            regex: '/[{,]version="(?<value>[^"]+)"/',
          },
        ],
      },
      3600,
      {sources, clock: Date.now},
    );
    const names = (await apiValues('__name__', '{job="pair"}')).filter((name) =>
      name.startsWith('prometheus_build_'),
    );
    expect(names).toEqual(['prometheus_build_info']);
    expect(scope['metric']?.values).toEqual(names);
    const build = await client.query('prometheus_build_info', Math.ceil(Date.now() / 1000));
    expect(scope['version']?.values).toEqual([build.samples[0]?.labels['version']]);
  });

  it('resolves once for --once', async () => {
    const scope = await resolveVariablesOnce(dashboard, 3600, {sources, clock: Date.now});
    expect(scope['job']).toEqual({values: ['pair'], texts: ['pair']});
    expect(scope['instance']?.isAll).toBe(true);
  });
});

describe('--once with variables, live, recorded and replayed', () => {
  const panels: DashboardSpec = {
    ...dashboard,
    id: 'once',
    rows: [
      {
        panels: [
          {
            id: 'up',
            title: 'Up of $job',
            kind: 'table',
            unit: 'count',
            queries: [{expr: 'sum by (job, instance) (up{job="$job", instance=~"$instance"})'}],
          },
        ],
      },
    ],
  };
  const once = (session: DataSession) =>
    pollDashboardsOnce({
      session,
      dashboards: [panels],
      dashboardIndex: 0,
      rangeSeconds: 3600,
      refreshMs: 15_000,
      scrapeIntervalSeconds: 1,
      width: 120,
      json: true,
      ascii: true,
      url: prometheus.url,
      alertmanagerUrls: [],
    });
  const rows = ({state}: Awaited<ReturnType<typeof once>>) => {
    const result = state.panels['once/up']?.results?.[0];
    const samples = result !== undefined && 'samples' in result ? result.samples : [];
    return samples.map((sample) => `${sample.labels['instance']} ${sample.value}`).sort();
  };

  it('writes the resolved values into the queries, and a replay of the recording answers alike', async () => {
    const endpoint = {url: prometheus.url, headers: [], timeoutMs: 5_000};
    const live = await once(liveSession({prometheus: endpoint, alertmanagers: []}));
    const instances = await apiValues('instance', 'up{job=~"pair"}');
    expect(rows(live)).toEqual(instances.map((instance) => `${instance} 1`).sort());
    // The panel's title as --once prints it: with the value.
    expect(live.dashboards[0]?.rows[0]?.panels[0]?.title).toBe('Up of pair');

    const file = path.join(dataDir, 'variables.jsonl.gz');
    const recording = recordingSession(
      {prometheus: endpoint, alertmanagers: []},
      {file, novaTop: 'test', options: {rangeSeconds: 3600, refreshMs: 15_000}},
    );
    const recorded = await once(recording);
    recording.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const replayed = await once(await replaySession(file));
    expect(rows(replayed)).toEqual(rows(recorded));
    expect(rows(replayed)).toHaveLength(2);
  });
});

describe('the App with variables on the real Prometheus', () => {
  it("queries the panel with the variable's value, and again when it changes", async () => {
    const {poller, store} = createPoller({client, maxBackoffMs: 2_000});
    const variables = createVariablesRuntime({sources, clock: Date.now, refreshMs: 0});
    runtimes.push(variables);
    const board: DashboardSpec = {
      id: 'targets',
      title: 'Targets',
      variables: dashboard.variables?.filter((spec) => spec.name === 'job') ?? [],
      rows: [
        {
          panels: [
            {
              id: 'up',
              title: 'Targets of $job',
              kind: 'table',
              unit: 'count',
              queries: [{expr: 'up{job="$job"}'}],
            },
          ],
        },
      ],
    };
    const harness = renderWithSize(
      <App
        dashboards={[board]}
        store={store}
        poller={poller}
        variables={variables}
        url={prometheus.url}
        refreshMs={1_000}
        initialDashboard={0}
        initialRangeSeconds={60}
      />,
      120,
      30,
    );
    // The panels, not the header (whose URL names Prometheus, one of the targets).
    const panels = () =>
      harness
        .lastFrame()
        .split('\n')
        .filter((line) => !line.includes('http://'))
        .join('\n');
    try {
      const pair = await apiValues('instance', 'up{job="pair"}');
      const [missing] = await apiValues('instance', 'up{job="missing"}');
      await eventually(() => {
        const frame = panels();
        for (const instance of pair) expect(frame).toContain(instance);
        expect(frame).not.toContain(missing);
        // The title reads the value too (`Targets of $job`).
        expect(frame).toContain('Targets of pair');
      }, 15_000);
      variables.select('job', ['missing']);
      await eventually(() => {
        const frame = panels();
        expect(frame).toContain(missing);
        for (const instance of pair) expect(frame).not.toContain(instance);
        expect(frame).toContain('Targets of missing');
      }, 15_000);
    } finally {
      harness.unmount();
      poller.stop();
    }
  });
});
