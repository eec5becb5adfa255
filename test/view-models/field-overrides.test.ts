// displayName and field overrides as each panel kind draws them: names, units, bounds, hiding.
import {describe, expect, it} from 'vitest';
import type {PanelSpec, SeriesOverride} from '../../source/dashboards/spec.js';
import type {PanelState, QueryResult} from '../../source/store/panel-state.js';
import {initialZoomExplore} from '../../source/ui-state/zoom-explore.js';
import {formatClock} from '../../source/view-models/clock.js';
import {buildPanelView, type PanelView} from '../../source/view-models/panel-view.js';
import {buildZoomView} from '../../source/view-models/zoom-view.js';

const now = 1_000_000;
const small = {width: 40, height: 8};
const large = {width: 160, height: 40};
const texts = (view: PanelView): string[] =>
  view.lines.map((line) => line.map((part) => part.text).join(''));
/** `rows` padded to the inner width, blank rows to the inner height. */
const block = (rows: readonly string[], size: {width: number; height: number}): string[] => [
  ...rows.map((row) => row.padEnd(size.width - 2)),
  ...Array.from({length: size.height - 2 - rows.length}, () => ' '.repeat(size.width - 2)),
];
const spread = (left: string, right: string, width: number): string =>
  left + right.padStart(width - left.length);

const state = (...results: QueryResult[]): PanelState => ({
  results,
  updatedAt: now,
  stale: false,
  loading: false,
});
const window = {start: 0, end: 59 * 60, step: 60};
/** A range answer: each instance's value, the same over the hour. */
const range = (values: Record<string, number>): QueryResult => ({
  type: 'range',
  queryIndex: 0,
  window,
  series: Object.entries(values).map(([instance, value]) => ({
    labels: {instance},
    samples: Array.from({length: 60}, (_, point) => [point * 60, value] as const),
  })),
});
const instant = (values: Record<string, number>, queryIndex = 0): QueryResult => ({
  type: 'instant',
  queryIndex,
  time: now / 1000,
  samples: Object.entries(values).map(([instance, value]) => ({
    labels: {instance, job: 'node'},
    timestamp: now / 1000,
    value,
  })),
});
/** The zoom's caption of the values now: the chart's last point, at the end of the hour. */
const caption = `now: the chart's last point, as of ${formatClock(59 * 60, true)}`.padEnd(158);
const byName = (name: string, rest: Omit<SeriesOverride, 'match'>): SeriesOverride => ({
  match: {kind: 'name', name},
  ...rest,
});
const byRegex = (pattern: string, rest: Omit<SeriesOverride, 'match'>): SeriesOverride => ({
  match: {kind: 'regex', pattern},
  ...rest,
});
const panel = (kind: PanelSpec['kind'], extra: Partial<PanelSpec> = {}): PanelSpec => ({
  id: kind,
  title: kind,
  kind,
  unit: 'percent',
  queries: [{expr: 'x', legend: '{{instance}}'}],
  ...extra,
});

