// The importer's parts, case by case: times, data source references, threshold steps and value
// mappings, units, custom variable values, HTML text, ids.
import {describe, expect, it} from 'vitest';
import {
  datasourceKind,
  datasourceNames,
} from '../../../source/dashboards/grafana/import-datasource.js';
import {importGrafanaDashboard, slug} from '../../../source/dashboards/grafana/import-dashboard.js';
import {importOverrides, unitOf} from '../../../source/dashboards/grafana/import-field-config.js';
import {thresholdsOf} from '../../../source/dashboards/grafana/import-query-thresholds.js';
import {gridHeight} from '../../../source/dashboards/grafana/import-rows.js';
import {
  graphSteps,
  importMappings,
  importSteps,
  legacySteps,
} from '../../../source/dashboards/grafana/import-steps.js';
import {htmlText} from '../../../source/dashboards/grafana/import-text.js';
import {
  intervalSeconds,
  rangeSeconds,
  refreshSeconds,
} from '../../../source/dashboards/grafana/import-time.js';
import {customOptions} from '../../../source/dashboards/grafana/import-variables.js';

describe('time', () => {
  it.each([
    [{from: 'now-6h', to: 'now'}, 21_600],
    [{from: 'now-7d', to: 'now'}, 604_800],
    [{from: 'now-30m'}, 1800],
    [{from: 'now-2d', to: 'now-1d'}, 86_400],
    [{from: 'now/d', to: 'now/d'}, 86_400],
    [{from: '2024-01-01T00:00:00.000Z', to: '2024-01-01T02:00:00.000Z'}, 7200],
    [{from: '1700000000000', to: '1700000060000'}, 60],
    [{from: 'now', to: 'now'}, undefined],
    [{from: 'yesterday'}, undefined],
    ['now-6h', undefined],
  ])('time %j -> %s seconds', (time, seconds) => {
    expect(rangeSeconds(time)).toBe(seconds);
  });

  it.each([
    ['30s', 30],
    ['1m', 60],
    ['2h', 7200],
    [false, undefined],
    ['', undefined],
    ['500ms', undefined],
    [null, undefined],
  ])('refresh %j -> %s', (refresh, seconds) => {
    expect(refreshSeconds(refresh)).toBe(seconds);
  });

  it.each([
    ['30s', 30],
    ['>1m', 60],
    ['$__interval', undefined],
    ['1.5m', 90],
    [null, undefined],
  ])('interval %j -> %s', (interval, seconds) => {
    expect(intervalSeconds(interval)).toBe(seconds);
  });
});

describe('data sources', () => {
  const names = datasourceNames({
    __inputs: [
      {name: 'DS_PROMETHEUS', type: 'datasource', pluginId: 'prometheus'},
      {name: 'DS_LOKI', type: 'datasource', pluginId: 'loki'},
    ],
    templating: {
      list: [
        {name: 'logs', type: 'datasource', query: 'loki'},
        {name: 'ds', type: 'datasource', query: 'prometheus'},
      ],
    },
  });
  it.each([
    [null, {kind: 'prometheus'}],
    [undefined, {kind: 'prometheus'}],
    ['default', {kind: 'prometheus'}],
    ['Prometheus', {kind: 'prometheus'}],
    ['${DS_PROMETHEUS}', {kind: 'prometheus'}],
    ['${DS_LOKI}', {kind: 'other', type: 'loki'}],
    ['$ds', {kind: 'prometheus'}],
    ['$logs', {kind: 'other', type: 'loki'}],
    ['$unknown', {kind: 'prometheus'}],
    ['-- Mixed --', {kind: 'mixed'}],
    ['-- Grafana --', {kind: 'other', type: 'grafana'}],
    ['Elasticsearch logs', {kind: 'other', type: 'elasticsearch'}],
    [{type: 'prometheus', uid: 'abc'}, {kind: 'prometheus'}],
    [{uid: '${DS_LOKI}'}, {kind: 'other', type: 'loki'}],
    [{type: 'datasource', uid: '-- Mixed --'}, {kind: 'mixed'}],
    [
      {type: 'datasource', uid: 'grafana'},
      {kind: 'other', type: 'grafana'},
    ],
    [
      {type: 'influxdb', uid: 'x'},
      {kind: 'other', type: 'influxdb'},
    ],
    [
      {type: '__expr__', uid: '__expr__'},
      {kind: 'other', type: 'expression'},
    ],
    [{type: 'grafana-testdata-datasource'}, {kind: 'other', type: 'grafana-testdata-datasource'}],
    [42, {kind: 'prometheus'}],
    [{type: '\u001b[31mloki'}, {kind: 'other', type: 'loki'}],
  ])('%j -> %j', (reference, kind) => {
    expect(datasourceKind(reference, names)).toEqual(kind);
  });
});

