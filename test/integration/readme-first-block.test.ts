// The README's first block, run as a new user runs it: in a fresh clone of this repository (git
// clone of HEAD: commit before running this test), on a terminal. Each line runs through the
// shell as written, with two exceptions, both said here:
// - `npm ci` gets --prefer-offline --no-audit --no-fund: it installs the same locked packages,
//   from npm's cache when they are there (CI has just run npm ci), so the test stays quick;
// - `npm test` is not run (it would run this test again, and takes minutes): the test checks that
//   the clone's `test` script is what the comment says it is.
// Any other line fails the test until this file learns how to run it.
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createEmulator} from '../output-stage/emulator.js';

const root = path.join(import.meta.dirname, '../..');
const columns = 100;
const rows = 30;

/** The commands of the README's first ```sh block, comments left out. */
function firstBlock(): string[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

// Ink draws nothing until exit when it thinks it runs in CI (any CI or CI_* variable, even empty);
// FORCE_COLOR is the test runner's, not a user's.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !/^(CI|CI_.*|CONTINUOUS_INTEGRATION|FORCE_COLOR|NOVA_TOP_.*|PROMETHEUS_URL)$/.test(name),
  ),
);

let workDir: string;
let clone: string;

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'nova-top-readme-'));
  clone = path.join(workDir, 'nova-top');
  const head = execFileSync('git', ['rev-parse', 'HEAD'], {cwd: root, encoding: 'utf8'}).trim();
  execFileSync('git', ['clone', '--quiet', root, clone]);
  execFileSync('git', ['checkout', '--quiet', '--detach', head], {cwd: clone});
});

afterAll(() => {
  if (workDir) rmSync(workDir, {recursive: true, force: true});
});

const frameEnd = '\u001B[?2026l';

type TerminalRun = {readonly status: number | null; readonly screen: readonly string[]};

/**
 * Runs `line` through the shell on a 100x30 pty (util-linux `script`) in the clone; once a frame
 * that writes `shown` is complete, reads the screen and presses q.
 */
function onTerminal(line: string, shown: string): Promise<TerminalRun> {
  return new Promise((resolve, reject) => {
    const command = `stty cols ${columns} rows ${rows}; ${line}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {cwd: clone, env});
    let output = '';
    let frame: string | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no frame within 200 s:\n${output}`));
    }, 200_000);
    // Characters may be split between chunks: the decoder joins them.
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      // The output stage ends each frame with the end of a synchronized update.
      const at = output.indexOf(shown);
      if (frame !== undefined || at === -1 || output.lastIndexOf(frameEnd) < at) return;
      frame = output;
      child.stdin.write('q');
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      const emulator = createEmulator(columns, rows);
      emulator
        .write((frame ?? output).replaceAll(/\r?\n/g, '\r\n'))
        .then(() => resolve({status, screen: emulator.lines().map((row) => row.trimEnd())}))
        .catch(reject);
    });
  });
}

describe("the README's first block, in a fresh clone", () => {
  const lines = firstBlock();

  it('is one line that runs the demo and one that runs all tests', () => {
    expect(lines).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it.skipIf(!existsSync('/usr/bin/script'))(
    '`npm ci && npm run demo` installs, builds and shows the demo on a terminal; q quits',
    async () => {
      const line = lines.find((each) => each.includes('npm run demo')) ?? 'missing';
      const ci = 'npm ci --prefer-offline --no-audit --no-fund';
      // Waits for the recording's data, not only the first frame's "loading…".
      const {status, screen} = await onTerminal(line.replace(/^npm ci\b/, ci), '6 up');
      expect(status).toBe(0);
      expect(screen[0]).toMatch(
        /^\[1 System Overview\] {2}2 websocket {3}3 messaging {3}4 errors {3}5 Alerts +REPLAY 1x /,
      );
      expect(screen[1]).toMatch(/^demo \(recorded incident\) {2}range 5m {2}refresh 2s +recorded /);
      expect(screen[2]).toMatch(/^╭ Service health ─+╮╭ WebSocket connections ─/);
      // The recorded targets, the two gateways told apart (issue 9: both read `nova-websocket ws…`).
      expect(screen.slice(3, 7).map((row) => row.slice(0, 67))).toEqual([
        '│6 up                                                             │',
        '│● alertmanager 127.…  ● nova-analytics an…  ● nova-messaging-ap… │',
        '│● nova-websoc…eway-1  ● nova-websoc…eway-2  ● prometheus 127.0.… │',
        '╰─────────────────────────────────────────────────────────────────╯',
      ]);
      expect(screen[rows - 2]).toBe(
        '←→ dashboard  ↑↓hjkl focus  Enter zoom  +/- range  r refresh  p pause  ? help  q quit',
      );
    },
    240_000,
  );

  it('`npm test` is the typecheck, the lint and all tests', () => {
    const manifest = JSON.parse(readFileSync(path.join(clone, 'package.json'), 'utf8')) as {
      readonly scripts: Readonly<Record<string, string>>;
    };
    expect(lines).toContain('npm test');
    expect(manifest.scripts['test']?.split(' && ')).toEqual([
      'npm run typecheck',
      'npm run lint',
      'vitest run',
    ]);
  });
});
