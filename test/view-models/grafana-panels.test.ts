import {describe, expect, it} from 'vitest';
import type {PanelSpec} from '../../source/dashboards/spec.js';
import type {PanelState, QueryResult} from '../../source/store/panel-state.js';
import {cellWidth} from '../../source/text/fit.js';
import {panelFrame} from '../../source/view-models/panel-frame.js';
import {buildPanelView, chartWidth, type PanelView} from '../../source/view-models/panel-view.js';
import type {Tone} from '../../source/view-models/tone.js';
import {buildZoomView} from '../../source/view-models/zoom-view.js';

const now = 1_000_000;
const small = {width: 40, height: 8};
const large = {width: 160, height: 40};
/** The panel at 40x8, and zoomed at 160x40. */
const views = (spec: PanelSpec, state: PanelState | undefined): [PanelView, PanelView] => [
  buildPanelView(spec, state, small, now),
  buildZoomView(spec, state, large, now),
];
const texts = (view: PanelView): string[] =>
  view.lines.map((line) => line.map((part) => part.text).join(''));
/** `rows` padded to the inner width, blank rows to the inner height. */
const block = (rows: readonly string[], size: {width: number; height: number}): string[] => [
  ...rows.map((row) => row.padEnd(size.width - 2)),
  ...Array.from({length: size.height - 2 - rows.length}, () => ' '.repeat(size.width - 2)),
];
const toneOf = (view: PanelView, row: number, text: string): Tone | undefined =>
  view.lines[row]?.find((part) => part.text.includes(text))?.tone;

const state = (...results: QueryResult[]): PanelState => ({
  results,
  updatedAt: now,
  stale: false,
  loading: false,
});
const instant = (...samples: [Record<string, string>, number][]): QueryResult => ({
  type: 'instant',
  queryIndex: 0,
  time: now / 1000,
  samples: samples.map(([labels, value]) => ({labels, timestamp: now / 1000, value})),
});
const byInstance = {queries: [{expr: 'x', legend: '{{instance}}'}]} as const;
const spread = (left: string, right: string, width: number): string =>
  left + right.padStart(width - left.length);

describe('gauge', () => {
  const spec: PanelSpec = {
    ...byInstance,
    id: 'cpu',
    title: 'CPU',
    kind: 'gauge',
    unit: 'percent',
    steps: {
      base: 'ok',
      steps: [
        {value: 70, state: 'warning'},
        {value: 90, state: 'critical'},
      ],
    },
  };
  const [smallView, largeView] = views(
    spec,
    state(instant([{instance: 'a'}, 42.5], [{instance: 'b'}, 95])),
  );

  it('40x8: name and value, a bar of 0..100% in eighths, the scale ends', () => {
    // 42.5% of 38 cells = 129.2 eighths -> 16 cells and one eighth; 95% = 288.8 -> 36 and one.
    expect(texts(smallView)).toEqual(
      block(
        [
          spread('a', '42.5%', 38),
          '█'.repeat(16) + '▏' + '░'.repeat(21),
          spread('b', '95%', 38),
          '█'.repeat(36) + '▏' + '░',
          spread('0%', '100%', 38),
        ],
        small,
      ),
    );
    expect(toneOf(smallView, 1, '█')).toBe('ok');
    expect(toneOf(smallView, 3, '█')).toBe('critical');
    expect(toneOf(smallView, 2, '95%')).toBe('critical');
  });

  it('160x40 zoomed: three bar rows per series', () => {
    // 42.5% of 158 = 537.2 eighths -> 67 cells and one eighth; 95% = 1200.8 -> 150 and one.
    const a = '█'.repeat(67) + '▏' + '░'.repeat(90);
    const b = '█'.repeat(150) + '▏' + '░'.repeat(7);
    expect(texts(largeView)).toEqual(
      block(
        [
          spread('a', '42.5%', 158),
          a,
          a,
          a,
          spread('b', '95%', 158),
          b,
          b,
          b,
          spread('0%', '100%', 158),
        ],
        large,
      ),
    );
  });

  it('percentage steps are of min..max; a mapping gives its text and state', () => {
    const percentage: PanelSpec = {
      ...spec,
      unit: 'none',
      min: 0,
      max: 200,
      steps: {mode: 'percentage', base: 'ok', steps: [{value: 50, state: 'critical'}]},
      mappings: [{kind: 'value', value: '7', text: 'seven', state: 'info'}],
    };
    const [view] = views(
      percentage,
      state(instant([{instance: 'a'}, 99], [{instance: 'b'}, 100], [{instance: 'c'}, 7])),
    );
    // Rows: 5 for series; one bar row each: 2 lines a series, two shown, "+1 more".
    expect(texts(view).slice(0, 5)).toEqual([
      spread('a', '99', 38),
      '█'.repeat(18) + '▊' + '░'.repeat(19),
      spread('b', '100', 38),
      '█'.repeat(19) + '░'.repeat(19),
      '+1 more'.padEnd(38),
    ]);
    expect(toneOf(view, 0, '99')).toBe('ok');
    expect(toneOf(view, 2, '100')).toBe('critical');
    expect(texts(view)[5]).toBe(spread('0', '200', 38));
  });

  it('a lone series without a legend shows its value alone, not its labels', () => {
    const lone: PanelSpec = {...spec, queries: [{expr: 'x'}]};
    const [view] = views(lone, state(instant([{instance: 'node:9100'}, 42.5])));
    expect(texts(view).slice(0, 2)).toEqual([
      '42.5%'.padStart(38),
      '█'.repeat(16) + '▏' + '░'.repeat(21),
    ]);
    // With a legend (or a displayName) the dashboard names it, and so does the gauge.
    const [named] = views({...lone, displayName: 'CPU'}, state(instant([{}, 42.5])));
    expect(texts(named)[0]).toBe(spread('CPU', '42.5%', 38));
  });
});