describe('thresholds and mappings', () => {
  it('reads steps in any order, the step without a value as the base', () => {
    const steps = [
      {color: 'red', value: 90},
      {color: '#EAB839', value: 80},
      {color: 'green', value: null},
    ];
    expect(importSteps({mode: 'absolute', steps})).toEqual({
      base: 'ok',
      steps: [
        {value: 80, state: 'warning'},
        {value: 90, state: 'critical'},
      ],
    });
    expect(importSteps({mode: 'percentage', steps: [{color: 'blue', value: 50}]})).toEqual({
      mode: 'percentage',
      base: 'ok',
      steps: [{value: 50, state: 'info'}],
    });
    expect(importSteps({steps: []})).toBeUndefined();
  });

  it('reads singlestat thresholds with their colours, and without colours as Grafana draws them', () => {
    expect(legacySteps('80,90', ['green', 'orange', 'red'])).toEqual({
      base: 'ok',
      steps: [
        {value: 80, state: 'warning'},
        {value: 90, state: 'critical'},
      ],
    });
    expect(legacySteps('10', undefined)).toEqual({
      base: 'critical',
      steps: [{value: 10, state: 'warning'}],
    });
    expect(legacySteps('', ['green'])).toBeUndefined();
  });

  it('turns steps back into warning/critical thresholds where they have that shape', () => {
    const ok = 'ok' as const;
    expect(
      thresholdsOf({
        base: ok,
        steps: [
          {value: 5, state: 'warning'},
          {value: 15, state: 'critical'},
        ],
      }),
    ).toEqual({warning: 5, critical: 15});
    expect(
      thresholdsOf({
        base: 'critical',
        steps: [
          {value: 90, state: 'warning'},
          {value: 95, state: ok},
        ],
      }),
    ).toEqual({critical: 90, warning: 95, direction: 'below'});
    expect(thresholdsOf({base: ok, steps: [{value: 5, state: 'info'}]})).toBeUndefined();
  });

  it('reads value mappings of Grafana 8+, of Grafana 7 and of singlestat', () => {
    expect(
      importMappings([
        {
          type: 'value',
          options: {
            '1': {text: 'UP', color: 'green', index: 1},
            '0': {text: 'DOWN', color: 'red', index: 0},
          },
        },
        {type: 'range', options: {from: 0, to: 10, result: {text: 'low'}}},
        {type: 'regex', options: {pattern: '^eth', result: {text: 'ethernet', color: 'blue'}}},
        {type: 'special', options: {match: 'nan', result: {text: 'n/a'}}},
        {type: 'special', options: {match: 'empty', result: {text: '-'}}},
        {id: 0, type: 1, value: '2', text: 'two', op: '='},
        {id: 1, type: 2, from: '3', to: '5', text: 'few'},
        {op: '=', value: 'null', text: 'N/A'},
        {from: 'null', to: 'null', text: 'none'},
        {type: 'range', options: {from: 1, result: {}}},
        'junk',
      ]),
    ).toEqual([
      {kind: 'value', value: '0', text: 'DOWN', state: 'critical'},
      {kind: 'value', value: '1', text: 'UP', state: 'ok'},
      {kind: 'range', from: 0, to: 10, text: 'low'},
      {kind: 'regex', pattern: '^eth', text: 'ethernet', state: 'info'},
      {kind: 'special', match: 'nan', text: 'n/a'},
      {kind: 'value', value: '2', text: 'two'},
      {kind: 'range', from: 3, to: 5, text: 'few'},
      {kind: 'special', match: 'null', text: 'N/A'},
      {kind: 'special', match: 'null', text: 'none'},
    ]);
  });
});

