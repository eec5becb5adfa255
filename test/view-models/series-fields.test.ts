import {describe, expect, it} from 'vitest';
import type {PanelSpec, SeriesOverride} from '../../source/dashboards/spec.js';
import {
  columnField,
  matcherRegex,
  seriesField,
  sharedUnit,
} from '../../source/view-models/series-fields.js';

const panel = (extra: Partial<PanelSpec> = {}): PanelSpec => ({
  id: 'p',
  title: 'P',
  kind: 'timeseries',
  unit: 'percent',
  queries: [{expr: 'x', legend: '{{instance}}'}, {expr: 'y'}],
  ...extra,
});
const labels = {__name__: 'up', instance: 'node-1:9100', job: 'node'};
const nameOf = (spec: PanelSpec, queryIndex = 0, of: Record<string, string> = labels): string =>
  seriesField(spec, queryIndex, of).name;

describe('a series name', () => {
  it.each<[string, string | undefined, number, string]>([
    ['the legend without displayName', undefined, 0, 'node-1:9100'],
    ['the labels without a legend', undefined, 1, 'up{instance="node-1:9100", job="node"}'],
    ['a plain displayName names every series', 'Targets', 0, 'Targets'],
    ['{{label}} as in legends', '{{job}} on {{instance}}', 0, 'node on node-1:9100'],
    [
      "Grafana's ${__field.labels.x}",
      '${__field.labels.job}/${__field.labels.instance}',
      0,
      'node/node-1:9100',
    ],
    [
      '${__field.labels}: every label, sorted',
      'all: ${__field.labels}',
      0,
      'all: __name__="up", instance="node-1:9100", job="node"',
    ],
    [
      '${__field.labels.__values}: the values, sorted',
      '${__field.labels.__values}',
      0,
      'node, node-1:9100, up',
    ],
    [
      '${__series.name}: the name from the legend',
      '${__series.name} (cpu)',
      0,
      'node-1:9100 (cpu)',
    ],
    ['${__field.name}: the same', '[${__field.name}]', 0, '[node-1:9100]'],
    ['a missing label is empty, spaces squeezed', '{{zone}} ${__field.labels.zone} x', 0, 'x'],
    ['a template that leaves nothing keeps the legend', '{{zone}}', 0, 'node-1:9100'],
    ['an empty displayName keeps the legend', '', 0, 'node-1:9100'],
    ['a dashboard variable is left as written', '$env ${env} {{job}}', 0, '$env ${env} node'],
  ])('%s', (_case, displayName, queryIndex, expected) => {
    const spec = panel(displayName === undefined ? {} : {displayName});
    expect(nameOf(spec, queryIndex)).toBe(expected);
  });

  it('hostile label values and templates are sanitized: no escape sequence reaches the screen', () => {
    const hostile = {instance: 'a\u001B[2Jb\u001B]52;c;QQ==\u0007c\u202Ed\ne'};
    expect(nameOf(panel({displayName: '${__field.labels.instance}'}), 0, hostile)).toBe('abcd e');
    expect(nameOf(panel({displayName: '\u001B[31mred\u001B[0m {{instance}}'}), 0, hostile)).toBe(
      'red abcd e',
    );
    const renamed: SeriesOverride = {
      match: {kind: 'regex', pattern: '.*'},
      displayName: '\u009B2J${__field.labels.instance}',
    };
    expect(nameOf(panel({overrides: [renamed]}), 0, hostile)).toBe('abcd e');
  });
});