describe('bargauge', () => {
  const spec: PanelSpec = {
    ...byInstance,
    id: 'mem',
    title: 'Memory',
    kind: 'bargauge',
    unit: 'bytes',
    max: 1024 ** 3,
  };
  const results = state(
    instant(
      [{instance: 'node-1'}, 512 * 1024 ** 2],
      [{instance: 'node-2'}, 1024 ** 3],
      [{instance: 'n3'}, 0],
    ),
  );
  const [smallView, largeView] = views(spec, results);
  const row = (name: string, bar: string, value: string) =>
    `${name.padEnd(6)} ${bar} ${value.padStart(7)}`;

  it('40x8: one bar per series, in the order given, value on the right', () => {
    // name 6 + value 7 (bytes) + 2 spaces: a bar of 23 cells; half of it is 11.5 cells.
    expect(texts(smallView)).toEqual(
      block(
        [
          row('node-1', '█'.repeat(11) + '▌' + '░'.repeat(11), '512MiB'),
          row('node-2', '█'.repeat(23), '1GiB'),
          row('n3', '░'.repeat(23), '0B'),
        ],
        small,
      ),
    );
    expect(toneOf(smallView, 0, '█')).toBe('series1');
  });

  it('160x40 zoomed: the bars take the width', () => {
    expect(texts(largeView)).toEqual(
      block(
        [
          row('node-1', '█'.repeat(71) + '▌' + '░'.repeat(71), '512MiB'),
          row('node-2', '█'.repeat(143), '1GiB'),
          row('n3', '░'.repeat(143), '0B'),
        ],
        large,
      ),
    );
  });
});

