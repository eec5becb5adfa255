// The variables runtime's own bookkeeping, with label values that wait until the test answers:
// requests in flight are aborted when another dashboard opens or the runtime stops, a slow timer
// reads the query variables again, and a text box takes what is typed.
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import {HttpError} from '../../source/http/types.js';
import type {PrometheusClient, PrometheusMetadata} from '../../source/prometheus/client.js';
import {createVariablesRuntime} from '../../source/poller/variables-runtime.js';

type Asked = {readonly match: string | undefined; readonly signal: AbortSignal | undefined};

function waitingSources() {
  const asked: Asked[] = [];
  const metadata: PrometheusMetadata = {
    labelNames: async () => [],
    series: async () => [],
    labelValues: (_label, match, _window, signal) =>
      new Promise((resolve, reject) => {
        asked.push({match, signal});
        signal?.addEventListener('abort', () => reject(new HttpError('aborted', 'cancelled')));
        setTimeout(() => resolve([`${match}-1`, `${match}-2`]), 10);
      }),
  };
  return {sources: {client: {} as PrometheusClient, metadata}, asked};
}

const board = (id: string, extra: Partial<DashboardSpec> = {}): DashboardSpec => ({
  id,
  title: id,
  rows: [],
  variables: [{name: 'v', kind: 'query', query: `label_values(${id}, job)`}],
  ...extra,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createVariablesRuntime', () => {
  it('aborts what is in flight when another dashboard opens, and on stop', async () => {
    const {sources, asked} = waitingSources();
    const runtime = createVariablesRuntime({sources, clock: () => 0, refreshMs: 0});
    runtime.open(board('a'), 60);
    await Promise.resolve();
    runtime.open(board('b'), 60);
    await runtime.settled();
    expect(asked.map((one) => [one.match, one.signal?.aborted])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(runtime.states().map((state) => [state.name, state.options, state.status])).toEqual([
      [
        'v',
        [
          {text: 'b-1', value: 'b-1'},
          {text: 'b-2', value: 'b-2'},
        ],
        'ok',
      ],
    ]);
    runtime.open(board('c'), 60);
    await Promise.resolve();
    runtime.stop();
    await runtime.settled();
    expect(asked.at(-1)?.signal?.aborted).toBe(true);
  });

  it("writes the built-ins into a variable's query: the range, and the scrape interval as $__interval", async () => {
    const {sources, asked} = waitingSources();
    const runtime = createVariablesRuntime({
      sources,
      clock: () => 0,
      refreshMs: 0,
      scrapeIntervalSeconds: 30,
    });
    const query =
      'label_values(x{a="$__interval",b="$__rate_interval",c="$__range",d="$__dashboard"}, job)';
    runtime.open(board('q', {variables: [{name: 'v', kind: 'query', query}]}), 7200);
    await runtime.settled();
    expect(asked.map((one) => one.match)).toEqual(['x{a="30s",b="2m",c="2h",d="q"}']);
    runtime.stop();
  });

  it('reads query variables again on its slow timer, keeping the selection', async () => {
    vi.useFakeTimers();
    const {sources, asked} = waitingSources();
    const runtime = createVariablesRuntime({sources, clock: () => 0, refreshMs: 60_000});
    runtime.open(board('a'), 60);
    await vi.advanceTimersByTimeAsync(20);
    runtime.select('v', ['a-2']);
    expect(asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(20);
    expect(runtime.scope()).toEqual({v: {values: ['a-2'], texts: ['a-2']}});
    runtime.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(asked).toHaveLength(2);
  });

  it('resolves the kinds that need no request at once; a text box takes what is typed', () => {
    const {sources, asked} = waitingSources();
    const runtime = createVariablesRuntime({sources, clock: () => 0, refreshMs: 0});
    runtime.open(
      board('s', {
        variables: [
          {name: 'box', kind: 'textbox', value: 'x'},
          {name: 'iv', kind: 'interval', options: ['1m', '5m'], auto: {count: 30, minSeconds: 10}},
          {name: 'ds', kind: 'datasource', pluginType: 'prometheus'},
          {name: 'k', kind: 'constant', value: 'K'},
          {
            name: 'c',
            kind: 'custom',
            options: [
              {text: 'One', value: '1'},
              {text: 'Two', value: '2'},
            ],
            multi: true,
            includeAll: true,
            allValue: '.*',
          },
        ],
      }),
      3600,
    );
    runtime.select('box', ['typed "text"']);
    expect(asked).toHaveLength(0);
    expect(runtime.scope()).toEqual({
      box: {values: ['typed "text"'], texts: ['typed "text"']},
      iv: {values: ['$__auto_interval_iv'], texts: ['auto']},
      ds: {values: ['Prometheus'], texts: ['Prometheus']},
      k: {values: ['K'], texts: ['K']},
      c: {values: ['1', '2'], texts: ['One', 'Two'], isAll: true, allValue: '.*'},
    });
    runtime.stop();
  });
});
