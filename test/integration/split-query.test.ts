// Drill-down's rewritten queries against the real Prometheus scraping the test exporter: every
// built-in query split by `instance` and by `job` is valid PromQL to the server, and where the
// panel's series did not carry the label, the split answer is the panel's answer with the label
// added (one exporter, so one instance): the same labels otherwise and the same values (a
// fallback `or vector(0)` is dropped by the split, so there only the series it has are compared).
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {expandQuery} from '../../source/prometheus/builtin-variables.js';
import type {InstantSample, Labels} from '../../source/prometheus/types.js';
import {splitByLabel} from '../../source/prometheus/split-query.js';
import {
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';
import {builtinSplits} from '../fixtures/split-queries.js';

let stack: PrometheusWithExporter;
const rateProbe = 'sum(rate(messages_sent_total[$__rate_interval]))';

const expand = (expr: string): string =>
  expandQuery(expr, {step: 15, rangeSeconds: 3600, scrapeIntervalSeconds: 1});

/** A time (s) at which the panels' rates have two samples inside their window. */
async function timeWithRates(): Promise<number> {
  for (;;) {
    const time = Math.floor(Date.now() / 1000) - 1;
    const answer = await stack.client.query(expand(rateProbe), time);
    if (answer.samples.length > 0) return time;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const without = (labels: Labels, name: string): Labels =>
  Object.fromEntries(Object.entries(labels).filter(([key]) => key !== name));

/** Samples as comparable text, in order. */
const shown = (samples: readonly InstantSample[]): string[] =>
  samples.map((sample) => `${JSON.stringify(sample.labels)} ${sample.value}`).sort();

describe('split queries on the real Prometheus', () => {
  beforeAll(async () => {
    stack = await startPrometheusWithExporter('nova-top-split-');
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it.each(['instance', 'job'])(
    'every built-in query split by %s is valid and keeps its values',
    async (label) => {
      const {client, exporter} = stack;
      const time = await timeWithRates();
      const values: Record<string, string> = {instance: exporter.target, job: 'nova'};
      let compared = 0;
      for (const [expr] of builtinSplits) {
        const split = splitByLabel(expr, label) ?? '';
        const [panel, drilled] = await Promise.all([
          client.query(expand(expr), time),
          client.query(expand(split), time),
        ]);
        if (panel.samples.some((sample) => sample.labels[label] !== undefined)) continue;
        expect(
          drilled.samples.map((sample) => sample.labels[label]),
          split,
        ).toEqual(drilled.samples.map(() => values[label]));
        const stripped = drilled.samples.map((sample) => ({
          ...sample,
          labels: without(sample.labels, label),
        }));
        // `or vector(0)` is dropped from a split: a value with no series has no line, not a 0.
        if (expr.includes('or vector(')) {
          expect(shown(panel.samples), split).toEqual(expect.arrayContaining(shown(stripped)));
        } else {
          expect(shown(stripped), split).toEqual(shown(panel.samples));
        }
        if (panel.samples.length > 0) compared++;
      }
      // Most queries have data by now: the comparison was not vacuous.
      expect(compared).toBeGreaterThan(20);
    },
  );
});