describe('table', () => {
  const spec: PanelSpec = {...byInstance, id: 'up', title: 'Targets', kind: 'table', unit: 's'};
  const labels = (host: string, zone: string) => ({
    __name__: 'up',
    instance: host,
    job: 'node',
    zone,
  });
  const results = state(
    instant([labels('host-1:9100', 'eu-west-1a'), 90], [labels('host-2:9100', 'eu-west-1b'), 7200]),
  );
  const [smallView, largeView] = views(spec, results);

  it('40x8: largest first, columns that do not fit dropped from the right', () => {
    // __name__ 8, instance 11, job 4 with 2-cell gaps = 29; zone (10 + 2) does not fit beside Value (6).
    expect(texts(smallView)).toEqual(
      block(
        [
          '__name__  instance     job    Value',
          'up        host-2:9100  node      2h',
          'up        host-1:9100  node  1.5min',
          '+1 cols',
        ],
        small,
      ),
    );
    expect(toneOf(smallView, 0, 'instance')).toBe('muted');
  });

  it('160x40 zoomed: every column', () => {
    expect(texts(largeView)).toEqual(
      block(
        [
          '__name__  instance     job   zone         Value',
          'up        host-2:9100  node  eu-west-1b      2h',
          'up        host-1:9100  node  eu-west-1a  1.5min',
        ],
        large,
      ),
    );
  });

  it('value mappings give the text and the colour', () => {
    const mapped: PanelSpec = {
      ...spec,
      unit: 'none',
      mappings: [
        {kind: 'value', value: '1', text: 'up', state: 'ok'},
        {kind: 'value', value: '0', text: 'down', state: 'critical'},
      ],
    };
    const view = buildPanelView(
      mapped,
      state(instant([{job: 'a'}, 1], [{job: 'b'}, 0])),
      small,
      now,
    );
    expect(texts(view)).toEqual(block(['job  Value', 'a       up', 'b     down'], small));
    expect(toneOf(view, 1, 'up')).toBe('ok');
    expect(toneOf(view, 2, 'down')).toBe('critical');
  });

  it('rows beyond the box are counted', () => {
    const many = state(
      instant(
        ...Array.from({length: 9}, (_, i): [Record<string, string>, number] => [{i: String(i)}, i]),
      ),
    );
    const view = buildPanelView({...spec, unit: 'none'}, many, small, now);
    expect(texts(view)).toEqual(
      block(['i  Value', '8      8', '7      7', '6      6', '5      5', '+5 rows'], small),
    );
  });
});

describe('text', () => {
  const spec: PanelSpec = {
    id: 'notes',
    title: 'Notes',
    kind: 'text',
    unit: 'none',
    queries: [],
    text: '# Runbook\n\nSee [the wiki](https://wiki.example/x) and run `kubectl get pods`.\n\n- first **step**\n- second\n\u001B[31mred <b>bold</b> &amp; done',
  };
  const [smallView, largeView] = views(spec, undefined);

  it('40x8: markdown as plain text, wrapped; no poll needed', () => {
    expect(smallView.status).toBeUndefined();
    expect(texts(smallView)).toEqual(
      block(
        [
          'Runbook',
          '',
          'See the wiki (https://wiki.example/x)',
          'and run kubectl get pods.',
          '',
          '• first step',
        ],
        small,
      ),
    );
    expect(toneOf(smallView, 0, 'Runbook')).toBe('title');
  });

  it('160x40 zoomed: escape sequences and tags removed', () => {
    expect(texts(largeView)).toEqual(
      block(
        [
          'Runbook',
          '',
          'See the wiki (https://wiki.example/x) and run kubectl get pods.',
          '',
          '• first step',
          '• second',
          'red bold & done',
        ],
        large,
      ),
    );
  });
});

