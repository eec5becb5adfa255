// Dashboard files: the fixtures in test/fixtures/dashboard-files/, each invalid one with the exact
// line the user sees (its first line, `# expect: ...`); docs/dashboard.schema.json and the parser
// agree on every fixture, but for those marked `# beyond the schema`.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {loadDashboardFiles} from '../../source/config/dashboard-files.js';
import {readBuiltinDashboards} from '../../source/dashboards/builtin-dashboards.js';
import {parseDashboardFile} from '../../source/dashboards/dashboard-file.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {validate} from '../one-shot/json-schema.js';
import {readFrom} from '../config/command-line.js';

const folder = join(import.meta.dirname, '../fixtures/dashboard-files');
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../docs/dashboard.schema.json'), 'utf8'),
) as Record<string, unknown>;

const fixtures = (kind: 'valid' | 'invalid') =>
  readdirSync(join(folder, kind)).map((name) => {
    const text = readFileSync(join(folder, kind, name), 'utf8');
    return {name, text};
  });

/** The schema's verdict, or undefined when the text is not YAML at all. */
function schemaErrors(text: string): string[] | undefined {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return undefined;
  }
  return validate(data, schema);
}

describe('dashboard files', () => {
  it.each(fixtures('valid').map((fixture) => [fixture.name, fixture] as const))(
    'reads %s, which the schema accepts',
    (name, {text}) => {
      const files = {[name]: text};
      const loaded = loadDashboardFiles([name], readFrom(files));
      expect(Array.isArray(loaded) ? loaded.length : loaded.message).toBe(1);
      expect(schemaErrors(text)).toEqual([]);
    },
  );

  it.each(fixtures('invalid').map((fixture) => [fixture.name, fixture] as const))(
    'refuses %s in one line',
    (name, {text}) => {
      const [first = '', second = ''] = text.split('\n');
      const loaded = loadDashboardFiles([name], readFrom({[name]: text}));
      expect(Array.isArray(loaded) ? 'accepted' : loaded.message).toBe(
        first.replace('# expect: ', ''),
      );
      const beyondSchema = second.startsWith('# beyond the schema:');
      const errors = schemaErrors(text);
      if (beyondSchema) expect(errors ?? []).toEqual([]);
      else expect(errors?.length ?? 0).toBeGreaterThan(0);
    },
  );

  it('has a fixture for each kind of mistake', () => {
    expect(fixtures('invalid').length).toBeGreaterThanOrEqual(20);
  });

  it('reads the built-in dashboards from their files, which the schema accepts', () => {
    expect(builtinDashboards.map((dashboard) => dashboard.id)).toEqual([
      'overview',
      'websocket',
      'messaging',
      'errors',
    ]);
    expect(readBuiltinDashboards()).toEqual(builtinDashboards);
    const files = join(import.meta.dirname, '../../source/dashboards/files');
    for (const name of readdirSync(files)) {
      const text = readFileSync(join(files, name), 'utf8');
      expect(parseDashboardFile(text).ok).toBe(true);
      expect(schemaErrors(text)).toEqual([]);
    }
  });
});

describe('the examples in the docs', () => {
  const blocks = (file: string) =>
    [
      ...readFileSync(join(import.meta.dirname, '../..', file), 'utf8').matchAll(
        /```yaml\n([\s\S]*?)```/g,
      ),
    ]
      .map((match) => match[1] ?? '')
      .filter((block) => block.includes('rows:'));

  it.each(['README.md', 'docs/dashboard-files.md'])(
    '%s: each example dashboard is valid',
    (file) => {
      const examples = blocks(file);
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        const parsed = parseDashboardFile(example);
        expect(parsed.ok ? 'valid' : parsed.problem).toBe('valid');
        expect(schemaErrors(example)).toEqual([]);
      }
    },
  );
});

describe('loadDashboardFiles', () => {
  const file = (id: string, title = id) =>
    [
      `id: ${id}`,
      `title: ${title}`,
      'rows:',
      '  - panels:',
      '      - {id: up, title: Up, kind: status, unit: count, queries: [{expr: up}]}',
    ].join('\n');

  it('adds the files in order after the dashboards before them', () => {
    const files = {'b.yaml': file('b', 'Bee'), 'a.yaml': file('a', 'Ay')};
    const loaded = loadDashboardFiles(['b.yaml', 'a.yaml'], readFrom(files), builtinDashboards);
    expect(Array.isArray(loaded) && loaded.map((dashboard) => dashboard.title)).toEqual([
      'Bee',
      'Ay',
    ]);
  });

  it('refuses an id that a built-in dashboard or an earlier file has, at its line', () => {
    const files = {'mine.yaml': file('overview'), 'a.yaml': file('a'), 'a2.yaml': file('a')};
    const taken = loadDashboardFiles(['mine.yaml'], readFrom(files), builtinDashboards);
    expect(Array.isArray(taken) ? 'accepted' : taken.message).toBe(
      'mine.yaml:1:5: dashboard id "overview" is taken by "System Overview"; accepted: an id no other dashboard has',
    );
    const twice = loadDashboardFiles(['a.yaml', 'a2.yaml'], readFrom(files), builtinDashboards);
    expect(Array.isArray(twice) ? 'accepted' : twice.message).toBe(
      'a2.yaml:1:5: dashboard id "a" is taken by "a"; accepted: an id no other dashboard has',
    );
  });

  it('says which file cannot be read', () => {
    const missing = loadDashboardFiles(['gone.yaml'], readFrom({}));
    expect(Array.isArray(missing) ? 'accepted' : missing.message).toBe(
      'nova-top: --dashboard-file "gone.yaml" cannot be read (ENOENT); expected a readable dashboard file of at most 4 MiB (docs/dashboard-files.md)',
    );
  });
});