describe('overrides', () => {
  const byName = (name: string, rest: Omit<SeriesOverride, 'match'>): SeriesOverride => ({
    match: {kind: 'name', name},
    ...rest,
  });
  const byRegex = (pattern: string, rest: Omit<SeriesOverride, 'match'>): SeriesOverride => ({
    match: {kind: 'regex', pattern},
    ...rest,
  });

  it('without any: the panel unit, decimals and bounds, shown', () => {
    expect(seriesField(panel({decimals: 2, min: 0, max: 10}), 0, labels)).toEqual({
      name: 'node-1:9100',
      unit: 'percent',
      format: {decimals: 2},
      min: 0,
      max: 10,
      hidden: false,
    });
  });

  it('by name: unit, display name, decimals, min, max and hiding of that series only', () => {
    const spec = panel({
      overrides: [
        byName('node-1:9100', {
          unit: 'bytes',
          displayName: 'first ${__field.labels.job}',
          decimals: 1,
          min: 5,
          max: 50,
          hidden: true,
        }),
      ],
    });
    expect(seriesField(spec, 0, labels)).toEqual({
      name: 'first node',
      unit: 'bytes',
      format: {decimals: 1},
      min: 5,
      max: 50,
      hidden: true,
    });
    expect(seriesField(spec, 0, {instance: 'node-2:9100'})).toEqual({
      name: 'node-2:9100',
      unit: 'percent',
      format: {},
      min: undefined,
      max: undefined,
      hidden: false,
    });
  });

  it('in order, a later one wins property by property', () => {
    const spec = panel({
      overrides: [
        byRegex('node-.*', {unit: 'bytes', displayName: 'any', max: 1}),
        byName('node-1:9100', {unit: 'bits', displayName: 'one'}),
      ],
    });
    expect(seriesField(spec, 0, labels)).toMatchObject({name: 'one', unit: 'bits', max: 1});
    expect(seriesField(spec, 0, {instance: 'node-2:9100'})).toMatchObject({
      name: 'any',
      unit: 'bytes',
      max: 1,
    });
  });

  it('match the name after the panel displayName, before any override renames it', () => {
    const spec = panel({
      displayName: 'cpu {{instance}}',
      overrides: [
        byName('cpu node-1:9100', {displayName: 'renamed'}),
        // Matches the name before the first override's displayName, not "renamed".
        byName('renamed', {unit: 'bytes'}),
        byName('node-1:9100', {unit: 'bits'}),
        byRegex('cpu node-1.*', {decimals: 3}),
      ],
    });
    expect(seriesField(spec, 0, labels)).toMatchObject({
      name: 'renamed',
      unit: 'percent',
      format: {decimals: 3},
    });
  });

  it('a regex that does not parse never matches, and breaks nothing', () => {
    const spec = panel({
      overrides: [byRegex('node-(', {hidden: true}), byRegex('', {unit: 'bits'})],
    });
    expect(seriesField(spec, 0, labels)).toMatchObject({hidden: false, unit: 'percent'});
  });
});

describe("Grafana's override regex", () => {
  it.each<[string, string, boolean]>([
    ['node-1', 'node-1', true],
    ['node', 'node-1', false],
    ['node.*', 'node-1', true],
    ['.*-1', 'node-1', true],
    // As Grafana: ^ and $ without a group.
    ['read|write', 'reads', true],
    ['read|write', 'rewrite', true],
    ['read|write', 'xreadx', false],
    ['/node/', 'a node here', true],
    ['/NODE/i', 'node', true],
    ['/^node$/', 'node-1', false],
    ['/node/g', 'node', true],
    ['/node/x', 'node', false],
    ['(', 'node', false],
    ['/(/', 'node', false],
    ['', '', false],
  ])('%s on %s: %s', (pattern, name, expected) => {
    expect(matcherRegex(pattern)?.test(name) ?? false).toBe(expected);
  });

  it('a /g pattern keeps no state between names', () => {
    const regex = matcherRegex('/node/g');
    expect([regex?.test('node'), regex?.test('node')]).toEqual([true, true]);
  });
});

describe('table columns', () => {
  const spec = panel({
    kind: 'table',
    overrides: [
      {match: {kind: 'name', name: 'instance'}, displayName: 'Host'},
      {match: {kind: 'name', name: 'Value #B'}, unit: 'bytes'},
    ],
  });

  it('by their names; undefined when no override matches', () => {
    expect(columnField(spec, ['instance'])?.name).toBe('Host');
    expect(columnField(spec, ['Value', 'Value #B'])?.unit).toBe('bytes');
    expect(columnField(spec, ['Value', 'Value #A'])).toBeUndefined();
    expect(columnField(spec, ['job'])).toBeUndefined();
  });
});

describe('sharedUnit', () => {
  const spec = panel();
  const field = (unit: 'bytes' | 'bits') => ({...seriesField(spec, 0, labels), unit});

  it("the fields' one unit, else the panel's", () => {
    expect(sharedUnit(spec, [field('bytes'), field('bytes')])).toBe('bytes');
    expect(sharedUnit(spec, [field('bytes'), field('bits')])).toBe('percent');
    expect(sharedUnit(spec, [])).toBe('percent');
  });
});