describe('heatmap', () => {
  const window = {start: 0, end: 600, step: 60};
  const bucket = (le: string, values: number[]) => ({
    labels: {le},
    samples: values.map((value, i) => [i * 60, value] as const),
  });
  const spec: PanelSpec = {
    id: 'latency',
    title: 'Latency',
    kind: 'heatmap',
    unit: 's',
    queries: [{expr: 'sum by (le) (rate(x_bucket[$__rate_interval]))'}],
  };
  // Cumulative buckets; per bucket: 0.1 [1,1,2,0,...,8], 0.5 [1,1,2,4,0,...,0], +Inf [0,4,0,4,8,0,...].
  const results = state({
    type: 'range',
    queryIndex: 0,
    window,
    series: [
      bucket('+Inf', [2, 6, 4, 8, 8, 0, 0, 0, 0, 0, 8]),
      bucket('0.1', [1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 8]),
      bucket('0.5', [2, 2, 4, 4, 0, 0, 0, 0, 0, 0, 8]),
    ],
  });
  // Shades by share of the largest cell (8): > 3/4 █, > 1/2 ▓, > 1/4 ▒, else ░; nothing is blank.
  const rows = ['  +Inf  ▒ ▒█', ' 500ms ░░░▒', ' 100ms ░░░       █'];
  const [smallView, largeView] = views(spec, results);

  it('40x8 and 160x40: a row per bucket, largest bound on top', () => {
    expect(texts(smallView)).toEqual(block(rows, small));
    expect(texts(largeView)).toEqual(block(rows, large));
    expect(toneOf(smallView, 0, '█')).toBe('heatHigh');
    expect(toneOf(smallView, 1, '░')).toBe('heatLow');
  });

  it('asks for one point per cell beside the labels', () => {
    // 38 inner cells, 6 for the bound (s), one space.
    expect(chartWidth(spec, small)).toBe(31);
  });

  it('more buckets than rows are merged, labelled by their top bound', () => {
    const many = state({
      type: 'range',
      queryIndex: 0,
      window,
      series: ['1', '2', '3', '4', '5', '6', '7', '+Inf'].map((le, i) => bucket(le, [i + 1])),
    });
    const view = buildPanelView(spec, many, {width: 20, height: 6}, now);
    // 8 buckets, 4 rows: pairs; each bucket holds 1 -> 2 per pair, all the largest.
    expect(texts(view)).toEqual([
      '  +Inf █'.padEnd(18),
      '    6s █'.padEnd(18),
      '    4s █'.padEnd(18),
      '    2s █'.padEnd(18),
    ]);
  });
});

describe('unsupported', () => {
  it('names the Grafana type and why, without a poll', () => {
    const spec: PanelSpec = {
      id: 'pie',
      title: 'Share',
      kind: 'unsupported',
      unit: 'none',
      queries: [],
      unsupported: {type: 'piechart', reason: 'not drawn in a terminal yet'},
    };
    const [view] = views(spec, undefined);
    expect(texts(view)).toEqual(block(['piechart: not drawn in a terminal yet'], small));
    expect(toneOf(view, 0, 'piechart')).toBe('muted');
  });
});

describe('every new kind in every box', () => {
  const hostile = `東京\u001B[2J😀${'x'.repeat(300)}\u202E`;
  const values = [1, Number.NaN, Infinity, -Infinity, 0, -5, 1e9, 3];
  const kinds: PanelSpec[] = (
    ['gauge', 'bargauge', 'table', 'heatmap', 'text', 'unsupported'] as const
  ).map((kind) => ({
    id: kind,
    title: hostile,
    kind,
    unit: 'bytes',
    queries: [{expr: 'x'}],
    text: `# ${hostile}\n- ${hostile}`,
    unsupported: {type: hostile, reason: hostile},
  }));
  const edge = (spec: PanelSpec): PanelState =>
    state(
      spec.kind === 'heatmap'
        ? {
            type: 'range',
            queryIndex: 0,
            window: {start: 0, end: 420, step: 60},
            series: ['0.5', '+Inf', hostile].map((le) => ({
              labels: {le, job: hostile},
              samples: values.map((value, i) => [i * 60, value] as const),
            })),
          }
        : instant(
            ...values.map((value, i): [Record<string, string>, number] => [
              {job: hostile, i: String(i)},
              value,
            ]),
          ),
    );
  const sizes = [
    {width: 40, height: 7},
    {width: 12, height: 3},
    {width: 26, height: 4},
    {width: 160, height: 40},
  ];
  it.each(kinds.flatMap((spec) => sizes.map((size) => [spec.kind, size, spec] as const)))(
    '%s %j: exactly the box, no control characters',
    (_kind, size, spec) => {
      for (const view of [
        buildPanelView(spec, edge(spec), size, now),
        buildZoomView(spec, edge(spec), size, now),
      ]) {
        const lines = panelFrame(view, true).map((line) => line.map((part) => part.text).join(''));
        expect(lines).toHaveLength(size.height);
        for (const line of lines) {
          expect(cellWidth(line)).toBe(size.width);
          expect(line).not.toMatch(/[\p{Cc}\p{Bidi_Control}]/u);
        }
      }
    },
  );
});
