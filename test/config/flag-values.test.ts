import {describe, expect, it} from 'vitest';
import {joinFlagValues} from '../../source/config/flag-values.js';

describe('joinFlagValues', () => {
  it.each([
    [
      ['--refresh', '5m'],
      ['--refresh', '5m'],
    ],
    [['--refresh', '-5m'], ['--refresh=-5m']],
    [
      ['-p', '-weird', '--once'],
      ['-p=-weird', '--once'],
    ],
    [
      ['--header', 'X-Scope-OrgID: a', '--no-color'],
      ['--header', 'X-Scope-OrgID: a', '--no-color'],
    ],
    [
      ['--once', '--', '--refresh'],
      ['--once', '--', '--refresh'],
    ],
    [
      ['--refresh=1s', '--bogus'],
      ['--refresh=1s', '--bogus'],
    ],
  ])('%j -> %j', (argv, expected) => {
    expect(joinFlagValues(argv)).toEqual({argv: expected});
  });

  it.each([
    [['--header'], '--header'],
    [['--header', '--once'], '--header'],
    [['--header', '--no-bell'], '--header'],
    [['-a', '-p', 'http://x'], '--alertmanager'],
    [['--bearer-token-file', '--ca-file=x'], '--bearer-token-file'],
  ])('%j has no value', (argv, flag) => {
    expect(joinFlagValues(argv)).toEqual({
      error: expect.objectContaining({
        message: `nova-top: ${flag} needs a value; expected a value after the flag (see --help)`,
      }),
    });
  });
});