describe('units and overrides', () => {
  it.each([
    ['bytes', 'bytes'],
    ['µs', 'µs'],
    ['us', 'µs'],
    ['currencyUSD', 'short'],
    ['dtdurations', 's'],
    ['opm', 'perMinute'],
    ['toString', 'short'],
    ['', undefined],
    [undefined, undefined],
    [7, undefined],
  ])('unit %j -> %s', (id, unit) => {
    expect(unitOf(id)).toBe(unit);
  });

  it('keeps overrides by name and regex that set what nova-top applies', () => {
    const overrides = [
      {
        matcher: {id: 'byName', options: 'idle'},
        properties: [{id: 'custom.hideFrom', value: {viz: true, legend: true}}],
      },
      {
        matcher: {id: 'byName', options: 'legend only'},
        properties: [{id: 'custom.hideFrom', value: {viz: false, legend: true}}],
      },
      {
        matcher: {id: 'byRegexp', options: '/disk.*/'},
        properties: [
          {id: 'unit', value: 'decbytes'},
          {id: 'max', value: '100'},
        ],
      },
      {matcher: {id: 'byType', options: 'number'}, properties: [{id: 'unit', value: 'short'}]},
      {matcher: {id: 'byName'}, properties: [{id: 'unit', value: 'short'}]},
    ];
    expect(importOverrides({overrides})).toEqual([
      {match: {kind: 'name', name: 'idle'}, hidden: true},
      {match: {kind: 'regex', pattern: '/disk.*/'}, unit: 'decbytes', max: 100},
    ]);
  });
});

describe('variables, text, layout and ids', () => {
  it.each([
    [
      'a,b,c',
      [
        ['a', 'a'],
        ['b', 'b'],
        ['c', 'c'],
      ],
    ],
    [
      'prod : 10.0.0.1, staging : 10.0.0.2',
      [
        ['prod', '10.0.0.1'],
        ['staging', '10.0.0.2'],
      ],
    ],
    [
      'one\\, two,three',
      [
        ['one, two', 'one, two'],
        ['three', 'three'],
      ],
    ],
    ['', []],
  ])('custom %j', (query, pairs) => {
    expect(customOptions(query)).toEqual(pairs.map(([text, value]) => ({text, value})));
  });

  it('takes the tags out of HTML text and decodes its entities', () => {
    expect(
      htmlText('<div><b>CPU</b> &lt; 80&#37;<br/>see <a href="x">docs</a></div><style>p{}</style>'),
    ).toBe('CPU < 80%\nsee docs\n');
  });

  it.each([
    [150, 4],
    ['250px', 7],
    [30, 3],
    ['tall', 7],
  ])('row height %j -> %s grid rows', (height, rows) => {
    expect(gridHeight(height)).toBe(rows);
  });

  it.each([
    ['Node Exporter Full', 'node-exporter-full'],
    ['rYdddlPWk', 'rydddlpwk'],
    ['000000001', 'grafana-000000001'],
    ['Überblick / Ñodes', 'uberblick-nodes'],
    ['!!!', 'grafana'],
  ])('slug %j -> %s', (text, id) => {
    expect(slug(text)).toBe(id);
  });

  it('gives a dashboard an id no other has, and every panel its own', () => {
    const dashboard = {
      title: 'Alerts',
      panels: [
        {id: 2, type: 'text', gridPos: {x: 0, y: 0, w: 24, h: 2}},
        {id: 2, type: 'text', gridPos: {x: 0, y: 2, w: 24, h: 2}},
        {type: 'text', gridPos: {x: 0, y: 4, w: 24, h: 2}},
        {id: 'x', type: 'text', gridPos: {x: 0, y: 6, w: 24, h: 2}},
      ],
    };
    const spec = importGrafanaDashboard(dashboard, {takenIds: ['alerts-2']});
    expect(spec.id).toBe('alerts-3');
    expect(spec.rows.flatMap((row) => row.panels.map((panel) => panel.id))).toEqual([
      'panel-2',
      'panel-3',
      'panel-4',
      'panel-5',
    ]);
  });
});

