// The community-shaped fixtures (test/fixtures/grafana/community/) have the shapes they are
// there to test, and the generated ones are what their source generates: a reviewer reads the
// source, the importer reads the JSON.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {fixtureText, generated} from '../fixtures/grafana/community/generate.js';
import {
  fixturePath,
  panelsOf,
  readFixture,
  targetsOf,
  variablesOf,
} from '../fixtures/grafana/community/walk.js';

type Json = Record<string, unknown>;

describe('the generated community fixtures', () => {
  it.each(Object.entries(generated))('%s is what generate.ts writes', (name, build) => {
    const committed = readFileSync(fixturePath(name as 'node-full.json'), 'utf8');
    expect(committed, 'run: npx tsx test/fixtures/grafana/community/generate.ts').toBe(
      fixtureText(build()),
    );
  });
});

const unitOf = (panel: Json): unknown =>
  ((panel['fieldConfig'] as Json | undefined)?.['defaults'] as Json | undefined)?.['unit'];

describe('node-full.json, the modern shape', () => {
  const dashboard = readFixture('node-full.json');
  const panels = panelsOf(dashboard);
  const rows = (dashboard['panels'] as Json[]).filter((panel) => panel['type'] === 'row');

  it('is schemaVersion 39 with over a hundred panels, collapsed rows between open ones', () => {
    expect(dashboard['schemaVersion']).toBe(39);
    expect(panels.length).toBeGreaterThan(100);
    const collapsed = rows.filter((row) => row['collapsed'] === true);
    expect(collapsed.length).toBeGreaterThanOrEqual(3);
    expect(collapsed.every((row) => (row['panels'] as Json[]).length > 0)).toBe(true);
    expect(rows.map((row) => row['collapsed'])).toEqual([
      false,
      false,
      ...Array<boolean>(11).fill(true),
      false,
    ]);
  });

  it('has every panel type nova-top draws, and the units and options of the issue', () => {
    const types = new Set(panels.map((panel) => panel.type));
    expect([...types].sort()).toEqual(['bargauge', 'gauge', 'stat', 'table', 'text', 'timeseries']);
    const units = new Set(panels.map((panel) => unitOf(panel.json)));
    for (const unit of ['percent', 'percentunit', 'bytes', 's', 'bps', 'Bps', 'iops', 'short']) {
      expect(units, unit).toContain(unit);
    }
    const text = JSON.stringify(dashboard);
    for (const shape of ['"byName"', '"byRegexp"', '"type":"value"', '"type":"special"']) {
      expect(text, shape).toContain(shape);
    }
    expect(text).toContain('"mode":"percentage"');
    expect(dashboard['__inputs']).toMatchObject([{name: 'DS_PROMETHEUS', pluginId: 'prometheus'}]);
  });

  it('chains job -> node, and every query selects both', () => {
    const variables = variablesOf(dashboard).map((variable) => [
      variable['name'],
      variable['type'],
    ]);
    expect(variables).toEqual([
      ['datasource', 'datasource'],
      ['job', 'query'],
      ['node', 'query'],
      ['diskdevices', 'custom'],
    ]);
    const targets = targetsOf(dashboard);
    expect(
      targets.filter((target) => !target.expr.includes('instance="$node",job="$job"')),
    ).toEqual([]);
    expect(targets.some((target) => target.expr.includes('[$__rate_interval]'))).toBe(true);
    expect(targets.some((target) => target.expr.includes('[$__range]'))).toBe(true);
  });
});

describe('node-classic.json, the old shape', () => {
  const dashboard = readFixture('node-classic.json');
  const panels = panelsOf(dashboard);

  it('is rows of spans with graph and singlestat panels and templating query strings', () => {
    expect(dashboard['schemaVersion']).toBe(16);
    expect(dashboard['panels']).toBeUndefined();
    expect(new Set(panels.map((panel) => panel.type))).toEqual(new Set(['graph', 'singlestat']));
    expect(panels.every((panel) => typeof panel.json['span'] === 'number')).toBe(true);
    expect(panels.some((panel) => panel.rowCollapsed)).toBe(true);
    const graphs = panels.filter((panel) => panel.type === 'graph');
    expect(graphs.every((panel) => Array.isArray(panel.json['yaxes']))).toBe(true);
    const queries = variablesOf(dashboard).map((variable) => variable['query']);
    expect(queries.every((query) => typeof query === 'string')).toBe(true);
    const targets = targetsOf(dashboard);
    expect(targets.every((target) => target.expr.includes('[[instance]]'))).toBe(true);
  });
});

describe('placeholders.json', () => {
  it('has one supported panel and one of each type nova-top shows as a placeholder', () => {
    const types = panelsOf(readFixture('placeholders.json')).map((panel) => panel.type);
    expect(types).toEqual(['stat', 'piechart', 'logs', 'news', 'nodeGraph']);
  });
});