describe('timeseries', () => {
  // cpu b is a ratio (0.5 is 50%); cpu c, hidden, would raise the scale to 100%.
  const spec = panel('timeseries', {
    displayName: 'cpu ${__field.labels.instance}',
    overrides: [
      byName('cpu b', {unit: 'percentunit', displayName: 'ratio b'}),
      byRegex('cpu c.*', {hidden: true}),
    ],
  });
  const results = state(range({a: 20, b: 0.5, c: 90}));
  /** The same chart rows as a panel of a and b alone, unnamed, in percent. */
  const plain = texts(
    buildPanelView(panel('timeseries'), state(range({a: 20, b: 0.5})), small, now),
  );

  it('names from displayName and overrides, values in each series unit, the hidden one gone', () => {
    const view = texts(buildPanelView(spec, results, small, now));
    expect(view).toEqual(
      block(
        [
          spread('cpu a', '20%  min 20%  max 20%', 38),
          plain[1] ?? '',
          spread('ratio b', '50%  min 50%  max 50%', 38),
          plain[3] ?? '',
          'scale 0%–20%',
        ],
        small,
      ),
    );
    expect(plain[4]).toBe('scale 0%–20%'.padEnd(38));
  });

  it('one unit for every drawn series labels the scale in it', () => {
    const ratios = panel('timeseries', {overrides: [byRegex('.*', {unit: 'percentunit'})]});
    const view = texts(buildPanelView(ratios, state(range({a: 0.2, b: 0.5})), small, now));
    expect(view[0]).toBe(spread('a', '20%  min 20%  max 20%', 38));
    expect(view[2]).toBe(spread('b', '50%  min 50%  max 50%', 38));
    expect(view[4]).toBe('scale 0%–50%'.padEnd(38));
  });

  it('zoomed: the description first, the legend in each unit, the hidden series nowhere', () => {
    const described: PanelSpec = {
      ...spec,
      description: 'CPU **by** instance\n\nSee [the runbook](https://wiki/cpu)\u001B[2J',
    };
    const view = texts(buildZoomView(described, results, large, now));
    expect(view.slice(0, 4)).toEqual([
      'CPU by instance See the runbook (https://wiki/cpu)'.padEnd(158),
      spread('● cpu a', 'now 20%  min 20%  max 20%', 158),
      spread('● ratio b', 'now 50%  min 50%  max 50%', 158),
      caption,
    ]);
    expect(view.some((line) => line.includes('cpu c'))).toBe(false);
    // The plot's top label: the scale is that of a and b.
    expect(view[4]).toMatch(/^ {6}20%┤/);
  });

  it('zoomed with the cursor: the value at the cursor in the series unit', () => {
    const explore = {explore: {...initialZoomExplore, cursorAt: 600}, alerts: []};
    const view = texts(buildZoomView(spec, results, large, now, explore));
    expect(view.slice(0, 2)).toEqual([
      spread('● cpu a', 'cursor 20%  min 20%  max 20%', 158),
      spread('● ratio b', 'cursor 50%  min 50%  max 50%', 158),
    ]);
  });

  it('zoomed: the `/` filter finds a series by its shown name', () => {
    const explore = {
      explore: {...initialZoomExplore, filter: {value: 'ratio', cursor: 5}},
      alerts: [],
    };
    const view = texts(buildZoomView(spec, results, large, now, explore));
    expect(view[1]).toBe(spread('● ratio b', 'now 50%  min 50%  max 50%', 158));
    expect(view[2]).toBe(caption);
  });
});

describe('stat', () => {
  // a is hidden: the stat shows b, in bytes with one decimal.
  const spec = panel('stat', {
    overrides: [byName('a', {hidden: true}), byName('b', {unit: 'bytes', decimals: 1})],
  });
  const size = {width: 40, height: 5};

  it('the first series shown, in its unit and decimals; the trend as the same series alone', () => {
    const view = texts(buildPanelView(spec, state(range({a: 99, b: 1536})), size, now));
    const alone = texts(
      buildPanelView(
        panel('stat', {unit: 'bytes', decimals: 1}),
        state(range({b: 1536})),
        size,
        now,
      ),
    );
    expect(view[0]).toBe('1.5KiB  peak 1.5KiB'.padEnd(38));
    expect(view).toEqual(alone);
  });
});

describe('gauge and bargauge', () => {
  const overrides = [
    byName('b', {min: 0, max: 200, unit: 'none', decimals: 0}),
    byRegex('/^c/', {hidden: true}),
  ];
  const results = state(instant({a: 50, b: 50, c: 70}));

  it('gauge: each bar between its own min and max, whose ends are beside its name', () => {
    // a: 50 of 0..100% fills 19 of 38 cells; b: 50 of 0..200 is 76 eighths, 9 cells and a half.
    const view = texts(buildPanelView(panel('gauge', {overrides}), results, small, now));
    expect(view).toEqual(
      block(
        [
          spread('a  0%–100%', '50%', 38),
          '█'.repeat(19) + '░'.repeat(19),
          spread('b  0–200', '50', 38),
          '█'.repeat(9) + '▌' + '░'.repeat(28),
        ],
        small,
      ),
    );
  });

  it('gauge: bars of the same ends keep them on the last line', () => {
    const same = panel('gauge', {
      overrides: [byRegex('.*', {max: 200, displayName: 'n {{instance}}'})],
    });
    const view = texts(buildPanelView(same, state(instant({a: 50, b: 100})), small, now));
    expect(view).toEqual(
      block(
        [
          spread('n a', '50%', 38),
          '█'.repeat(9) + '▌' + '░'.repeat(28),
          spread('n b', '100%', 38),
          '█'.repeat(19) + '░'.repeat(19),
          spread('0%', '200%', 38),
        ],
        small,
      ),
    );
  });

  it('bargauge: one line per series shown, each with its own scale and unit', () => {
    // Name 4, value 6 (percent and none are 6 wide) and 2 spaces: a bar of 26 cells.
    const view = texts(buildPanelView(panel('bargauge', {overrides}), results, small, now));
    expect(view).toEqual(
      block(
        [
          `a    ${'█'.repeat(13)}${'░'.repeat(13)}    50%`,
          `b    ${'█'.repeat(6)}▌${'░'.repeat(19)}     50`,
        ],
        small,
      ),
    );
  });
});