describe('old panels and layouts', () => {
  const only = (panel: Record<string, unknown>, more: Record<string, unknown> = {}) => {
    const spec = importGrafanaDashboard({
      title: 'Old',
      panels: [
        {id: 1, gridPos: {x: 0, y: 0, w: 24, h: 8}, targets: [{expr: 'up', refId: 'A'}], ...panel},
      ],
      ...more,
    });
    return spec.rows[0]?.panels[0];
  };

  it("reads a stat's calculation, and a singlestat's, as its reduction over the range", () => {
    const calcs = (...names: string[]) =>
      only({type: 'stat', options: {reduceOptions: {calcs: names}}})?.reduce;
    expect(calcs('mean')).toBe('mean');
    expect(calcs('max')).toBe('max');
    expect(calcs('firstNotNull')).toBe('first');
    expect(calcs('range')).toBe('range');
    // The value now: these are it, or are shown as it (docs/grafana-import.md).
    expect(calcs('lastNotNull')).toBeUndefined();
    expect(calcs('delta')).toBeUndefined();
    expect(calcs()).toBeUndefined();
    const singlestat = (valueName: string) => only({type: 'singlestat', valueName})?.reduce;
    expect(singlestat('avg')).toBe('mean');
    expect(singlestat('total')).toBe('sum');
    expect(singlestat('current')).toBeUndefined();
    // A gauge's calculation is not read: a gauge shows the value now.
    const gauge = only({type: 'gauge', options: {reduceOptions: {calcs: ['mean']}}});
    expect(gauge).not.toHaveProperty('reduce');
  });

  it('reads an old table value style and an old heatmap axis', () => {
    const styles = [
      {pattern: 'Time', type: 'date'},
      {pattern: 'Value', type: 'number', unit: 'bytes', decimals: 2},
    ];
    expect(only({type: 'table-old', styles})).toMatchObject({
      kind: 'table',
      unit: 'bytes',
      decimals: 2,
    });
    expect(only({type: 'heatmap', yAxis: {format: 's', min: '0'}})).toMatchObject({
      kind: 'heatmap',
      unit: 's',
      min: 0,
    });
  });

  it('reads the field options of Grafana 6 gauges', () => {
    const options = {
      fieldOptions: {
        defaults: {unit: 'percent', min: 0, max: 100},
        thresholds: [
          {index: 0, color: 'green', value: null},
          {index: 1, color: 'red', value: 90},
        ],
        mappings: [{id: 0, type: 1, value: '0', text: 'idle'}],
      },
    };
    expect(only({type: 'gauge', options})).toMatchObject({
      kind: 'gauge',
      unit: 'percent',
      min: 0,
      max: 100,
      steps: {base: 'ok', steps: [{value: 90, state: 'critical'}]},
      mappings: [{kind: 'value', value: '0', text: 'idle'}],
    });
  });

  it('takes the rows of a schema before 16 even when it also has panels, and panels after', () => {
    const row = {height: 250, panels: [{id: 7, type: 'graph', span: 6, targets: [{expr: 'a'}]}]};
    const other = [
      {id: 8, type: 'graph', gridPos: {x: 0, y: 0, w: 24, h: 5}, targets: [{expr: 'b'}]},
    ];
    const ids = (dashboard: Record<string, unknown>) =>
      importGrafanaDashboard(dashboard).rows.flatMap((section) =>
        section.panels.map((panel) => panel.id),
      );
    expect(ids({schemaVersion: 14, rows: [row], panels: other})).toEqual(['panel-7']);
    expect(ids({schemaVersion: 27, rows: [row], panels: other})).toEqual(['panel-8']);
    expect(ids({rows: [row], panels: []})).toEqual(['panel-7']);
  });
});

