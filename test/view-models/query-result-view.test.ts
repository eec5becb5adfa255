// The table under a query result's chart, exact at the widths of an 80x24 and a 160x48 terminal:
// every series' label set and value now in the chosen unit, highest first, stale values marked
// and the table's as-of time when the newest value is older than its bound, `+N more` past the
// rows it has, and the result's keys.
import {beforeAll, describe, expect, it} from 'vitest';
import {scratchPanelSpec} from '../../source/dashboards/scratch.js';
import type {PanelState, QueryResult} from '../../source/store/panel-state.js';
import {queryTableLines, tableHeight} from '../../source/view-models/query-result-view.js';
import type {Line} from '../../source/view-models/tone.js';

beforeAll(() => {
  process.env['TZ'] = 'UTC';
});

const end = 1_800_000_000;
const window = {start: end - 240, end, step: 60};
const polledAt = end + 5;

/** A range answer of `rate(http_requests_total[1m])`, its values now from the instant query. */
const answer = (values: readonly (readonly [string, number])[]): QueryResult => ({
  type: 'range',
  queryIndex: 0,
  window,
  series: values.map(([instance, value]) => ({
    labels: {instance, job: 'api'},
    samples: [0, 1, 2, 3, 4].map((index) => [window.start + index * 60, value] as const),
  })),
  fresh: {
    time: polledAt,
    samples: values.map(([instance, value]) => ({
      labels: {instance, job: 'api'},
      timestamp: polledAt,
      value,
    })),
  },
});
const stateOf = (values: readonly (readonly [string, number])[]): PanelState => ({
  results: [answer(values)],
  freshness: {scrapeIntervalSeconds: 15, maxAgeMs: 45_000},
  updatedAt: polledAt * 1000,
  stale: false,
  loading: false,
});

const spec = scratchPanelSpec('rate(http_requests_total[1m])', 'perSecond');
const three = stateOf([
  ['a:80', 12.5],
  ['b:80', 1250],
  ['c:80', Number.NaN],
]);
const text = (lines: readonly Line[]): string[] =>
  lines.map((line) => line.map((part) => part.text).join(''));
const spread = (left: string, right: string, width: number): string =>
  `${left}${' '.repeat(width - left.length - right.length)}${right}`;
const keys = 'unit per second · u unit · P pin · W save · e edit · Esc back';

describe.each([
  [80, 20],
  [160, 44],
])('the table of a %i-column terminal', (width, gridHeight) => {
  const height = tableHeight(3, gridHeight);

  it('has a row per series, highest first, NaN last, and the keys', () => {
    expect(height).toBe(5);
    expect(
      text(queryTableLines(spec, three, {pinned: false}, {width, height}, polledAt * 1000)),
    ).toEqual([
      spread('3 series', 'value now', width),
      spread('{instance="b:80", job="api"}', '1.25k/s', width),
      spread('{instance="a:80", job="api"}', '12.5/s', width),
      spread('{instance="c:80", job="api"}', '–', width),
      keys.padEnd(width),
    ]);
  });

  it('marks values older than their bound stale and says as of when', () => {
    const later = (polledAt + 120) * 1000;
    expect(text(queryTableLines(spec, three, {pinned: true}, {width, height}, later))).toEqual([
      spread('3 series', 'value as of 08:00:05, 2m ago', width),
      spread('{instance="b:80", job="api"}', '1.25k/s stale', width),
      spread('{instance="a:80", job="api"}', '12.5/s stale', width),
      spread('{instance="c:80", job="api"}', '– stale', width),
      keys.replace('P pin', 'P pinned to Scratch').padEnd(width),
    ]);
  });

  it('counts the series it has no room for', () => {
    const many = stateOf(Array.from({length: 30}, (_, index) => [`h${index}:80`, index] as const));
    const room = tableHeight(30, gridHeight);
    expect(room).toBe(Math.floor(gridHeight / 3));
    const lines = text(
      queryTableLines(spec, many, {pinned: false}, {width, height: room}, polledAt * 1000),
    );
    const rows = room - 3;
    expect(lines).toEqual([
      spread('30 series', 'value now', width),
      ...Array.from({length: rows}, (_, index) =>
        spread(`{instance="h${29 - index}:80", job="api"}`, `${29 - index}/s`, width),
      ),
      `+${30 - rows} more (highest first): narrow with label matchers`.padEnd(width),
      keys.padEnd(width),
    ]);
  });

  it('says how saving it went in place of the keys, in the tone of the outcome', () => {
    const saved = (ok: boolean, text: string) =>
      queryTableLines(
        spec,
        undefined,
        {pinned: false, saved: {ok, text}},
        {width, height: 3},
        0,
      ).at(-1);
    expect(saved(true, 'saved as panel query of /c/saved.yaml')).toEqual([
      {text: 'saved as panel query of /c/saved.yaml'.padEnd(width), tone: 'ok'},
    ]);
    expect(saved(false, '/c cannot be made (EACCES)\u001b[2J')?.[0]).toEqual({
      text: '/c cannot be made (EACCES)'.padEnd(width),
      tone: 'critical',
    });
  });

  it('has no rows before the first answer (the chart above says loading)', () => {
    expect(text(queryTableLines(spec, undefined, {pinned: false}, {width, height: 3}, 0))).toEqual([
      spread('0 series', 'value now', width),
      ' '.repeat(width),
      keys.padEnd(width),
    ]);
  });
});
