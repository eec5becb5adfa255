// Fresh values in the view models: the value now comes from the instant answer matched by label
// set, the newest column shows it, a series only the instant answer has shows at once, and a
// value older than the bound says so with its time.
import {beforeAll, describe, expect, it} from 'vitest';
import {seedThresholds} from '../../source/dashboards/thresholds.js';
import type {Freshness, PanelState, QueryResult} from '../../source/store/panel-state.js';
import {asOfText, isStale, nowCaption, panelValues} from '../../source/view-models/fresh-values.js';
import {connectionNotice} from '../../source/view-models/header.js';
import {labelsKey, namedStats, rangeSeries} from '../../source/view-models/panel-data.js';
import {buildPanelView} from '../../source/view-models/panel-view.js';
import {buildZoomView} from '../../source/view-models/zoom-view.js';
import {panel} from '../components/panels/panel-data.js';

beforeAll(() => {
  process.env['TZ'] = 'UTC';
});

// 2027-01-15 08:00:00 UTC, on the 60 s grid; the poll came 45 s later.
const end = 1_800_000_000;
const window = {start: end - 4 * 60, end, step: 60};
const polledAt = end + 45;
const freshness: Freshness = {scrapeIntervalSeconds: 15, maxAgeMs: 45_000};

const result = (
  series: readonly (readonly [string, readonly number[]])[],
  fresh: readonly (readonly [string, number])[] | undefined,
): QueryResult => ({
  type: 'range',
  queryIndex: 0,
  window,
  series: series.map(([instance, values]) => ({
    labels: {instance},
    samples: values.map((value, index) => [window.start + index * 60, value] as const),
  })),
  ...(fresh === undefined
    ? {}
    : {
        fresh: {
          time: polledAt,
          samples: fresh.map(([instance, value]) => ({
            labels: {instance},
            timestamp: polledAt,
            value,
          })),
        },
      }),
});

const stateOf = (results: readonly QueryResult[]): PanelState => ({
  results,
  freshness,
  updatedAt: polledAt * 1000,
  stale: false,
  loading: false,
});

describe('rangeSeries with an instant answer', () => {
  const spec = panel('error-rate');

  it('takes the value now from the instant sample with the same labels, in its newest column', () => {
    const series = rangeSeries(spec, [
      result(
        [
          ['a', [1, 2, 3, 4, 5]],
          ['b', [6, 7, 8, 9, 10]],
        ],
        [
          ['b', 24.9],
          ['a', 14.8],
        ],
      ),
    ]);
    expect(series.map((one) => [one.name, one.current, one.columns])).toEqual([
      ['ws errors', {value: 14.8, time: polledAt, instant: true}, [1, 2, 3, 4, 14.8]],
      ['ws errors', {value: 24.9, time: polledAt, instant: true}, [6, 7, 8, 9, 24.9]],
    ]);
    // The value now counts in min and max; no check query says it is above a top bucket.
    expect(namedStats(series[1]!)).toEqual({
      current: 24.9,
      min: 6,
      max: 24.9,
      currentAbove: false,
      maxAbove: false,
    });
  });

  it('shows a series younger than one step at once, and none gone since', () => {
    const series = rangeSeries(spec, [result([['old', [1, 2, 3, 4, 5]]], [['new', 7]])]);
    expect(series.map((one) => [one.labels, one.current, one.columns])).toEqual([
      // Not in the instant answer: no value now, and a gap in the newest column.
      [
        {instance: 'old'},
        {value: undefined, time: undefined, instant: true},
        [1, 2, 3, 4, undefined],
      ],
      [
        {instance: 'new'},
        {value: 7, time: polledAt, instant: true},
        [undefined, undefined, undefined, undefined, 7],
      ],
    ]);
  });

  it('matches label sets whatever their order', () => {
    expect(labelsKey({a: '1', b: '2'})).toBe(labelsKey({b: '2', a: '1'}));
    expect(labelsKey({a: '1'})).not.toBe(labelsKey({a: '1', b: ''}));
  });
});

