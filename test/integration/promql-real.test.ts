// The query prompt's language services against the real servers scraping the test exporter:
// checkPromql says "error" exactly where Prometheus answers bad_data (but for the cases listed as
// known, where the lezer grammar and this Prometheus disagree), and completion offers the
// exporter's own names and values, asked through nova-top's HTTP path.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createRequest} from '../../source/http/http.js';
import {HttpError} from '../../source/http/types.js';
import {checkPromql} from '../../source/prometheus/promql-check.js';
import {
  completePromql,
  createCompletionSource,
  type CompletionSource,
} from '../../source/prometheus/promql-complete.js';
import {
  backends,
  startPrometheusWithExporter,
  type PrometheusWithExporter,
} from '../harness/prometheus-stack.js';

type Verdict = 'ok' | 'bad';
/** A query, what the server says, and what checkPromql says when it differs (and why). */
type Case = readonly [query: string, server: Verdict, known?: {ours: Verdict; why: string}];

const cases: readonly Case[] = [
  ['up', 'ok'],
  ['sum by (job) (rate(ws_errors_total[1m]))', 'ok'],
  ['histogram_quantile(0.95, sum by (le) (rate(ws_message_latency_seconds_bucket[5m])))', 'ok'],
  ['up{job=~"nova.*"} offset 5m', 'ok'],
  ['max_over_time(rate(ws_errors_total[1m])[10m:1m])', 'ok'],
  ['topk(3, message_queue_depth) > bool 5', 'ok'],
  ['up # a comment', 'ok'],
  ['ws_errors_total / on(job) group_left ws_messages_sent_total', 'ok'],
  ['{job!=""}', 'ok'],
  ['rate((ws_errors_total[5m]))', 'ok'],
  ['count_values("v", up @ end())', 'ok'],
  ['', 'bad'],
  ['sum(rate(ws_errors_total[5m])', 'bad'],
  ['up{job="nova"', 'bad'],
  ['up[5m', 'bad'],
  ['sum(up))', 'bad'],
  ['(up]', 'bad'],
  ['up{job="nova}', 'bad'],
  ['foo(up)', 'bad'],
  ['up up', 'bad'],
  ['up +', 'bad'],
  ['1 +* 2', 'bad'],
  ['up{job="a" instance="b"}', 'bad'],
  ['rate(ws_errors_total)', 'bad'],
  ['rate()', 'bad'],
  ['quantile_over_time(0.9, up)', 'bad'],
  ['{}', 'bad'],
  ['{job=~".*"}', 'bad'],
  // Where the grammar is laxer than Prometheus 2.42: the server's own message shows after sending.
  ['label_replace(up)', 'bad', {ours: 'ok', why: 'argument counts are not checked'}],
  ['1 + "a"', 'bad', {ours: 'ok', why: 'operand types are not checked'}],
  ['up{job=~"("}', 'bad', {ours: 'ok', why: 'regular expressions are not compiled'}],
  ['mad_over_time(up[5m])', 'bad', {ours: 'ok', why: 'the grammar knows newer functions'}],
  ['up[1m+1m]', 'bad', {ours: 'ok', why: 'duration arithmetic is newer than 2.42'}],
  ['sum(up) @ end()', 'bad', {ours: 'ok', why: '@ is taken after any expression'}],
  // Where it is stricter: a function 2.42 has and newer Prometheus renamed.
  ['holt_winters(up[5m], 0.5, 0.5)', 'ok', {ours: 'bad', why: 'renamed since 2.42'}],
];

const verdictOf = (problem: unknown): Verdict => (problem === undefined ? 'ok' : 'bad');

describe.each(backends)('the query prompt against %s', (backend) => {
  let stack: PrometheusWithExporter;
  let source: CompletionSource;

  beforeAll(async () => {
    stack = await startPrometheusWithExporter(`nova-top-promql-${backend}-`, undefined, backend);
    const request = createRequest({url: stack.prometheus.url, headers: [], timeoutMs: 5_000});
    source = createCompletionSource({request, now: () => Date.now()});
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const rows = cases.map(([query, server, known]) => ({query, server, known}));
  it.runIf(backend === 'prometheus').each(rows)(
    'checks $query as the server does',
    async ({query, server, known}) => {
      const answer = await stack.client.query(query, Date.now() / 1000).then(
        () => undefined,
        (error: unknown) => error,
      );
      const badData = answer instanceof HttpError && answer.errorType === 'bad_data';
      expect(verdictOf(badData ? answer : undefined)).toBe(server);
      expect(verdictOf(checkPromql(query))).toBe(known?.ours ?? server);
    },
  );

  const complete = async (marked: string) =>
    (await completePromql(marked.replace('|', ''), marked.indexOf('|'), source)).options;

  it('completes metric names', async () => {
    expect(await complete('message_queue_d|')).toEqual(['message_queue_depth']);
  });

  it("completes a metric's label names and values", async () => {
    expect(await complete('message_queue_depth{|}')).toEqual(['instance', 'job', 'queue_type']);
    expect(await complete('message_queue_depth{queue_type="|"}')).toEqual([
      'failed',
      'pending',
      'retry',
    ]);
  });

  it('completes the labels an aggregation can group by', async () => {
    expect(await complete('sum by (|) (rate(ws_errors_total[5m]))')).toEqual([
      'error_type',
      'instance',
      'job',
    ]);
  });
});
