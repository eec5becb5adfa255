// Every query of every built-in dashboard returns data against nova-sim behind a real
// Prometheus, and behind a real VictoriaMetrics scraping the same targets: no panel of nova-top
// is empty on the simulated platform with either backend.
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {instantKinds} from '../../source/dashboards/spec.js';
import {expandQuery} from '../../source/prometheus/builtin-variables.js';
import type {ServerHandle} from '../../stack/servers.js';
import {fastTimings, startStack, waitForData, type Stack} from '../../stack/start-stack.js';
import {startVictoriaBeside, waitForScrapes} from '../harness/victoria-stack.js';

const rangeSeconds = 300;
const step = 5;

let stack: Stack;
let victoria: ServerHandle;

beforeAll(async () => {
  stack = await startStack({seed: 7, hour: 16, fast: fastTimings});
  victoria = await startVictoriaBeside(stack.prometheus.configPath);
  await waitForData(stack.prometheus.url, 60_000);
  await waitForScrapes(victoria.url, 2, 60_000);
  // rate() needs two samples of every series in its window.
  await new Promise((resolve) => setTimeout(resolve, 4_000));
});

afterAll(async () => {
  await victoria?.stop();
  await stack?.stop();
});

type Result = {
  status?: string;
  error?: string;
  data?: {result?: {value?: unknown; values?: unknown[]}[]};
};

/** The numbers of every series a query returns (instant or range), NaN dropped. */
async function queryValues(url: string, expr: string, instant: boolean): Promise<number[]> {
  const now = Math.floor(Date.now() / 1000);
  const parameters = new URLSearchParams(
    instant
      ? {query: expr}
      : {query: expr, start: String(now - 60), end: String(now), step: String(step)},
  );
  const endpoint = instant ? 'query' : 'query_range';
  const response = await fetch(`${url}/api/v1/${endpoint}?${parameters}`);
  const body = (await response.json()) as Result;
  if (body.status !== 'success') throw new Error(`${expr}: ${body.error ?? response.status}`);
  const points = (body.data?.result ?? []).flatMap((series) =>
    instant ? [series.value] : (series.values ?? []),
  );
  return points
    .map((point) => Number((point as [number, string])[1]))
    .filter((v) => !Number.isNaN(v));
}

const queries = builtinDashboards.flatMap((dashboard) =>
  dashboard.rows.flatMap((row) =>
    row.panels.flatMap((panel) =>
      panel.queries.map((query) => ({
        name: `${dashboard.id}/${panel.id}: ${query.legend ?? query.expr}`,
        expr: expandQuery(query.expr, {step, rangeSeconds}),
        instant: instantKinds.has(panel.kind),
      })),
    ),
  ),
);

describe.each(['prometheus', 'victoria-metrics'])('against %s', (backend) => {
  test.each(queries)('$name returns data', async ({expr, instant}) => {
    const url = backend === 'prometheus' ? stack.prometheus.url : victoria.url;
    const values = await queryValues(url, expr, instant);
    expect(values.length).toBeGreaterThan(0);
  });
});
