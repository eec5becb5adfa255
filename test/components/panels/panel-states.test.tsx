import {readFileSync} from 'node:fs';
import React from 'react';
import {describe, expect, it} from 'vitest';
import {PanelBox} from '../../../source/components/panels/panel-box.js';
import type {PanelSpec} from '../../../source/dashboards/spec.js';
import {narrowEnvelope} from '../../../source/prometheus/backend.js';
import {narrowInstant, narrowMatrix} from '../../../source/prometheus/wire.js';
import type {PanelState} from '../../../source/store/panel-state.js';
import {panelFrame} from '../../../source/view-models/panel-frame.js';
import {buildPanelView} from '../../../source/view-models/panel-view.js';
import {fresh, instant, minuteWindow, panel, range, repeat, updatedAt} from './panel-data.js';
import {bottomBorder, renderLines, side, topBorder} from './render.js';

type Fixture = {
  readonly request: {readonly query: Readonly<Record<string, string | number>>};
  readonly body: unknown;
};
const fixture = (name: string): Fixture =>
  JSON.parse(
    readFileSync(
      new URL(`../../fixtures/backends/prometheus/${name}.json`, import.meta.url),
      'utf8',
    ),
  ) as Fixture;
const envelopeData = (name: string): unknown => {
  const envelope = narrowEnvelope(fixture(name).body);
  if (envelope?.status !== 'success') throw new Error(`${name} is not a success`);
  return envelope.data;
};

const errorRate = panel('error-rate');

describe('panel states', () => {
  it('loading: before the first answer', () => {
    expect(
      renderLines(
        <PanelBox
          spec={errorRate}
          state={undefined}
          width={40}
          height={4}
          focused={false}
          now={0}
        />,
        40,
      ),
    ).toEqual([
      topBorder('Error rate', 40, 'loading'),
      side('loading…', 40),
      side('', 40),
      bottomBorder(40),
    ]);
  });

  it("a failed query without data shows Prometheus' own message (recorded bad_data error)", () => {
    const envelope = narrowEnvelope(fixture('error-bad-data').body);
    if (envelope?.status !== 'error') throw new Error('fixture is not an error');
    const state: PanelState = {
      stale: false,
      loading: false,
      error: {kind: 'prometheus', message: envelope.error},
    };
    expect(
      renderLines(
        <PanelBox spec={errorRate} state={state} width={40} height={6} focused={false} now={0} />,
        40,
      ),
    ).toEqual([
      topBorder('Error rate', 40, 'error'),
      side('invalid parameter "query": 1:30: parse', 40),
      side('error: unclosed left parenthesis', 40),
      side('', 40),
      side('', 40),
      bottomBorder(40),
    ]);
  });

  it('an error message is sanitized and cut to the box', () => {
    const message = `bad \u001B]52;c;aGk=\u0007data\n\u001B[2Jand \u202E${'x'.repeat(10_000)}`;
    const state: PanelState = {stale: false, loading: false, error: {kind: 'http', message}};
    expect(
      renderLines(
        <PanelBox spec={errorRate} state={state} width={30} height={5} focused={false} now={0} />,
        30,
      ),
    ).toEqual([
      topBorder('Error rate', 30, 'error'),
      side('bad data and', 30),
      side('x'.repeat(28), 30),
      side('x'.repeat(27) + '…', 30),
      bottomBorder(30),
    ]);
  });

  it('no data: says so and shows the query as written in the spec', () => {
    const queues = panel('queues');
    const empty = fresh([0, 1, 2].map((index) => range(index, minuteWindow(10), [])));
    expect(
      renderLines(
        <PanelBox
          spec={queues}
          state={empty}
          width={40}
          height={7}
          focused={false}
          now={updatedAt}
        />,
        40,
      ),
    ).toEqual([
      topBorder('Queue depths', 40),
      side('no data', 40),
      side('sum(message_queue_depth{queue_type="pe', 40),
      side('nding"})', 40),
      side('sum(message_queue_depth{queue_type="fa', 40),
      side('iled"})', 40),
      bottomBorder(40),
    ]);
  });

  it('a failed poll after data keeps drawing the data, marked stale with its age', () => {
    const states = panel('connection-states');
    const state: PanelState = {
      ...fresh([
        instant(0, [
          [{status: 'success'}, 3],
          [{status: 'failed'}, 1],
        ]),
      ]),
      stale: true,
      error: {kind: 'unreachable', message: 'connect ECONNREFUSED 127.0.0.1:9090'},
    };
    const now = updatedAt + 125_000;
    expect(
      renderLines(
        <PanelBox spec={states} state={state} width={40} height={4} focused={false} now={now} />,
        40,
      ),
    ).toEqual([
      // The title says the bars are totals over the range; the status keeps its place.
      topBorder('Connection states (range…', 40, 'stale 2m'),
      side('success ' + ('█'.repeat(17) + '▎').padEnd(23) + '  75.0%', 40),
      side('failed  ' + ('█'.repeat(5) + '▊').padEnd(23) + '  25.0%', 40),
      bottomBorder(40),
    ]);
    const view = buildPanelView(states, state, {width: 40, height: 4}, now);
    expect(view.status).toEqual({text: 'stale 2m', tone: 'warning'});
  });

  it('focus shows in the border tone, nothing else changes', () => {
    const state = fresh([range(0, minuteWindow(3), [[{}, [1, 2, 3]]])]);
    const view = buildPanelView(errorRate, state, {width: 20, height: 4}, updatedAt);
    const tones = (focused: boolean) =>
      panelFrame(view, focused).map((line) => [line[0]?.tone, line.at(-1)?.tone]);
    expect(tones(true)).toEqual(repeat(undefined, 4).map(() => ['focus', 'focus']));
    expect(tones(false)).toEqual(repeat(undefined, 4).map(() => ['muted', 'muted']));
    const text = (focused: boolean) =>
      panelFrame(view, focused).map((line) => line.map((part) => part.text).join(''));
    expect(text(true)).toEqual(text(false));
  });

  it('a title longer than the box is cut, the status keeps its place', () => {
    const view = buildPanelView(
      panel('connections'),
      {stale: true, loading: false, updatedAt: 0, results: []},
      {width: 24, height: 3},
      45_000,
    );
    expect(
      panelFrame(view, false)[0]
        ?.map((part) => part.text)
        .join(''),
    ).toBe('╭ WebSock… ─ stale 45s ╮');
  });
});

