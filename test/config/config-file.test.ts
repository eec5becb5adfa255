// The config file: each mistake is one line naming FILE:LINE:COL and the key, and a secret
// written inline is refused without being shown.
import {describe, expect, it} from 'vitest';
import {parseConfigFile} from '../../source/config/config-file.js';

const file = '/home/u/.config/nova-top/config.yaml';
const message = (text: string): string => {
  const result = parseConfigFile(file, text);
  return 'message' in result ? result.message : 'accepted';
};

describe('parseConfigFile', () => {
  it.each([
    [
      'an unknown key in a context',
      'contexts:\n  prod:\n    prometheus: http://p:9090\n    promethus: x\n',
      `nova-top: ${file}:4:5: contexts.prod.promethus is not a known key; expected one of prometheus, alertmanagers, auth, scrape-interval, refresh, dashboards`,
    ],
    [
      'an unknown top-level key',
      'context: prod\n',
      `nova-top: ${file}:1:1: context is not a known key; expected one of current-context, contexts`,
    ],
    [
      'an inline bearer token',
      'contexts:\n  prod:\n    prometheus: http://p:9090\n    auth:\n      bearer-token: s3cr3t-token\n',
      `nova-top: ${file}:5:7: contexts.prod.auth.bearer-token is a secret written inline; expected bearer-token-file: FILE`,
    ],
    [
      'an inline header value',
      'contexts:\n  prod:\n    prometheus: http://p:9090\n    auth:\n      headers:\n        X-Scope-OrgID: tenant-secret\n',
      `nova-top: ${file}:6:24: contexts.prod.auth.headers.X-Scope-OrgID is a secret written inline; expected {file: FILE} or {env: NAME} whose content holds the value`,
    ],
    [
      'an inline basic auth',
      'contexts:\n  prod:\n    prometheus: http://p:9090\n    auth:\n      basic-auth: admin:hunter22\n',
      `nova-top: ${file}:5:19: contexts.prod.auth.basic-auth is a secret written inline; expected {file: FILE} or {env: NAME} whose content holds user:password`,
    ],
    [
      'a password in the URL',
      'contexts:\n  prod:\n    prometheus: http://admin:hunter22@p:9090\n',
      `nova-top: ${file}:3:17: contexts.prod.prometheus holds credentials inline; expected a URL without user:password@ and auth.basic-auth: {file: FILE} or {env: NAME}`,
    ],
    [
      'a URL that is not http',
      'contexts:\n  prod:\n    prometheus: ftp://p\n',
      `nova-top: ${file}:3:17: contexts.prod.prometheus "ftp://p" is not an http or https URL; expected an http or https URL like http://localhost:9090 or https://host/prometheus`,
    ],
    [
      'a context without prometheus',
      'contexts:\n  prod:\n    refresh: 30s\n',
      `nova-top: ${file}:3:5: contexts.prod has no prometheus; expected prometheus: URL in every context`,
    ],
    [
      'alertmanagers not a list',
      'contexts:\n  prod:\n    prometheus: http://p:9090\n    alertmanagers: http://a:9093\n',
      `nova-top: ${file}:4:20: contexts.prod.alertmanagers is not a list; expected a list, one item per line starting with "- "`,
    ],
    [
      'a secret with both file and env',
      'contexts:\n  prod:\n    prometheus: http://p:9090\n    auth:\n      basic-auth: {file: a, env: B}\n',
      `nova-top: ${file}:5:29: contexts.prod.auth.basic-auth needs one of file or env; expected {file: FILE} or {env: NAME}`,
    ],
    [
      'a bad environment variable name',
      'contexts:\n  prod:\n    prometheus: http://p:9090\n    auth:\n      basic-auth: {env: 1X}\n',
      `nova-top: ${file}:5:25: contexts.prod.auth.basic-auth.env "1X" is not an environment variable name; expected letters, digits and _`,
    ],
    [
      'current-context naming no context',
      'current-context: stage\ncontexts:\n  prod:\n    prometheus: http://p:9090\n',
      `nova-top: ${file}:1:18: current-context "stage" is not a context; expected one of the contexts (prod)`,
    ],
    [
      'a duplicate context',
      'contexts:\n  prod:\n    prometheus: http://p:9090\n  prod:\n    prometheus: http://q:9090\n',
      `nova-top: ${file}:4:3: Map keys must be unique; expected YAML as described in docs/config.md`,
    ],
  ])('%s', (_name, text, expected) => {
    expect(message(text)).toBe(expected);
    expect(expected).not.toMatch(/s3cr3t|hunter22|tenant-secret/);
  });

  it('reads every setting of a context', () => {
    const text = [
      'current-context: stage',
      'contexts:',
      '  prod:',
      '    prometheus: https://prom.example/prometheus/',
      '    alertmanagers: [https://am1.example, https://am2.example]',
      '    auth:',
      '      bearer-token-file: ~/.secrets/prod-token',
      '      headers:',
      '        X-Scope-OrgID: {env: ORG}',
      '      ca-file: ca.pem',
      '    scrape-interval: 30s',
      '    refresh: 1m',
      '    dashboards: [team.yaml]',
      '  stage:',
      '    prometheus: http://stage:9090',
      '    auth:',
      '      basic-auth: {file: stage-auth}',
    ].join('\n');
    const result = parseConfigFile(file, text);
    if ('message' in result) throw new Error(result.message);
    expect(result.currentContext).toBe('stage');
    const [prod, stage] = result.contexts;
    expect(prod).toMatchObject({
      name: 'prod',
      prometheus: 'https://prom.example/prometheus',
      alertmanagers: ['https://am1.example', 'https://am2.example'],
      bearerTokenFile: '~/.secrets/prod-token',
      headers: [['X-Scope-OrgID', {env: 'ORG'}]],
      caFile: 'ca.pem',
      scrapeInterval: '30s',
      refresh: '1m',
      dashboards: ['team.yaml'],
    });
    expect(prod?.places['--refresh']).toBe(`${file}:12:14: contexts.prod.refresh`);
    expect(stage).toMatchObject({name: 'stage', basicAuth: {file: 'stage-auth'}, headers: []});
  });

  it('takes an empty file as no contexts', () => {
    expect(parseConfigFile(file, '# nothing yet\n')).toEqual({path: file, contexts: []});
  });
});
