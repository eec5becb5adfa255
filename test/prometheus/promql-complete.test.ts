import {describe, expect, it} from 'vitest';
import {HttpError} from '../../source/http/types.js';
import {createMetadataClient} from '../../source/prometheus/client.js';
import {
  completePromql,
  createCompletionSource,
  type CompletionSource,
} from '../../source/prometheus/promql-complete.js';
import {maxNamesPerAnswer} from '../../source/prometheus/wire.js';
import {sanitize} from '../../source/text/sanitize.js';
import {completionServer} from './completion-fixtures.js';
import {backends} from './replay.js';

/** A source that says what it was asked, so that each case shows the metric it narrowed to. */
const echo: CompletionSource = {
  metricNames: async () => ['rate_limit', 'up', 'ws_errors_total', 'bad name', '\u001b[2Jx'],
  labelNames: async (metric) => ['__name__', 'job', `of_${metric ?? 'all'}`, 'bad-name'],
  labelValues: async (label, metric) => [`${label}_of_${metric ?? 'all'}`],
};

/** `|` marks the cursor; the expected options, and the text they replace. */
const cases: readonly (readonly [string, readonly string[], string])[] = [
  ['ra|', ['rad', 'range', 'rate', 'rate_limit', 'histogram_avg'], 'ra'],
  ['rate(ws|', ['ws_errors_total'], 'ws'],
  [
    'sum(u|p)',
    ['up', 'count', 'count_over_time', 'count_values', 'double_exponential_smoothing'],
    'up',
  ],
  ['up{|', ['job', 'of_up'], ''],
  ['up{|job="a"}', ['job', 'of_up'], 'job'],
  ['up{job="a", in|', [], 'in'],
  ['up{job="a", o|', ['of_up', 'job'], 'o'],
  ['up{job="|"}', ['job_of_up'], ''],
  ['up{job="j|ob"}', ['job_of_up'], 'job'],
  ['{job=~"|', ['job_of_all'], ''],
  ['sum by (|', ['job', 'of_all'], ''],
  ['sum by (j|) (rate(ws_errors_total[5m]))', ['job'], 'j'],
  ['sum(rate(ws_errors_total[5m])) by (|', ['job', 'of_ws_errors_total'], ''],
  ['up / on(|', ['job', 'of_all'], ''],
  ['x[5|', [], ''],
  ['x[5m] offset 1|', [], ''],
  ['up{job=|', [], ''],
  ['up{job="a"|', [], ''],
  ['up # comm|', [], ''],
  ['label_replace(up, "ds|', [], ''],
  ['1|', [], ''],
];

describe('completePromql', () => {
  it.each(cases)('%j', async (marked, options, replaced) => {
    const cursor = marked.indexOf('|');
    const text = marked.replace('|', '');
    const completion = await completePromql(text, cursor, echo, 5);
    expect(completion.options).toEqual(options);
    if (options.length > 0) expect(text.slice(completion.from, completion.to)).toBe(replaced);
  });

  it('offers every name when nothing is typed, sorted, up to the limit', async () => {
    const completion = await completePromql('', 0, echo, 3);
    expect(completion).toEqual({from: 0, to: 0, options: ['abs', 'absent', 'absent_over_time']});
  });

  it('takes a cursor past the end as the end', async () => {
    expect(await completePromql('up{', 99, echo, 5)).toEqual({
      from: 3,
      to: 3,
      options: ['job', 'of_up'],
    });
  });

  it('still offers the grammar names when Prometheus cannot be asked', async () => {
    const failing: CompletionSource = {...echo, metricNames: () => Promise.reject(new Error('x'))};
    expect((await completePromql('rat', 3, failing)).options).toEqual([
      'rate',
      'irate',
      'limit_ratio',
    ]);
  });
});

describe.each(backends)('completion from the recorded answers of %s', (backend) => {
  const now = 1_796_186_003_500;
  const window = {start: 1_796_186_004 - 3600, end: 1_796_186_004};
  const complete = (marked: string) => {
    const request = completionServer(backend);
    const source = createCompletionSource({request, now: () => now});
    const cursor = marked.indexOf('|');
    return completePromql(marked.replace('|', ''), cursor, source).then((completion) => ({
      options: completion.options,
      asked: request.requests.map(({path, query}) => ({path, query})),
    }));
  };

  it('asks for metric names over the last hour', async () => {
    const {options, asked} = await complete('message_queue|');
    expect(options).toEqual(['message_queue_depth']);
    expect(asked).toEqual([{path: '/api/v1/label/__name__/values', query: window}]);
  });

  it("asks for a metric's label names with match[]", async () => {
    const {options, asked} = await complete('message_queue_depth{|}');
    expect(options).toEqual(['instance', 'job', 'queue_type']);
    expect(asked).toEqual([
      {path: '/api/v1/labels', query: {'match[]': 'message_queue_depth', ...window}},
    ]);
  });

  it('writes label values as escapes where the screen or the string needs it', async () => {
    const {options, asked} = await complete('message_queue_depth{queue_type="|"}');
    expect(options).toEqual([
      '\\u001b]52;c;aGk=\\u0007clip',
      'a.b*',
      'failed',
      'pending',
      'retry',
      'say \\"hi\\"\\\\now',
    ]);
    for (const option of options) expect(sanitize(option)).toBe(option);
    expect(asked).toEqual([
      {
        path: '/api/v1/label/queue_type/values',
        query: {'match[]': 'message_queue_depth', ...window},
      },
    ]);
  });

  it('escapes regex operators for =~, so that a value matches only itself', async () => {
    const {options} = await complete('message_queue_depth{queue_type=~"a|"}');
    expect(options).toEqual([
      'a\\\\.b\\\\*',
      '\\u001b\\\\]52;c;aGk=\\u0007clip',
      'failed',
      'say \\"hi\\"\\\\\\\\now',
    ]);
  });

  it('offers nothing for a metric without series', async () => {
    const {options} = await complete('nova_metric_that_does_not_exist{queue_type="|');
    expect(options).toEqual([]);
  });

  it("passes the server's refusal of a bad match[] on as its error", async () => {
    const metadata = createMetadataClient(completionServer(backend));
    const error: unknown = await metadata.labelNames('sum(', window).catch((reason) => reason);
    expect(error).toBeInstanceOf(HttpError);
    const expected = {prometheus: 'bad_data', 'victoria-metrics': 'execution'}[backend];
    expect([(error as HttpError).kind, (error as HttpError).errorType]).toEqual([
      'prometheus',
      expected,
    ]);
  });
});

describe('createCompletionSource', () => {
  it('reuses an answer for 60 s, then asks again', async () => {
    let now = 0;
    const request = completionServer('prometheus');
    const source = createCompletionSource({request, now: () => now});
    await source.metricNames();
    now = 59_999;
    await source.metricNames();
    expect(request.requests).toHaveLength(1);
    now = 60_000;
    await source.metricNames();
    expect(request.requests).toHaveLength(2);
  });

  it(`keeps at most ${maxNamesPerAnswer} names of an answer`, async () => {
    const names = Array.from({length: maxNamesPerAnswer + 5}, (_, index) => `m${index}`);
    const source = createCompletionSource({
      request: async () => ({status: 200, data: {status: 'success', data: names}, bytes: 1}),
      now: () => 0,
    });
    expect(await source.metricNames()).toEqual(names.slice(0, maxNamesPerAnswer));
  });
});
