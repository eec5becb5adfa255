// One mistake per fixture in test/fixtures/config/, each with the exact line the user sees.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseArgv} from './command-line.js';

type Fixture = {
  readonly mistake: string;
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly files: Readonly<Record<string, string>>;
  readonly secrets: readonly string[];
  readonly message: string;
};

const folder = join(import.meta.dirname, '../fixtures/config');
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Fixture);

describe('invalid command lines', () => {
  it('has a fixture for every message', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures.map((fixture) => [fixture.mistake, fixture] as const))(
    '%s',
    (_name, fixture) => {
      const result = parseArgv(fixture.argv, fixture.env, fixture.files);
      expect(result.ok ? 'accepted' : result.error.message).toBe(fixture.message);
      expect(fixture.message).not.toContain('\n');
      for (const secret of fixture.secrets) expect(fixture.message).not.toContain(secret);
    },
  );
});
