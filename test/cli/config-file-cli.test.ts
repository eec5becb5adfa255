// The config file as a user meets it: spawned with a file, a wrong --context, a missing
// --config, a mistake in the file and loose permissions; each with its exit status and stderr.
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const folder = mkdtempSync(join(tmpdir(), 'nova-top-config-cli-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

// An empty XDG_CONFIG_HOME: a config of the machine running the tests is never read.
const inherited = Object.entries(process.env).filter(
  ([name]) => name !== 'CI' && !name.startsWith('CI_') && !name.startsWith('NOVA_TOP_'),
);
const env = {...Object.fromEntries(inherited), FORCE_COLOR: '0', XDG_CONFIG_HOME: folder};

function run(...args: string[]) {
  const result = spawnSync(tsx, ['cli.tsx', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return {status: result.status, stderr: result.stderr};
}

describe('nova-top with a config file', () => {
  mkdirSync(join(folder, 'nova-top'));
  const config = join(folder, 'nova-top', 'config.yaml');
  const token = join(folder, 'nova-top', 'token');
  writeFileSync(token, 'tok-123456789\n');
  writeFileSync(
    config,
    'contexts:\n  prod:\n    prometheus: http://127.0.0.1:9\n    auth:\n      bearer-token-file: token\n',
  );

  it('refuses an unknown --context in one line naming the known ones', () => {
    chmodSync(config, 0o600);
    chmodSync(token, 0o600);
    expect(run('--context', 'qa', '--once')).toEqual({
      status: 2,
      stderr: 'nova-top: --context "qa" is not a context; expected one of prod\n',
    });
  });

  it('refuses a --config file that does not exist', () => {
    const missing = join(folder, 'missing.yaml');
    expect(run('--config', missing, '--once')).toEqual({
      status: 2,
      stderr: `nova-top: --config "${missing}" cannot be read (ENOENT); expected a readable YAML file of at most 1 MiB\n`,
    });
  });

  it('refuses a mistake in the file at its line', () => {
    const broken = join(folder, 'broken.yaml');
    writeFileSync(broken, 'contexts:\n  prod:\n    prometheus: http://p:9090\n    refersh: 5s\n');
    expect(run('--config', broken, '--once')).toEqual({
      status: 2,
      stderr: `nova-top: ${broken}:4:5: contexts.prod.refersh is not a known key; expected one of prometheus, alertmanagers, auth, scrape-interval, refresh, dashboards\n`,
    });
  });

  it('warns of loose permissions and runs on (here to an unknown dashboard: exit 2)', () => {
    chmodSync(config, 0o666);
    chmodSync(token, 0o644);
    expect(run('--dashboard', 'nope', '--once')).toEqual({
      status: 2,
      stderr: [
        `nova-top: warning: ${config} names secret files and is writable by group or others (chmod go-w ${config})`,
        `nova-top: warning: ${token} (contexts.prod.auth.bearer-token-file) is readable by others (chmod o-r ${token})`,
        'nova-top: --dashboard "nope" is not a dashboard; expected overview, websocket, messaging, errors or alerts (or 1-5)',
        '',
      ].join('\n'),
    });
  });
});
