// Where the config file is looked for, what a missing one means, and how its paths resolve.
import {describe, expect, it} from 'vitest';
import {configLocation, configPath, loadConfigFile} from '../../source/config/config-location.js';
import {readFrom} from './command-line.js';

describe('configLocation', () => {
  it.each([
    ['--config wins', 'my.yaml', {XDG_CONFIG_HOME: '/x'}, {path: 'my.yaml', explicit: true}],
    [
      'XDG_CONFIG_HOME',
      undefined,
      {XDG_CONFIG_HOME: '/x'},
      {path: '/x/nova-top/config.yaml', explicit: false},
    ],
    [
      'a relative XDG_CONFIG_HOME is ignored',
      undefined,
      {XDG_CONFIG_HOME: 'rel'},
      {path: '/home/u/.config/nova-top/config.yaml', explicit: false},
    ],
    ['~/.config', undefined, {}, {path: '/home/u/.config/nova-top/config.yaml', explicit: false}],
  ])('%s', (_name, flag, env, expected) => {
    expect(configLocation(flag, env, '/home/u')).toEqual(expected);
  });
});

describe('loadConfigFile', () => {
  it('takes a missing default file as no config', async () => {
    expect(
      await loadConfigFile({path: '/none.yaml', explicit: false}, readFrom({})),
    ).toBeUndefined();
  });

  it('refuses a missing --config file', async () => {
    const result = await loadConfigFile({path: '/none.yaml', explicit: true}, readFrom({}));
    expect(result && 'message' in result ? result.message : result).toBe(
      'nova-top: --config "/none.yaml" cannot be read (ENOENT); expected a readable YAML file of at most 1 MiB',
    );
  });

  it('parses a file that is there', async () => {
    const files = {'/c.yaml': 'contexts:\n  a:\n    prometheus: http://p:9090\n'};
    const result = await loadConfigFile({path: '/c.yaml', explicit: false}, readFrom(files));
    expect(result && 'contexts' in result ? result.contexts.map((c) => c.name) : result).toEqual([
      'a',
    ]);
  });
});

describe('configPath', () => {
  it.each([
    ['~/t', '/home/u/t'],
    ['~', '/home/u'],
    ['t', '/etc/nova/t'],
    ['../t', '/etc/t'],
    ['/abs/t', '/abs/t'],
  ])('%s', (written, expected) => {
    expect(configPath(written, '/etc/nova/config.yaml', '/home/u')).toBe(expected);
  });
});
