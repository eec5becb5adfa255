import {describe, expect, it} from 'vitest';
import {parseArgv} from './command-line.js';

function alerts(argv: readonly string[], env: Readonly<Record<string, string>> = {}) {
  const result = parseArgv(argv, env);
  if (!result.ok) throw new Error(result.error.message);
  return result.config.alerts;
}

describe('alerts config', () => {
  it('takes AlertManagers from the flags, then NOVA_TOP_ALERTMANAGER_URL, then ALERTMANAGER_URL', () => {
    const env = {NOVA_TOP_ALERTMANAGER_URL: 'http://nova:1', ALERTMANAGER_URL: 'http://plain:2'};
    const urls = (argv: readonly string[], e: Readonly<Record<string, string>>) =>
      alerts(argv, e).alertmanagers.map((endpoint) => endpoint.url);
    expect(urls(['-a', 'http://a:3', '--alertmanager', 'http://b:4/'], env)).toEqual([
      'http://a:3',
      'http://b:4',
    ]);
    expect(urls([], env)).toEqual(['http://nova:1']);
    expect(urls([], {ALERTMANAGER_URL: 'http://plain:2'})).toEqual(['http://plain:2']);
    expect(urls([], {})).toEqual(['http://localhost:9093']);
  });

  it('shares headers and the token, but not Prometheus userinfo; AM userinfo is its own', () => {
    const config = alerts([
      '-p',
      'http://prom:secret@p:9090',
      '-a',
      'http://am:pw@a:9093',
      '-a',
      'http://b:9093',
      '--header',
      'X-Scope-OrgID: t1',
    ]);
    expect(config.alertmanagers).toEqual([
      {
        url: 'http://a:9093',
        headers: [['X-Scope-OrgID', 't1']],
        timeoutMs: 10_000,
        basicAuth: {username: 'am', password: 'pw'},
      },
      {url: 'http://b:9093', headers: [['X-Scope-OrgID', 't1']], timeoutMs: 10_000},
    ]);
  });

  it('reads --no-bell and --read-only', () => {
    expect(alerts([])).toMatchObject({bell: true, readOnly: false});
    expect(alerts(['--no-bell', '--read-only'])).toMatchObject({bell: false, readOnly: true});
  });
});
