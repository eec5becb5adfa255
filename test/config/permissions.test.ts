// Permission warnings on real files: a config naming secret files that group or others may write,
// and a secret file others may read, each give one line; a private setup gives none.
import {chmodSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parseConfigFile, type ConfigFile} from '../../source/config/config-file.js';
import {permissionWarnings} from '../../source/config/permissions.js';

const folder = mkdtempSync(join(tmpdir(), 'nova-top-permissions-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const modeOf = (path: string): number | undefined => {
  try {
    return statSync(path).mode;
  } catch {
    return undefined;
  }
};

function setup(
  configMode: number,
  tokenMode: number,
  auth = 'bearer-token-file: token',
): ConfigFile {
  const config = join(folder, 'config.yaml');
  const token = join(folder, 'token');
  writeFileSync(
    config,
    `contexts:\n  prod:\n    prometheus: http://p:9090\n    auth:\n      ${auth}\n`,
  );
  writeFileSync(token, 'secret\n');
  chmodSync(config, configMode);
  chmodSync(token, tokenMode);
  return parseConfigFile(
    config,
    `contexts:\n  prod:\n    prometheus: http://p:9090\n    auth:\n      ${auth}\n`,
  ) as ConfigFile;
}

describe('permissionWarnings', () => {
  it('is quiet for a private config and token', () => {
    expect(permissionWarnings(setup(0o600, 0o600), '/home/u', modeOf)).toEqual([]);
  });

  it('warns of a config others may write and a token others may read', () => {
    const config = join(folder, 'config.yaml');
    const token = join(folder, 'token');
    expect(permissionWarnings(setup(0o666, 0o644), '/home/u', modeOf)).toEqual([
      `nova-top: warning: ${config} names secret files and is writable by group or others (chmod go-w ${config})`,
      `nova-top: warning: ${token} (contexts.prod.auth.bearer-token-file) is readable by others (chmod o-r ${token})`,
    ]);
  });

  it('warns of a group-writable config', () => {
    expect(permissionWarnings(setup(0o620, 0o600), '/home/u', modeOf)).toHaveLength(1);
  });

  it('says nothing of a writable config that names no secret file', () => {
    expect(permissionWarnings(setup(0o666, 0o644, 'ca-file: token'), '/home/u', modeOf)).toEqual(
      [],
    );
  });
});
