// The shell as a user meets it: spawned, with its exit status, stdout and stderr.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
// Ink draws nothing until exit when it thinks it runs in CI (any CI or CI_* variable, even empty).
const inherited = Object.entries(process.env).filter(
  ([name]) => name !== 'CI' && !name.startsWith('CI_') && name !== 'CONTINUOUS_INTEGRATION',
);
const env = {
  ...Object.fromEntries(inherited),
  FORCE_COLOR: '0',
  NOVA_TOP_PROMETHEUS_URL: '',
  PROMETHEUS_URL: '',
};

function run(...args: string[]) {
  const result = spawnSync(tsx, ['cli.tsx', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('nova-top', () => {
  it('prints its help', () => {
    expect(run('--help')).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        '',
        "  Live terminal dashboards of the Nova chat platform's Prometheus metrics",
        '',
        '  Usage',
        '    $ nova-top [options]',
        '',
        '  Options',
        '    --prometheus, -p URL        Prometheus base URL; a path prefix is kept,',
        '                                user:password@ becomes basic auth (default',
        '                                http://localhost:9090)',
        '    --dashboard, -d NAME        Dashboard to start on, by name or tab number:',
        '                                overview, websocket, messaging, errors, one from',
        '                                --dashboard-file; or the alerts screen: alerts',
        '                                (or its number, after the dashboards) (default',
        '                                overview)',
        '    --dashboard-file FILE       Add the dashboard in FILE after the others: a',
        '                                dashboard file (YAML or JSON, see "Dashboard',
        '                                files") or a Grafana dashboard JSON (see',
        '                                "Grafana dashboards"); repeatable',
        '    --refresh DURATION          Poll interval, at least 1s; without it a',
        "                                dashboard's own refresh (Grafana's) applies",
        '                                (default 15s)',
        '    --range DURATION            Time range shown, 1m to 30d; without it a',
        "                                dashboard's own time range (Grafana's) applies",
        '                                (default 1h)',
        "    --scrape-interval DURATION  Prometheus' scrape interval, 1s to 10m: rate()",
        '                                windows span at least 4 scrapes (default 15s)',
        '    --alertmanager, -a URL      AlertManager base URL, repeatable (HA pair,',
        '                                several clusters); user:password@ is its own',
        '                                basic auth (default http://localhost:9093)',
        '    --no-bell                   No terminal bell when a new critical alert fires',
        '    --read-only                 Never create or expire silences',
        '    --header "NAME: VALUE"      Extra request header, repeatable; "NAME: @FILE"',
        '                                reads the value from FILE',
        '    --bearer-token-file FILE    Send the token in FILE as a bearer token',
        '    --ca-file FILE              Trust the private CA in this PEM file',
        '    --config FILE               YAML file of named contexts (servers, auth,',
        '                                dashboards; docs/config.md); by default',
        '                                nova-top/config.yaml in $XDG_CONFIG_HOME, else',
        '                                in ~/.config',
        '    --context NAME              Context of the config file to start with; C',
        "                                switches at run time (default the file's",
        '                                current-context)',
        '    --record FILE               Also write what the screens fetch to a snapshot',
        '                                file',
        '    --replay FILE               Show a recorded snapshot instead of asking the',
        '                                servers',
        '    --demo                      Replay the incident recording shipped with',
        '                                nova-top',
        '    --once                      Print the dashboard (with -d alerts: the alert',
        '                                list) once as text and exit (the default when',
        '                                stdout is not a terminal)',
        '    --json                      Print the dashboard or alert list once as JSON',
        '                                and exit',
        '    --width COLUMNS             Width of --once output, 80 to 1000 (default the',
        '                                terminal width, else 120)',
        '    --no-color                  No colours (also when NO_COLOR is set)',
        '    --ascii                     Draw sparklines, bars and borders with ASCII',
        '                                only',
        '    --help, -h                  Show this help',
        '    --version                   Show the version',
        '',
        '  Environment',
        '    NOVA_TOP_PROMETHEUS_URL    Prometheus URL when --prometheus is not given',
        '    PROMETHEUS_URL             Used when NOVA_TOP_PROMETHEUS_URL is not set',
        '                               either',
        '    NOVA_TOP_ALERTMANAGER_URL  AlertManager URL when --alertmanager is not given',
        '    ALERTMANAGER_URL           Used when NOVA_TOP_ALERTMANAGER_URL is not set',
        '                               either',
        '    FORCE_HYPERLINK            1 or 0: force links in the alert detail on or off',
        '    NOVA_TOP_BEARER_TOKEN      Bearer token (--bearer-token-file wins)',
        '    NOVA_TOP_BASIC_AUTH        user:password for basic auth (URL userinfo wins)',
        '    NO_COLOR                   Any non-empty value: no colours, as --no-color',
        '    HTTPS_PROXY, NO_PROXY      Proxy to reach Prometheus through, and hosts to',
        '                               skip it',
        '    XDG_STATE_HOME             Query history in nova-top/history under it, else',
        '                               ~/.local/state',
        '',
        '  Durations are Prometheus durations: 30s, 5m, 1h30m, 1d.',
        '  Press ? in nova-top for the keys.',
        '',
        '  Examples',
        '    $ nova-top --demo',
        '    $ nova-top -p http://localhost:9090 -d websocket --range 6h',
        '    $ nova-top -p https://mimir.example/prometheus --header "X-Scope-OrgID: t1"',
        '',
        '',
      ].join('\n'),
    });
  });

  it('adds --dashboard-file dashboards after the built-in ones, and refuses a mistake in one line', () => {
    const good = join(root, 'test/fixtures/dashboard-files/valid/minimal.yaml');
    const shown = run('--demo', '--once', '--width', '100', '--dashboard-file', good, '-d', '5');
    expect(shown.stdout.split('\n')[0]).toMatch(
      /^ 1 overview {3}2 websocket {3}3 messaging {3}4 errors {2}\[5 Minimal\] /,
    );
    const bad = 'test/fixtures/dashboard-files/invalid/unknown-kind.yaml';
    expect(run('--dashboard-file', good, '--dashboard-file', bad)).toEqual({
      status: 2,
      stdout: '',
      stderr: `${bad}:8:15: the panel kind "graph" is not known; accepted: timeseries, stat, percentiles, breakdown, status, topn, correlation\n`,
    });
  });

  it('prints its version', () => {
    expect(run('--version')).toEqual({status: 0, stderr: '', stdout: '0.1.0\n'});
  });

  it.each([
    [
      ['--dashboard', 'latency'],
      'nova-top: --dashboard "latency" is not a dashboard; expected overview, websocket, messaging, errors or alerts (or 1-5)\n',
    ],
    [
      ['--refresh', '1s', '--refresh', '2s'],
      'nova-top: The flag --refresh can only be set once.\n',
    ],
    [
      ['--refresh', '-5m'],
      'nova-top: --refresh "-5m" is not a duration; expected a duration from 1s to 1d, like 30s, 5m, 1h30m or 1d\n',
    ],
    [
      ['--header', 'Authorization: x', '--header'],
      'nova-top: --header needs a value; expected a value after the flag (see --help)\n',
    ],
    [
      ['--bearer-token-file', '/dev/zero'],
      'nova-top: --bearer-token-file "/dev/zero" cannot be read (not a regular file); expected a readable file holding the token\n',
    ],
    [
      ['--bogus'],
      expect.stringMatching(
        /^nova-top: --bogus is not a flag; expected one of --prometheus, [^\n]*\n$/,
      ),
    ],
  ])('exits 2 with one line on stderr for %j', (args, stderr) => {
    expect(run(...args)).toEqual({status: 2, stdout: '', stderr});
  });
});