describe('the age of values', () => {
  const spec = panel('error-rate');

  it('is stale past two scrapes and a refresh, and not judged without a bound', () => {
    expect(isStale(polledAt, polledAt * 1000 + 45_000, freshness)).toBe(false);
    expect(isStale(polledAt, polledAt * 1000 + 45_001, freshness)).toBe(true);
    expect(isStale(polledAt, polledAt * 1000 + 999_000, undefined)).toBe(false);
    expect(asOfText(polledAt * 1000, polledAt * 1000 + 125_000)).toBe('as of 08:00:45, 2m ago');
  });

  it('the panel says "as of" with the time once its newest value is too old', () => {
    const state = stateOf([result([['a', [1, 2, 3, 4, 5]]], [['a', 6]])]);
    const size = {width: 40, height: 5};
    expect(buildPanelView(spec, state, size, polledAt * 1000 + 2_000).status).toBeUndefined();
    expect(buildPanelView(spec, state, size, polledAt * 1000 + 125_000).status).toEqual({
      text: 'as of 08:00:45, 2m ago',
      tone: 'warning',
    });
    // Where the time does not fit beside a title, the age alone.
    expect(
      buildPanelView(spec, state, {width: 28, height: 5}, polledAt * 1000 + 125_000).status,
    ).toEqual({text: 'stale 2m', tone: 'warning'});
  });

  it('a chart whose value is its last point, a step behind, is not fresh at a long range', () => {
    // 7d: the last point of a 2h48m grid may be hours old; without an instant answer it says so.
    const state = stateOf([result([['a', [1, 2, 3, 4, 5]]], undefined)]);
    expect(buildPanelView(spec, state, {width: 40, height: 5}, end * 1000 + 60_000).status).toEqual(
      {text: 'as of 08:00:00, 1m ago', tone: 'warning'},
    );
  });

  it('takes the chart’s last point when there is no instant answer, with its time', () => {
    const series = rangeSeries(spec, [result([['a', [1, 2, 3, 4, 5]]], undefined)]);
    expect(series.map((one) => [one.current, one.columns])).toEqual([
      [{value: 5, time: end, instant: false}, [1, 2, 3, 4, 5]],
    ]);
  });

  it('a correlation, which shows no value now, is not dated by its grid', () => {
    const state = stateOf([result([['a', [1, 2, 3, 4, 5]]], undefined)]);
    const view = buildPanelView(
      panel('correlation'),
      state,
      {width: 40, height: 5},
      end * 1000 + 60_000,
    );
    expect(view.status).toBeUndefined();
  });

  it('--json values carry their time and whether they are too old to act on', () => {
    const state = stateOf([
      result([['a', [1, 2, 3, 4, 5]]], [['b', 9]]),
      {...result([['c', [1, 2, 3, 4, 5]]], undefined), queryIndex: 0},
    ]);
    expect(panelValues(spec, state, polledAt * 1000 + 1_000)).toEqual([
      {
        name: 'ws errors',
        queryIndex: 0,
        labels: {instance: 'a'},
        thresholds: seedThresholds.wsErrorRatePercent,
        value: undefined,
        time: undefined,
        stale: false,
        min: 1,
        max: 5,
        aboveTopBucket: false,
      },
      {
        name: 'ws errors',
        queryIndex: 0,
        labels: {instance: 'b'},
        thresholds: seedThresholds.wsErrorRatePercent,
        value: 9,
        time: polledAt,
        stale: false,
        min: 9,
        max: 9,
        aboveTopBucket: false,
      },
      {
        name: 'ws errors',
        queryIndex: 0,
        labels: {instance: 'c'},
        thresholds: seedThresholds.wsErrorRatePercent,
        value: 5,
        time: end,
        // 46 s old: past two 15 s scrapes and a 15 s refresh.
        stale: true,
        min: 1,
        max: 5,
        aboveTopBucket: false,
      },
    ]);
  });

  it('the header gives the age of the newest data read, not of the last answer', () => {
    const connection = {status: 'up', lastSuccessAt: 100_000, dataAt: 40_000} as const;
    expect(connectionNotice(connection, 101_000)).toEqual([
      {text: 'updated 1m ago', tone: 'muted'},
    ]);
    expect(connectionNotice({status: 'up', lastSuccessAt: 100_000}, 103_000)).toEqual([
      {text: 'updated 3s ago', tone: 'muted'},
    ]);
  });
});

describe('the zoomed panel', () => {
  it('says which window and time the value now comes from', () => {
    const spec = panel('error-rate');
    const state = stateOf([result([['a', [1, 2, 3, 4, 5]]], [['a', 6]])]);
    expect(nowCaption(spec, state, polledAt * 1000)).toBe(
      'now: rate over 1m (4 x 15s scrape), as of 08:00:45',
    );
    expect(nowCaption(panel('connections'), state, polledAt * 1000)).toBe(
      'now: instant query, as of 08:00:45',
    );
    const view = buildZoomView(spec, state, {width: 62, height: 15}, polledAt * 1000 + 1_000);
    const text = view.lines.map((line) => line.map((part) => part.text).join(''));
    const legend = 'now 6%  min 1%  max 6%';
    expect(text[0]).toBe('● ws errors'.padEnd(60 - legend.length) + legend);
    expect(text[2]).toBe('now: rate over 1m (4 x 15s scrape), as of 08:00:45'.padEnd(60));
  });
});
