// The community-shaped fixture dashboards are honest: against the real node_exporter (Debian's
// package) scraped by the real Prometheus, every target of every panel, with its variables set
// to values Prometheus offers, returns data. So a panel that draws nothing in nova-top is
// nova-top's fault, not the fixture's. The variables' own queries are checked the same way:
// job offers both node jobs (not the process-exporter's), and node offers job node's instances.
// The substitution is nova-top's own (prometheus/interpolate.ts), with one value per variable.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createRequest} from '../../source/http/http.js';
import {builtinScope} from '../../source/prometheus/builtin-variables.js';
import {interpolate as interpolateVariables} from '../../source/prometheus/interpolate.js';
import {createMetadataClient, type PrometheusMetadata} from '../../source/prometheus/client.js';
import {
  readFixture,
  targetsOf,
  variablesOf,
  type FixtureFile,
} from '../fixtures/grafana/community/walk.js';
import {canaryJob, nodeJob, startNodeStack, type NodeStack} from '../harness/node-stack.js';

/** The built-ins as nova-top sets them for a 15 s step, a 1 s scrape interval and a 1 h range. */
const builtins = builtinScope({rangeSeconds: 3600, intervalSeconds: 15, scrapeIntervalSeconds: 1});

/** nova-top's own substitution (prometheus/interpolate.ts); a variable left unset fails. */
function interpolate(expr: string, values: Readonly<Record<string, string>>): string {
  const scope = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, {values: [value]}]),
  );
  const written = interpolateVariables(expr, {...scope, ...builtins});
  if (/\$\w|\[\[/.test(written)) throw new Error(`a variable is left in ${written}`);
  return written;
}

let stack: NodeStack;
let metadata: PrometheusMetadata;

beforeAll(async () => {
  stack = await startNodeStack('nova-top-community-queries-');
  metadata = createMetadataClient(
    createRequest({url: stack.prometheus.url, headers: [], timeoutMs: 5_000}),
  );
});
afterAll(async () => {
  await stack?.stop();
});

const hour = () => {
  const end = Date.now() / 1000;
  return {start: end - 3600, end};
};

/** label_values(metric, label) or label_values(metric{...}, label), asked of Prometheus. */
async function labelValues(query: string, values: Readonly<Record<string, string>>) {
  const match = /^label_values\((.+),\s*(\w+)\)$/.exec(interpolate(query, values));
  if (match?.[1] === undefined || match[2] === undefined)
    throw new Error(`not label_values: ${query}`);
  return metadata.labelValues(match[2], match[1], hour());
}

const queryOf = (variable: Record<string, unknown>): string => {
  const query = variable['query'];
  if (typeof query === 'string') return query;
  const inner = (query as Record<string, unknown> | undefined)?.['query'];
  return typeof inner === 'string' ? inner : '';
};

/**
 * The values of a dashboard's variables, in order, as Grafana picks them on first load: a query
 * variable takes the first of its (sorted) options, the others their current value.
 */
async function pickValues(file: FixtureFile): Promise<{
  readonly values: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, readonly string[]>>;
}> {
  const values: Record<string, string> = {};
  const options: Record<string, readonly string[]> = {};
  for (const variable of variablesOf(readFixture(file))) {
    const name = String(variable['name']);
    const current = (variable['current'] as Record<string, unknown> | undefined)?.['value'];
    if (variable['type'] === 'query') {
      options[name] = [...(await labelValues(queryOf(variable), values))].sort();
      values[name] = options[name][0] ?? '';
    } else if (typeof current === 'string') {
      values[name] = current;
    }
  }
  return {values, options};
}

describe('the community fixture dashboards against the real node_exporter', () => {
  it.each([
    ['node-full.json', 'node'],
    ['node-classic.json', 'instance'],
  ] as const)(
    '%s: job offers both node jobs (not process), then %s the instances of the first',
    async (file, instance) => {
      const {options} = await pickValues(file);
      expect(options['job']).toEqual([nodeJob, canaryJob]);
      expect(options[instance]).toEqual([...stack.nodeTargets].sort());
    },
  );

  it.each(['node-full.json', 'node-classic.json'] as const)(
    '%s: every target returns data from Prometheus',
    async (file) => {
      const {values} = await pickValues(file);
      const targets = targetsOf(readFixture(file));
      expect(targets.length).toBeGreaterThan(file === 'node-full.json' ? 200 : 50);
      const end = Date.now() / 1000;
      const empty: string[] = [];
      for (const target of targets) {
        const expr = interpolate(target.expr, values);
        const found = target.instant
          ? await stack.client.query(expr, end).then((answer) => answer.samples.length)
          : await stack.client
              .queryRange(expr, {start: end - 120, end, step: 5})
              .then((answer) => answer.series.length);
        if (found === 0) empty.push(`${target.panel} ${target.refId}: ${expr}`);
      }
      expect(empty).toEqual([]);
    },
  );

  it("the placeholder dashboard's one supported panel counts the three node targets", async () => {
    const targets = targetsOf(readFixture('placeholders.json'));
    const end = Date.now() / 1000;
    const stat = targets.find((target) => target.panel === 'Node targets up');
    const answer = await stack.client.query(stat?.expr ?? '', end);
    // Two node_exporters: one in job node-canary and in job node, the other in node only.
    expect(answer.samples.map((sample) => sample.value)).toEqual([3]);
  });
});
