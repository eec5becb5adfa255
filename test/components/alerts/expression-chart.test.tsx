// The alert detail's chart follows STYLE.md like the store's panels: a failed poll keeps the last
// chart and marks it stale with the error; it never blanks it.
import React from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {useExpressionChart} from '../../../source/components/alerts/use-expression-chart.js';
import type {PanelSpec} from '../../../source/dashboards/spec.js';
import {HttpError} from '../../../source/http/types.js';
import type {PanelState} from '../../../source/store/panel-state.js';
import {
  chartFailed,
  chartSucceeded,
} from '../../../source/view-models/alerts/expression-chart-state.js';
import {fakeClient, seriesOf} from '../../poller/fake-client.js';

const spec = {queries: [{expr: 'up'}]} as unknown as PanelSpec;
const clock = () => 1_000_000;
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
    const client = fakeClient(() =>
      answer === 'ok' ? seriesOf(7) : new HttpError('http', 'HTTP 500'),
    );
    const view = render(<Probe client={client} poll={1} />);
    await settle();
    expect(view.lastFrame()).toBe('[7] stale=false error=undefined');
    answer = 'fail';
    view.rerender(<Probe client={client} poll={2} />);
    await settle();
    expect(view.lastFrame()).toBe('[7] stale=true error=HTTP 500');
    answer = 'ok';
    view.rerender(<Probe client={client} poll={3} />);
    await settle();
    expect(view.lastFrame()).toBe('[7] stale=false error=undefined');
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
      chartSucceeded(results, 5),
      {results, updatedAt: 5, error, stale: true, loading: false},
    ],
  ])('chartFailed after %s', (_, previous, expected) => {
    expect(chartFailed(previous, error)).toEqual(expected);
  });
});