describe('thresholds where Grafana shows them', () => {
  const defaultSteps = {
    mode: 'absolute',
    steps: [
      {color: 'green', value: null},
      {color: 'red', value: 80},
    ],
  };
  const shown = {base: 'ok', steps: [{value: 80, state: 'critical'}]};
  const stepsOf = (panel: Record<string, unknown>, custom: Record<string, unknown> = {}) =>
    importGrafanaDashboard({
      panels: [
        {
          gridPos: {x: 0, y: 0, w: 24, h: 8},
          targets: [{expr: 'up'}],
          fieldConfig: {defaults: {thresholds: defaultSteps, custom}},
          ...panel,
        },
      ],
    }).rows[0]?.panels[0]?.steps;

  it.each([
    [
      'a time series without a threshold style',
      {type: 'timeseries'},
      {thresholdsStyle: {mode: 'off'}},
      undefined,
    ],
    [
      'a time series with threshold lines',
      {type: 'timeseries'},
      {thresholdsStyle: {mode: 'line+area'}},
      shown,
    ],
    ['a table of plain cells', {type: 'table'}, {cellOptions: {type: 'auto'}}, undefined],
    [
      'a table of coloured cells',
      {type: 'table'},
      {cellOptions: {type: 'color-background'}},
      shown,
    ],
    ['an old table in gauge cells', {type: 'table'}, {displayMode: 'lcd-gauge'}, shown],
    ['a stat', {type: 'stat'}, {}, shown],
    ['a stat without colour', {type: 'stat', options: {colorMode: 'none'}}, {}, undefined],
    ['a gauge', {type: 'gauge'}, {}, shown],
  ])('%s', (_name, panel, custom, steps) => {
    expect(stepsOf(panel, custom)).toEqual(steps);
  });

  it('reads the threshold lines of old graphs', () => {
    expect(
      graphSteps([
        {value: 90, op: 'gt', colorMode: 'critical'},
        {value: 70, op: 'gt', colorMode: 'warning'},
      ]),
    ).toEqual({
      base: 'ok',
      steps: [
        {value: 70, state: 'warning'},
        {value: 90, state: 'critical'},
      ],
    });
    expect(
      graphSteps([
        {value: 10, op: 'lt', colorMode: 'critical'},
        {value: 20, op: 'lt', colorMode: 'custom', lineColor: 'rgba(237, 129, 40, 0.9)'},
      ]),
    ).toEqual({
      base: 'critical',
      steps: [
        {value: 10, state: 'warning'},
        {value: 20, state: 'ok'},
      ],
    });
    expect(
      graphSteps([
        {value: 1, op: 'lt'},
        {value: 2, op: 'gt'},
      ]),
    ).toBeUndefined();
    expect(graphSteps([])).toBeUndefined();
  });
});

it("says why a panel of another panel's results is not drawn", () => {
  const spec = importGrafanaDashboard({
    panels: [
      {
        type: 'stat',
        title: 'Again',
        datasource: {type: 'datasource', uid: '-- Dashboard --'},
        targets: [{panelId: 2, refId: 'A'}],
      },
    ],
  });
  expect(spec.rows[0]?.panels[0]?.unsupported).toEqual({
    type: 'stat',
    reason: "shows another panel's results (-- Dashboard --)",
  });
});

it('cuts panels into sections at rows, in grid order', () => {
  const text = (id: number, x: number, y: number) => ({
    id,
    type: 'text',
    gridPos: {x, y, w: 12, h: 2},
  });
  const spec = importGrafanaDashboard({
    panels: [
      {
        id: 10,
        type: 'row',
        title: 'Closed',
        collapsed: true,
        gridPos: {x: 0, y: 2, w: 24, h: 1},
        panels: [{id: 4, type: 'text'}],
      },
      text(2, 12, 0),
      text(1, 0, 0),
      text(3, 0, 3),
      {id: 11, type: 'row', title: 'Open', gridPos: {x: 0, y: 5, w: 24, h: 1}},
      text(5, 0, 6),
    ],
  });
  expect(
    spec.rows.map(({title, collapsed, panels}) => ({
      title,
      collapsed,
      panels: panels.map((panel) => [panel.id, panel.grid]),
    })),
  ).toEqual([
    {
      title: undefined,
      collapsed: undefined,
      panels: [
        ['panel-1', {x: 0, y: 0, w: 12, h: 2}],
        ['panel-2', {x: 12, y: 0, w: 12, h: 2}],
      ],
    },
    {title: 'Closed', collapsed: true, panels: [['panel-4', {x: 0, y: 3, w: 24, h: 8}]]},
    {title: undefined, collapsed: undefined, panels: [['panel-3', {x: 0, y: 3, w: 12, h: 2}]]},
    {title: 'Open', collapsed: false, panels: [['panel-5', {x: 0, y: 6, w: 12, h: 2}]]},
  ]);
});

it('makes a placeholder of a panel that cannot be read at all', () => {
  const panel = {
    type: 'graph',
    title: 'Odd',
    get targets(): unknown {
      throw new Error('boom');
    },
  };
  expect(importGrafanaDashboard({panels: [panel]}).rows[0]?.panels[0]).toEqual({
    id: 'panel-1',
    title: 'Odd',
    kind: 'unsupported',
    queries: [],
    unit: 'none',
    unsupported: {type: 'graph', reason: 'could not be read: Error: boom'},
    grid: {x: 0, y: 0, w: 24, h: 8},
  });
});