describe('recorded Prometheus payloads', () => {
  it('hostile label values (escapes, OSC 52, bidi, a very long value) are cleaned and cut', () => {
    const samples = narrowInstant(envelopeData('query-hostile-labels')) ?? [];
    const spec: PanelSpec = {
      id: 'hostile',
      title: 'Hostile',
      kind: 'topn',
      unit: 'count',
      queries: [{expr: 'up'}],
    };
    const state = fresh([{type: 'instant', queryIndex: 0, time: 0, samples}]);
    const lines = renderLines(
      <PanelBox spec={spec} state={state} width={80} height={4} focused={false} now={updatedAt} />,
      80,
    );
    // The exporter's port changes with every capture: read it from the payload.
    const instance = samples[0]?.labels['instance'] ?? '';
    const escaped = `up{escape="red  evil", instance="${instance}", job="nova"}`;
    const long = `up{instance="${instance}", job="nova", long="seg0-abseg1-abseg2-abseg3-abseg4`;
    expect(lines).toEqual([
      topBorder('Hostile', 80),
      side('1. ' + escaped.padEnd(68) + ' ' + '     1', 80),
      side('2. ' + long.slice(0, 67) + '… ' + '     1', 80),
      bottomBorder(80),
    ]);
    for (const hostile of ['\u001B', '\u0007', '\u009B', '\u202E']) {
      expect(lines.join('\n')).not.toContain(hostile);
    }
  });

  it('a recorded vector as a breakdown: largest share first, shares of the total', () => {
    const samples = narrowInstant(envelopeData('query-vector')) ?? [];
    const state = fresh([{type: 'instant', queryIndex: 0, time: 0, samples}]);
    const view = buildPanelView(panel('error-breakdown'), state, {width: 60, height: 6}, updatedAt);
    const total = samples.reduce((sum, sample) => sum + sample.value, 0);
    const expected = [...samples]
      .sort(
        (a, b) =>
          b.value - a.value ||
          (a.labels['error_type'] ?? '').localeCompare(b.labels['error_type'] ?? ''),
      )
      .map((sample) => [
        sample.labels['error_type'],
        `${((100 * sample.value) / total).toFixed(1)}%`,
      ]);
    const shown = view.lines.map((line) => [line[0]?.text.trim(), line[4]?.text.trim()]);
    expect(shown).toEqual(expected);
  });

  it('recorded NaN and ±Inf: ±Inf as values, NaN as –, all drawn as gaps', () => {
    const recorded = fixture('query-range-special-values');
    const series = narrowMatrix(envelopeData('query-range-special-values')) ?? [];
    const start = Number(recorded.request.query['start']);
    const end = Number(recorded.request.query['end']);
    const step = Number(recorded.request.query['step']);
    const window = {start, end, step};
    const spec: PanelSpec = {
      id: 'special',
      title: 'Special',
      kind: 'timeseries',
      unit: 'count',
      queries: [{expr: 'x', legend: '{{case}}'}],
    };
    const state = fresh([{type: 'range', queryIndex: 0, window, series}]);
    // 58 inner cells: name 14, sparkline 36, value 6; the window's points end at the right edge.
    const lines = renderLines(
      <PanelBox spec={spec} state={state} width={60} height={6} focused={false} now={updatedAt} />,
      60,
    );
    const points = (end - start) / step + 1;
    const finite = series.find((each) => each.labels['case'] === 'finite')?.samples ?? [];
    const present = new Set(finite.map(([time]) => (time - window.start) / window.step));
    // From 0 to 50, the round number above 42: 1 + round(0.84 * 7) = 7 eighths.
    const finiteLine = Array.from({length: points}, (_, column) =>
      present.has(column) ? '▇' : ' ',
    ).join('');
    const gaps = ' '.repeat(36);
    expect(lines).toEqual([
      topBorder('Special', 60),
      side(`+Inf${' '.repeat(10)} ${gaps}   +Inf`, 60),
      side(`-Inf${' '.repeat(10)} ${gaps}   -Inf`, 60),
      side(`NaN${' '.repeat(11)} ${gaps}      –`, 60),
      side(`finite${' '.repeat(8)} ${finiteLine.padStart(36)}     42`, 60),
      bottomBorder(60),
    ]);
    const view = buildPanelView(spec, state, {width: 60, height: 6}, updatedAt);
    expect(view.lines[2]?.at(-1)).toEqual({text: '     –', tone: 'muted'});
  });
});
