// The alert detail's chart goes through the poller, the store and the range cache like any panel
// (STYLE.md): a failed poll keeps the last chart and marks it stale with the error, never blanks
// it; a later poll asks only the new tail of the window.
import React from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {useExpressionChart} from '../../../source/components/alerts/use-expression-chart.js';
import type {PanelSpec} from '../../../source/dashboards/spec.js';
import {HttpError} from '../../../source/http/types.js';
import type {PanelState} from '../../../source/store/panel-state.js';
import {failedPanel} from '../../../source/store/apply-cycle.js';
import {fakeClient, samplesOf, seriesOf} from '../../poller/fake-client.js';

const spec: PanelSpec = {
  id: 'alert-expression',
  title: 'Expression',
  kind: 'timeseries',
  unit: 'count',
  queries: [{expr: 'up'}],
};
/** One minute on per alerts poll: each poll's window ends a step later. */
const time = {now: 1_000_000_000};
const clock = () => time.now;
const error = {kind: 'http', message: 'HTTP 500'} as const;
const window = {start: 0, end: 60, step: 15};
const results = [{type: 'range', queryIndex: 0, window, series: seriesOf(1)}] as const;

function Probe({
  client,
  poll,
}: {
  readonly client: ReturnType<typeof fakeClient>;
  readonly poll: number;
}) {
  const state = useExpressionChart(client, spec, 3600, 60, clock, poll);
  const values = state?.results?.flatMap((result) =>
    result.type === 'range' ? result.series.map((series) => series.samples[0]?.[1]) : [],
  );
  return (
    <Text>{`${JSON.stringify(values)} stale=${state?.stale} error=${state?.error?.message}`}</Text>
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the alert detail chart', () => {
  it('keeps the last chart, stale, when a poll fails, and clears it on the next success', async () => {
    let answer: 'ok' | 'fail' = 'ok';
    const client = fakeClient((call) =>
      answer === 'fail'
        ? new HttpError('http', 'HTTP 500')
        : call.type === 'range'
          ? [
              {
                labels: {},
                samples: [
                  [(call.window?.end ?? 0) - 60, 7],
                  [call.window?.end ?? 0, 7],
                ],
              },
            ]
          : samplesOf(7),
    );
    const view = render(<Probe client={client} poll={1} />);
    await settle();
    expect(view.lastFrame()).toBe('[7] stale=false error=undefined');
    answer = 'fail';
    time.now += 60_000;
    view.rerender(<Probe client={client} poll={2} />);
    await settle();
    expect(view.lastFrame()).toBe('[7] stale=true error=HTTP 500');
    answer = 'ok';
    time.now += 60_000;
    view.rerender(<Probe client={client} poll={3} />);
    await settle();
    expect(view.lastFrame()).toBe('[7] stale=false error=undefined');
    // A failed tail drops the cache (poller/run-cycle.ts), so that poll asked the whole hour
    // again; the next asks only the tail the cache lacks.
    time.now += 60_000;
    view.rerender(<Probe client={client} poll={4} />);
    await settle();
    expect(view.lastFrame()).toBe('[7] stale=false error=undefined');
    const ranges = client.calls.filter((call) => call.type === 'range');
    const whole = ranges[0]?.window;
    const tail = ranges.at(-1)?.window;
    expect((whole?.end ?? 0) - (whole?.start ?? 0)).toBe(3540);
    expect((tail?.end ?? 0) - (tail?.start ?? 0)).toBeLessThan(600);
    view.unmount();
  });

  it.each<[string, PanelState | undefined, PanelState]>([
    ['nothing yet: the error alone', undefined, {error, stale: false, loading: false}],
    [
      'still loading: the error alone',
      {stale: false, loading: true},
      {error, stale: false, loading: false},
    ],
    [
      'a chart: kept, stale, with the error',
      {results, updatedAt: 5, stale: false, loading: false},
      {results, updatedAt: 5, error, stale: true, loading: false},
    ],
  ])('a failed poll after %s', (_, previous, expected) => {
    expect(failedPanel(previous, error)).toEqual(expected);
  });
});
