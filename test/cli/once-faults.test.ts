// `--once` and `--json` against a Prometheus (and AlertManager) that cannot be read: every request
// redirected to a login page, answered 500 with HTML, or 200 with HTML, and one whose instant
// queries alone fail. The real CLI, spawned: nothing read is exit 3 ("unreadable"), said on stdout
// and stderr, and JSON's prometheus.status is not "up"; some panels not read is at least 1, and
// the output names them.
import {execFile} from 'node:child_process';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {freePort} from '../../stack/servers.js';
import {startFaultServer, type Fault, type FaultServer} from './fault-server.js';

/** Every built-in dashboard's panels: a one-shot run reads them all. */
const panels = builtinDashboards.flatMap((dashboard) =>
  dashboard.rows.flatMap((row) => row.panels),
).length;

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const inherited = Object.entries(process.env).filter(
  ([name]) => name !== 'CI' && !name.startsWith('CI_') && name !== 'CONTINUOUS_INTEGRATION',
);
const env = {...Object.fromEntries(inherited), FORCE_COLOR: '0', TZ: 'UTC'};
const width = 100;

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Run = {status: number; stdout: string; stderr: string};

/** Spawned, not spawnSync: the fault server answers from this process. */
async function run(fault: Fault, ...args: string[]): Promise<Run & {host: string}> {
  server = await startFaultServer(fault);
  const {url, host} = server;
  const argv = ['cli.tsx', '-p', url, '-a', url, '--width', String(width), ...args];
  return new Promise((resolve) => {
    execFile(tsx, argv, {cwd: root, env, encoding: 'utf8'}, (error, stdout, stderr) => {
      const status = typeof error?.code === 'number' ? error.code : 0;
      resolve({status, stdout, stderr, host});
    });
  });
}

/** A line as --once cuts it: at most `width` cells, an ellipsis in the last when cut. */
const fit = (text: string): string =>
  text.length <= width ? text : `${text.slice(0, width - 1)}…`;

const messages: Readonly<Record<Exclude<Fault, 'instant-500'>, (host: string) => string>> = {
  redirect: (host) =>
    `HTTP 302 Found from ${host}: redirected to https://sso.example/login (a login page?); ` +
    'redirects are not followed',
  'error-500': (host) =>
    `HTTP 500 Internal Server Error from ${host}: ` +
    '<!doctype html><html><body><form>Sign in</form></body></html>',
  'html-200': (host) => `${host} answered with something that is not JSON`,
};

describe('--once when nothing can be read', () => {
  it.each(['redirect', 'error-500', 'html-200'] as const)(
    'exits 3 and says so for %s',
    async (fault) => {
      const result = await run(fault, '--once');
      const message = messages[fault](result.host);
      // The header: not "updated 0s ago" for answers nobody can read.
      const header = result.stdout.split('\n')[1] ?? '';
      expect(header).toContain(' nothing readable: ');
      expect(header).not.toContain('updated');
      expect(result.stdout.split('\n').slice(-4)).toEqual([
        fit(`Alerts: unavailable (AlertManager: ${message}; rules: ${message})`),
        `Exit 3 (unreadable): Prometheus answered, but none of ${panels} panels could be read`,
        fit(`  warning   ${panels} panels not read: ${message}`),
        '',
      ]);
      expect(result.stderr).toBe(
        `nova-top: Prometheus at http://${result.host} answered, but no panel could be read: ` +
          `${message}\n`,
      );
      expect(result.status).toBe(3);
    },
    60_000,
  );

  it.each(['redirect', 'error-500', 'html-200'] as const)(
    'reports Prometheus as unreadable in --json for %s',
    async (fault) => {
      const result = await run(fault, '--json');
      const message = messages[fault](result.host);
      const report = JSON.parse(result.stdout) as {
        prometheus: unknown;
        panels: {status: string}[];
        exit: {code: number; meaning: string; panels: unknown; reasons: {error?: string}[]};
      };
      expect(report.prometheus).toEqual({
        url: `http://${result.host}`,
        status: 'unreadable',
        error: message,
      });
      expect(new Set(report.panels.map((panel) => panel.status))).toEqual(new Set(['error']));
      expect([report.exit.code, report.exit.meaning, report.exit.panels]).toEqual([
        3,
        'unreadable',
        {read: 0, unreadable: panels, notRecorded: 0},
      ]);
      expect(new Set(report.exit.reasons.map((reason) => reason.error))).toEqual(
        new Set([message]),
      );
      expect(result.status).toBe(3);
    },
    60_000,
  );
});

