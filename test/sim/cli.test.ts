// nova-sim's command line, spawned as a user runs it.
import {spawnSync} from 'node:child_process';
import {expect, test} from 'vitest';
import {scenarios} from '../../sim/scenarios.js';

test('the command line refuses an unknown scenario with the list of scenarios', () => {
  const result = spawnSync('npx', ['tsx', 'sim/cli.ts', '--scenario', 'nope'], {encoding: 'utf8'});
  expect(result.status).toBe(2);
  expect(result.stderr).toBe(
    `nova-sim: unknown scenario "nope"; one of: ${scenarios.map((s) => s.name).join(', ')}\n` +
      'Run with --help for usage.\n',
  );
});
