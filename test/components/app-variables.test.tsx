// The App and the variables runtime: the dashboard shown is opened in it, its panels are planned
// only once the variables have been read (no `$job` sent to Prometheus), with their values, and
// again when a value is selected or the range changes.
import {afterEach, describe, expect, it} from 'vitest';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import type {
  MetadataWindow,
  PrometheusClient,
  PrometheusMetadata,
} from '../../source/prometheus/client.js';
import {createVariablesRuntime} from '../../source/poller/variables-runtime.js';
import {fakePoller, renderApp} from './app-fixture.js';
import {eventually, settle, type Harness} from './ink-harness.js';

const dashboard: DashboardSpec = {
  id: 'vars',
  title: 'Vars',
  variables: [
    {name: 'job', kind: 'query', query: 'label_values(up, job)'},
    {name: 'instance', kind: 'query', query: 'label_values(up{job="$job"}, instance)', multi: true},
  ],
  rows: [
    {
      panels: [
        {
          id: 'up',
          title: 'Up',
          kind: 'status',
          unit: 'count',
          queries: [{expr: 'up{job="$job",instance=~"$instance"}'}],
        },
      ],
    },
  ],
};

/** Label values as a small Prometheus would list them; answers wait for `release`. */
function heldSources() {
  const asked: {label: string; match: string | undefined; window: MetadataWindow}[] = [];
  let release: () => void = () => {};
  let gate = new Promise<void>((resolve) => (release = resolve));
  const values: Record<string, readonly string[]> = {
    'job up': ['api', 'node'],
    'instance up{job="api"}': ['a:1', 'a:2'],
    'instance up{job="node"}': ['n:1'],
  };
  const metadata: PrometheusMetadata = {
    labelNames: async () => [],
    series: async () => [],
    async labelValues(label, match, window) {
      asked.push({label, match, window});
      await gate;
      return values[`${label} ${match}`] ?? [];
    },
  };
  const client = {} as PrometheusClient;
  return {
    sources: {client, metadata},
    asked,
    release: () => {
      release();
      gate = Promise.resolve();
    },
  };
}

let current: Harness | undefined;
afterEach(() => current?.unmount());

describe('App with template variables', () => {
  it('plans the panels with the values once read, and again on select and range change', async () => {
    const now = Date.UTC(2026, 10, 27, 12, 0, 0);
    const held = heldSources();
    const variables = createVariablesRuntime({
      sources: held.sources,
      clock: () => now,
      refreshMs: 0,
    });
    const {poller, calls} = fakePoller();
    current = renderApp({dashboards: [dashboard], poller, variables, clock: () => now});
    await eventually(() => expect(held.asked).toHaveLength(1));
    await settle(50);
    // Nothing planned while the first variable is read: `$job` would go to Prometheus as is.
    expect(calls.plans).toHaveLength(0);
    held.release();
    await eventually(() => expect(calls.plans.length).toBeGreaterThan(0));
    expect(held.asked.map((one) => `${one.label} ${one.match}`)).toEqual([
      'job up',
      'instance up{job="api"}',
    ]);
    // The dashboard's range, up to the coming second.
    expect(held.asked[0]?.window).toEqual({start: now / 1000 - 3600, end: now / 1000});
    expect(calls.plans.at(-1)?.variables).toEqual({
      job: {values: ['api'], texts: ['api']},
      instance: {values: ['a:1'], texts: ['a:1']},
    });

    variables.select('job', ['node']);
    await eventually(() =>
      expect(calls.plans.at(-1)?.variables).toEqual({
        job: {values: ['node'], texts: ['node']},
        instance: {values: ['n:1'], texts: ['n:1']},
      }),
    );

    await current.press('+');
    await eventually(() => expect(calls.plans.at(-1)?.rangeSeconds).not.toBe(3600));
    const range = calls.plans.at(-1)?.rangeSeconds ?? 0;
    await eventually(() =>
      expect(held.asked.at(-1)?.window).toEqual({start: now / 1000 - range, end: now / 1000}),
    );
    expect(calls.plans.at(-1)?.variables?.['job']).toEqual({values: ['node'], texts: ['node']});
  });
});

describe('App titles with template variables', () => {
  it("writes the variables' values into the panel title, follows a select, and plans once per value", async () => {
    const now = Date.UTC(2026, 10, 27, 12, 0, 0);
    const held = heldSources();
    held.release();
    const variables = createVariablesRuntime({
      sources: held.sources,
      clock: () => now,
      refreshMs: 0,
    });
    const titled: DashboardSpec = {
      ...dashboard,
      rows: [{panels: [{...panelOf(dashboard), title: 'Up on $job: ${instance}'}]}],
    };
    const {poller, calls} = fakePoller();
    current = renderApp({dashboards: [titled], poller, variables, clock: () => now});
    const harness = current;
    const border = () => harness.lastFrame().split('\n')[2] ?? '';
    await eventually(() => expect(border()).toMatch(/^╭ Up on api: a:1 ─/));

    // Read again with the same values (a new scope object): no new plan.
    const plans = calls.plans.length;
    variables.select('job', ['api']);
    await settle(100);
    expect(calls.plans).toHaveLength(plans);

    variables.select('instance', ['a:1', 'a:2']);
    await eventually(() => expect(border()).toMatch(/^╭ Up on api: a:1 \+ a:2 ─/));
    variables.select('job', ['node']);
    await eventually(() => expect(border()).toMatch(/^╭ Up on node: n:1 ─/));
  });
});

function panelOf(spec: DashboardSpec) {
  const panel = spec.rows[0]?.panels[0];
  if (panel === undefined) throw new Error('the fixture has a panel');
  return panel;
}
