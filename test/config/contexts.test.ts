// Which context a run uses and how it meets flags and environment: flag > context > environment
// > default; secrets in the environment never reach a context's servers; mistakes in values from
// the file are told at their line.
import meow from 'meow';
import {describe, expect, it} from 'vitest';
import {parseConfigFile, type ConfigFile} from '../../source/config/config-file.js';
import {parseWithContext, type ContextResult} from '../../source/config/contexts.js';
import {meowFlags} from '../../source/config/options.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {readFrom, type FakeFiles} from './command-line.js';

const path = '/etc/nova/config.yaml';
const yaml = [
  'current-context: prod',
  'contexts:',
  '  prod:',
  '    prometheus: https://prod.example',
  '    alertmanagers: [https://am.prod.example]',
  '    auth:',
  '      bearer-token-file: prod-token',
  '    refresh: 30s',
  '    dashboards: [team.yaml, ~/mine.json]',
  '  stage:',
  '    prometheus: http://stage:9090',
  '    auth:',
  '      basic-auth: {env: STAGE_AUTH}',
  '      headers:',
  '        X-Scope-OrgID: {file: /run/org}',
  '    scrape-interval: 5m',
  '    refresh: 2s',
  '  broken:',
  '    prometheus: http://broken:9090',
  '    refresh: 5x',
].join('\n');

const loaded = parseConfigFile(path, yaml) as ConfigFile;
const dashboardFile = (id: string): string =>
  `id: ${id}\ntitle: ${id}\nrows: [{panels: [{id: p, title: P, kind: stat, unit: count, queries: [{expr: up}]}]}]\n`;
const files: FakeFiles = {
  '/etc/nova/prod-token': 'tok-prod-123\n',
  '/run/org': 'tenant-7\n',
  '/etc/nova/team.yaml': dashboardFile('team'),
  '/home/u/mine.json': dashboardFile('mine'),
};

function run(
  argv: readonly string[],
  env: Readonly<Record<string, string>> = {},
  name?: string,
  atStart = true,
): ContextResult {
  const cli = meow('', {
    importMeta: import.meta,
    argv: [...argv],
    flags: meowFlags,
    allowUnknownFlags: true,
    autoHelp: false,
    autoVersion: false,
  });
  const input = {
    commandLine: {flags: cli.flags, input: cli.input},
    env,
    readFile: readFrom(files),
    dashboards: builtinDashboards,
    home: '/home/u',
    file: loaded,
  };
  return parseWithContext(input, name, atStart);
}

const ok = (result: ContextResult) => {
  if (!result.ok) throw new Error(result.error.message);
  return result;
};

describe('parseWithContext', () => {
  it("starts on the file's current-context, with its servers, auth and dashboards", () => {
    const {config, context} = ok(run([]));
    expect(context).toEqual({
      name: 'prod',
      dashboardFiles: ['/etc/nova/team.yaml', '/home/u/mine.json'],
    });
    expect(config.endpoint).toMatchObject({
      url: 'https://prod.example',
      bearerToken: 'tok-prod-123',
    });
    expect(config.alerts.alertmanagers.map((endpoint) => endpoint.url)).toEqual([
      'https://am.prod.example',
    ]);
    expect(config.refreshMs).toBe(30_000);
    // The context's dashboard files come after the built-in ones.
    expect(config.dashboards.slice(builtinDashboards.length).map((one) => one.id)).toEqual([
      'team',
      'mine',
    ]);
    // Not in the context: the default.
    expect(config.scrapeIntervalSeconds).toBe(15);
  });

  it('takes a flag over the context, the context over the environment', () => {
    const env = {NOVA_TOP_PROMETHEUS_URL: 'http://env:9090'};
    expect(ok(run([], env)).config.endpoint.url).toBe('https://prod.example');
    const flagged = ok(run(['--prometheus', 'http://flag:9090', '--refresh', '5s'], env)).config;
    expect([flagged.endpoint.url, flagged.refreshMs]).toEqual(['http://flag:9090', 5000]);
  });

  it('picks a context by --context, with its basic auth from the environment', () => {
    const {config, context} = ok(run([], {STAGE_AUTH: 'ops:pw-stage-9'}, 'stage'));
    expect(context?.name).toBe('stage');
    expect(config.endpoint).toMatchObject({
      url: 'http://stage:9090',
      basicAuth: {username: 'ops', password: 'pw-stage-9'},
      headers: [['X-Scope-OrgID', 'tenant-7']],
    });
    expect([config.scrapeIntervalSeconds, config.refreshMs]).toEqual([300, 2000]);
  });

  it('never sends the environment token to a context', () => {
    const {config} = ok(
      run([], {NOVA_TOP_BEARER_TOKEN: 'env-token-xyz', STAGE_AUTH: 'a:b'}, 'stage'),
    );
    expect(config.endpoint.bearerToken).toBeUndefined();
  });

  it('takes a context picked at run time as written, without the server flags', () => {
    const {config} = ok(
      run(
        ['--prometheus', 'http://flag:9090', '--range', '6h'],
        {STAGE_AUTH: 'a:b'},
        'stage',
        false,
      ),
    );
    expect([config.endpoint.url, config.rangeSeconds]).toEqual(['http://stage:9090', 21_600]);
  });

  it('refuses an unknown context in one line naming the known ones', () => {
    const result = run([], {}, 'nope');
    expect(result.ok ? 'accepted' : result.error.message).toBe(
      'nova-top: --context "nope" is not a context; expected one of prod, stage, broken',
    );
  });

  it('tells a bad value from the file at its line', () => {
    const result = run([], {}, 'broken');
    expect(result.ok ? 'accepted' : result.error.message).toBe(
      `nova-top: ${path}:20:14: contexts.broken.refresh "5x" is not a duration; expected a duration from 1s to 1d, like 30s, 5m, 1h30m or 1d`,
    );
  });

  it('tells an unset environment variable at its line', () => {
    const result = run([], {}, 'stage');
    expect(result.ok ? 'accepted' : result.error.message).toBe(
      `nova-top: ${path}:13:19: contexts.stage.auth.basic-auth "STAGE_AUTH" names an environment variable that is not set; expected a variable holding user:password`,
    );
  });
});