// A real terminal (a pty from util-linux `script`): the alternate screen is entered with the cursor
// hidden, and left with the cursor shown, whichever way nova-top ends.
const hasScript = existsSync('/usr/bin/script');

function inTerminal(
  stop: 'q' | 'ctrl-c' | 'sigterm',
  args = '-p http://127.0.0.1:9',
  childEnv: NodeJS.ProcessEnv = env,
) {
  return new Promise<{status: number | null; output: string}>((resolve, reject) => {
    const command = `stty cols 100 rows 30; exec node --import tsx cli.tsx ${args}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {cwd: root, env: childEnv});
    let output = '';
    let stopped = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no frame: ${output}`));
    }, 25_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (stopped || !output.includes('q quit')) return;
      stopped = true;
      if (stop === 'q') child.stdin.write('q');
      else if (stop === 'ctrl-c') child.stdin.write('\u0003');
      else for (const pid of childrenOf(child.pid ?? 0)) process.kill(pid, 'SIGTERM');
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({status, output});
    });
  });
}

/** The processes `pid` started (what `pkill -P` finds), read from /proc: procps may be missing. */
function childrenOf(pid: number): number[] {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
    return text.trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

describe.skipIf(!hasScript)('nova-top in a terminal', () => {
  it.each(['q', 'ctrl-c', 'sigterm'] as const)(
    'restores the terminal after %s',
    async (stop) => {
      const {status, output} = await inTerminal(stop);
      // SIGTERM exits as shells report a process it ended: 128 + 15.
      expect(status).toBe(stop === 'sigterm' ? 143 : 0);
      expect(output.startsWith('\u001B[?1049h\u001B[?25l')).toBe(true);
      // After leaving the alternate screen only cursor-show sequences follow (Ink's own, at exit).
      const leave = output.lastIndexOf('\u001B[?25h\u001B[?1049l');
      expect(leave).toBeGreaterThan(0);
      expect(output.slice(leave).replaceAll('\u001B[?25h', '')).toBe('\u001B[?1049l');
      expect(output).toContain('[1 System Overview]');
      expect(output).not.toMatch(/\n\s+at /);
    },
    30_000,
  );

  it('marks the focused panel with --no-color: ▶ before its title, bold and dim, no colour', async () => {
    // As a user's terminal: no FORCE_COLOR, so styles are what nova-top asks for.
    const terminalEnv = Object.fromEntries(
      Object.entries(env).filter(([name]) => name !== 'FORCE_COLOR'),
    );
    const {status, output} = await inTerminal('q', '--demo --no-color', terminalEnv);
    expect(status).toBe(0);
    expect(output).toContain('▶ Service health ─');
    const sgr = new RegExp(`${String.fromCharCode(27)}\\[([\\d;]*)m`, 'g');
    const parameters = [...output.matchAll(sgr)].flatMap((match) => (match[1] ?? '').split(';'));
    // Resets, bold and dim only: no foreground or background colour.
    expect(new Set(parameters)).toEqual(new Set(['', '0', '1', '2']));
  }, 30_000);
});