describe('table', () => {
  it('overrides act on columns by name: renamed, hidden, the values in their unit', () => {
    const spec = panel('table', {
      unit: 'none',
      overrides: [
        byName('instance', {displayName: 'Host'}),
        byName('job', {hidden: true}),
        byName('Value', {unit: 'bytes', displayName: 'Used'}),
      ],
    });
    const view = texts(buildPanelView(spec, state(instant({h1: 2048, h2: 1024})), small, now));
    expect(view).toEqual(block(['Host  Used', 'h1    2KiB', 'h2    1KiB'], small));
  });

  it('Value #B: the values of query B only; the header stays Value', () => {
    const spec: PanelSpec = {
      ...panel('table', {unit: 'none', overrides: [byName('Value #B', {unit: 'bytes'})]}),
      queries: [
        {expr: 'x', refId: 'A'},
        {expr: 'y', refId: 'B'},
      ],
    };
    const results = state(instant({h1: 2048}, 0), instant({h2: 1024}, 1));
    const view = texts(buildPanelView(spec, results, small, now));
    expect(view).toEqual(
      block(['instance  job   Value', 'h1        node   2048', 'h2        node   1KiB'], small),
    );
  });

  it('a hidden Value column leaves the labels', () => {
    const spec = panel('table', {overrides: [byName('Value', {hidden: true})]});
    const view = texts(buildPanelView(spec, state(instant({h1: 1})), small, now));
    expect(view).toEqual(block(['instance  job', 'h1        node'], small));
  });
});

describe('topn', () => {
  it('names and units per series; a hidden one takes no rank', () => {
    const spec = panel('topn', {
      unit: 'none',
      overrides: [
        byName('c', {hidden: true}),
        byName('b', {unit: 'percentunit', displayName: 'ratio'}),
      ],
    });
    const view = texts(buildPanelView(spec, state(instant({a: 3000, b: 0.5, c: 10})), small, now));
    // Rank 3 cells, value 6, a space: names get 28.
    expect(view).toEqual(
      block([`1. ${'a'.padEnd(28)}   3000`, `2. ${'ratio'.padEnd(28)}    50%`], small),
    );
  });
});

describe('hostile label values in display names', () => {
  it('are sanitized in every kind: no escape sequence, no bidi override, no newline', () => {
    const hostile = 'a\u001B[2Jb\u001B]8;;http://x\u0007c\u202Ed\ne';
    const named = {displayName: 'n ${__field.labels.instance}'};
    const drawn = [
      buildPanelView(panel('bargauge', named), state(instant({[hostile]: 1})), small, now),
      buildPanelView(panel('timeseries', named), state(range({[hostile]: 1})), small, now),
      buildZoomView(panel('timeseries', named), state(range({[hostile]: 1})), large, now),
    ];
    for (const view of drawn) {
      const text = texts(view).join('');
      for (const bad of ['\u001B', '\u202E', '\n']) expect(text).not.toContain(bad);
      expect(texts(view).some((line) => line.includes('n abcd e'))).toBe(true);
    }
  });
});

describe('the description in other zoomed kinds', () => {
  const spec = panel('gauge', {description: 'Busy share of each CPU'});
  const results = state(instant({a: 50}));

  it('zoomed: one dimmed line above the view, which keeps the other rows', () => {
    const view = buildZoomView(spec, results, large, now);
    const rest = buildPanelView(spec, results, {width: 160, height: 39}, now);
    expect(texts(view)).toEqual(['Busy share of each CPU'.padEnd(158), ...texts(rest)]);
    expect(view.lines[0]?.[0]?.tone).toBe('muted');
    expect(view.height).toBe(40);
  });

  it('not in a box too small to give up a row, nor in the dashboard', () => {
    const tiny = {width: 40, height: 7};
    expect(buildZoomView(spec, results, tiny, now)).toEqual(
      buildPanelView(spec, results, tiny, now),
    );
    expect(texts(buildPanelView(spec, results, small, now))[0]).toBe(spread('a', '50%', 38));
  });
});