describe('--once when some panels cannot be read', () => {
  it('exits 1 and names them', async () => {
    const result = await run('instant-500', '--once', '-d', 'websocket');
    const message =
      `HTTP 500 Internal Server Error from ${result.host}: ` +
      '<!doctype html><html><body><form>Sign in</form></body></html>';
    expect(result.stdout.split('\n').slice(-6)).toEqual([
      fit(`Alerts: unavailable (AlertManager: ${message}; rules: ${message})`),
      `Exit 1 (warning) from ${panels - 5} panels of 4 dashboards and no alerts (unavailable)`,
      fit(`  warning   5 panels not read: ${message}`),
      // The instant queries: status, breakdown and top-N panels, on every dashboard.
      '            System Overview / Service health, WebSocket Health / Connection states, WebSocket Health',
      '            / Errors by type, Error Analysis / Error types, Error Analysis / Top error sources',
      '',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
  }, 60_000);
});

describe('--once when nothing answers', () => {
  /** Spawned on a port nothing listens on, for both servers. */
  async function runDown(...args: string[]): Promise<Run & {host: string}> {
    const host = `127.0.0.1:${await freePort()}`;
    const url = `http://${host}`;
    const argv = ['cli.tsx', '-p', url, '-a', url, '--width', String(width), ...args];
    return new Promise((resolve) => {
      execFile(tsx, argv, {cwd: root, env, encoding: 'utf8'}, (error, stdout, stderr) => {
        const status = typeof error?.code === 'number' ? error.code : 0;
        resolve({status, stdout, stderr, host});
      });
    });
  }

  it('prints the alerts screen with what it knows, not "waiting", and never "retrying"', async () => {
    const result = await runDown('--once', '-d', 'alerts');
    const refused = `cannot reach ${result.host}: connection refused`;
    const lines = result.stdout.split('\n');
    const tabs = ' 1 overview   2 websocket   3 messaging   4 errors  [5 Alerts]';
    expect(lines[0]).toBe(`${tabs}${' '.repeat(width - tabs.length - 14)}alerts unknown`);
    expect(lines[1]).toContain('Prometheus unreachable');
    expect(lines[1]).not.toContain('retrying');
    expect(lines.slice(2)).toEqual([
      fit(`Alerts unavailable: AlertManager: ${refused}; rules: ${refused}`),
      'Alerts',
      expect.stringMatching(
        new RegExp(
          `^${result.host.replace(/\./g, '\\.')} unreachable since \\d\\d:\\d\\d:\\d\\d \\(cannot reach`,
        ),
      ),
      'No alert list: neither AlertManager nor Prometheus answered',
      'Exit 3 (unreachable): Prometheus did not answer',
      `  warning   ${panels} panels not read: ${refused}`,
      '',
    ]);
    expect(result.stderr).toBe(
      `nova-top: Prometheus at http://${result.host} is unreachable (${refused}); ` +
        'without a Prometheus, try nova-top --demo\n',
    );
    expect(result.status).toBe(3);
  }, 60_000);

  it('prints a dashboard without "retrying in": a one-shot run does not retry', async () => {
    const result = await runDown('--once');
    expect(result.stdout.split('\n')[1]).toMatch(
      new RegExp(
        `Prometheus unreachable \\(try --demo\\) since \\d\\d:\\d\\d:\\d\\d: cannot reach`,
      ),
    );
    expect(result.stdout).not.toContain('retrying');
    expect(result.status).toBe(3);
  }, 60_000);
});
