import {describe, expect, it} from 'vitest';
import {durationLimits, type Config} from '../../source/config/flags.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {parseArgv} from './command-line.js';

function config(...args: Parameters<typeof parseArgv>): Config {
  const result = parseArgv(...args);
  if (!result.ok) throw new Error(result.error.message);
  return result.config;
}

const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('parseConfig', () => {
  it('defaults to localhost:9090, the overview, 15s refresh, a 1h range and 15s scrapes', () => {
    expect(config([])).toEqual({
      endpoint: {url: 'http://localhost:9090', headers: [], timeoutMs: 10_000},
      dashboards: builtinDashboards,
      dashboardIndex: 0,
      refreshMs: 15_000,
      rangeSeconds: 3600,
      rangeChosen: false,
      refreshChosen: false,
      scrapeIntervalSeconds: 15,
      alerts: {
        alertmanagers: [{url: 'http://localhost:9093', headers: [], timeoutMs: 10_000}],
        bell: true,
        readOnly: false,
      },
      mode: {demo: false, once: false, json: false, color: true, ascii: false},
    });
  });

  it('adds --dashboard-file dashboards after the built-in ones, and --dashboard picks them', () => {
    const file = (id: string) =>
      `{id: ${id}, title: ${id}, rows: [{panels: [{id: up, title: Up, kind: status, unit: count, queries: [{expr: up}]}]}]}`;
    const files = {'a.json': file('a'), 'b.yaml': file('b')};
    const shown = config(
      ['--dashboard-file', 'a.json', '--dashboard-file', 'b.yaml', '-d', 'b'],
      {},
      files,
    );
    expect(shown.dashboards.map((dashboard) => dashboard.id)).toEqual([
      ...builtinDashboards.map((dashboard) => dashboard.id),
      'a',
      'b',
    ]);
    expect(shown.dashboardIndex).toBe(5);
    expect(config(['--dashboard-file', 'a.json', '-d', '6'], {}, files).alertsScreen).toBe(true);
  });

  it('takes the URL from the flag, then NOVA_TOP_PROMETHEUS_URL, then PROMETHEUS_URL', () => {
    const env = {NOVA_TOP_PROMETHEUS_URL: 'http://nova:1', PROMETHEUS_URL: 'http://plain:2'};
    expect(config(['-p', 'http://flag:3'], env).endpoint.url).toBe('http://flag:3');
    expect(config([], env).endpoint.url).toBe('http://nova:1');
    expect(config([], {PROMETHEUS_URL: 'http://plain:2'}).endpoint.url).toBe('http://plain:2');
  });

  it('keeps a path prefix and drops trailing slashes', () => {
    expect(config(['--prometheus', 'https://mimir.example/prometheus/']).endpoint.url).toBe(
      'https://mimir.example/prometheus',
    );
  });

  it('moves URL userinfo into basic auth, decoded', () => {
    const {endpoint} = config(['-p', 'https://ops:p%40ss%3Aword@prom.example:9443/']);
    expect(endpoint.url).toBe('https://prom.example:9443');
    expect(endpoint.basicAuth).toEqual({username: 'ops', password: 'p@ss:word'});
  });

  it('reads basic auth from NOVA_TOP_BASIC_AUTH, the password may hold colons', () => {
    expect(config([], {NOVA_TOP_BASIC_AUTH: 'ops:a:b'}).endpoint.basicAuth).toEqual({
      username: 'ops',
      password: 'a:b',
    });
  });

  it('prefers URL userinfo over NOVA_TOP_BASIC_AUTH', () => {
    const {endpoint} = config(['-p', 'http://url:pw@prom:9090'], {NOVA_TOP_BASIC_AUTH: 'env:pw'});
    expect(endpoint.basicAuth).toEqual({username: 'url', password: 'pw'});
  });

  it('collects repeated headers, trimmed', () => {
    const {endpoint} = config(['--header', 'X-Scope-OrgID:  nova ', '--header', 'X-Extra: a: b']);
    expect(endpoint.headers).toEqual([
      ['X-Scope-OrgID', 'nova'],
      ['X-Extra', 'a: b'],
    ]);
  });

  it('reads the bearer token from the file (trimmed), which wins over NOVA_TOP_BEARER_TOKEN', () => {
    const files = {'/run/token': 'abc.def\n'};
    expect(config(['--bearer-token-file', '/run/token'], {}, files).endpoint.bearerToken).toBe(
      'abc.def',
    );
    expect(
      config(['--bearer-token-file', '/run/token'], {NOVA_TOP_BEARER_TOKEN: 'env'}, files).endpoint
        .bearerToken,
    ).toBe('abc.def');
    expect(config([], {NOVA_TOP_BEARER_TOKEN: 'env'}).endpoint.bearerToken).toBe('env');
  });

  it('reads a header value from a file named after @, keeping it out of argv', () => {
    const files = {'/run/tenant': 'tenant-a\n'};
    expect(
      config(['--header', 'X-Scope-OrgID: @/run/tenant', '--header', 'X-A: b'], {}, files).endpoint
        .headers,
    ).toEqual([
      ['X-Scope-OrgID', 'tenant-a'],
      ['X-A', 'b'],
    ]);
  });

  it('reads the CA file', () => {
    expect(config(['--ca-file', '/ca.pem'], {}, {'/ca.pem': pem}).endpoint.ca).toBe(pem);
  });

  it.each([
    ['overview', 0],
    ['WEBSOCKET', 1],
    ['3', 2],
    ['error analysis', 3],
    ['Messaging Performance', 2],
  ])('finds dashboard %j', (name, index) => {
    expect(config(['-d', name]).dashboardIndex).toBe(index);
  });

  it("parses refresh and range durations, which then win over dashboards' own", () => {
    const given = config(['--refresh', '1m30s', '--range', '1d']);
    expect(given).toMatchObject({
      refreshMs: 90_000,
      rangeSeconds: 86_400,
      refreshChosen: true,
      rangeChosen: true,
    });
    expect(config(['--range', '1d'])).toMatchObject({rangeChosen: true, refreshChosen: false});
  });

  it.each([
    ['1s', 1],
    ['30s', 30],
    ['1m30s', 90],
    ['10m', 600],
  ])('takes a scrape interval of %s', (text, seconds) => {
    expect(config(['--scrape-interval', text]).scrapeIntervalSeconds).toBe(seconds);
  });

  // The usage error offers these as examples: each must be accepted by its own flag.
  it.each(
    Object.entries(durationLimits).flatMap(([key, limits]) =>
      limits.examples.map((example) => [example, key] as const),
    ),
  )('accepts its own example %s for --%s', (example, key) => {
    const flag = `--${key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`)}`;
    expect(parseArgv([flag, example]).ok).toBe(true);
  });

  it.each([
    ['--range', '30s', 'is too short; expected a duration from 1m to 30d, like 5m, 1h, 6h or 7d'],
    [
      '--refresh',
      '0s',
      'is too short; expected a duration from 1s to 1d, like 30s, 5m, 1h30m or 1d',
    ],
    [
      '--scrape-interval',
      '1h',
      'is too long; expected a duration from 1s to 10m, like 1s, 15s, 30s or 1m',
    ],
  ])('refuses %s %s with examples it accepts', (flag, value, why) => {
    const result = parseArgv([flag, value]);
    expect(result.ok ? 'accepted' : result.error.message).toBe(
      `nova-top: ${flag} "${value}" ${why}`,
    );
  });
});
