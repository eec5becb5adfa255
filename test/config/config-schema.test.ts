// docs/config.schema.json and nova-top's own checks agree on every fixture of
// test/fixtures/config-file/: the valid ones pass both, the invalid ones fail both, each with the
// one line (its first comment) the user sees.
import {readdirSync, readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {parseConfigFile} from '../../source/config/config-file.js';
import {parseWithContext} from '../../source/config/contexts.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {validate} from '../one-shot/json-schema.js';

const folder = join(import.meta.dirname, '../fixtures/config-file');
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../docs/config.schema.json'), 'utf8'),
) as Record<string, unknown>;

const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const path = join(folder, name);
    const text = readFileSync(path, 'utf8');
    const first = text.split('\n')[0] ?? '';
    return {name, path, text, expected: first.replace(/^# (error: )?/, '')};
  });

/** A dashboard file named by a context (its id from its name, so that two do not clash). */
const dashboardFile = (path: string): string =>
  `id: ${basename(path).replace(/\W/g, '-')}\ntitle: T\nrows: [{panels: [{id: p, title: P, kind: stat, unit: count, queries: [{expr: up}]}]}]\n`;

/** Every file holds a valid secret (a PEM for *.pem), every variable is set. */
const readFile = (path: string): string =>
  /\.(ya?ml|json)$/.test(path)
    ? dashboardFile(path)
    : path.endsWith('.pem')
      ? '-----BEGIN CERTIFICATE-----\nMIIB\n'
      : 'user:pass-1234';
const env = new Proxy({}, {get: () => 'user:pass-1234'}) as Record<string, string>;

/** nova-top's verdict: the file's checks, then each context as a run would take it. */
function novaTop(path: string, text: string): string {
  const file = parseConfigFile(path, text);
  if ('message' in file) return file.message;
  for (const context of file.contexts) {
    const input = {
      commandLine: {flags: {}, input: []},
      env,
      readFile,
      dashboards: builtinDashboards,
      home: '/home/u',
      file,
    };
    const result = parseWithContext(input, context.name, true);
    if (!result.ok) return result.error.message;
  }
  return 'valid';
}

function schemaVerdict(text: string): 'valid' | 'invalid' {
  let value: unknown;
  try {
    value = parse(text, {uniqueKeys: true});
  } catch {
    return 'invalid';
  }
  return validate(value, schema).length === 0 ? 'valid' : 'invalid';
}

describe('the config schema and the validator', () => {
  it('have valid and invalid fixtures', () => {
    const valid = fixtures.filter((fixture) => fixture.expected === 'valid');
    expect([valid.length >= 3, fixtures.length - valid.length >= 10]).toEqual([true, true]);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const verdict = novaTop(fixture.path, fixture.text);
    expect(verdict).toBe(
      fixture.expected === 'valid'
        ? 'valid'
        : `nova-top: ${fixture.expected.replace('FILE', fixture.path)}`,
    );
    expect(schemaVerdict(fixture.text)).toBe(verdict === 'valid' ? 'valid' : 'invalid');
  });
});
