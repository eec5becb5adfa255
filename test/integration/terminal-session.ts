// The real CLI on a real terminal: a pseudo-terminal from util-linux `script`, 100x30. A shell
// between `script` and nova-top writes nova-top's stderr and exit status to files, so both can be
// read even after the terminal is gone. The shell ignores SIGHUP to outlive the terminal; Node
// resets every signal to its default at start, so nova-top still gets SIGHUP as usual.
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const root = path.join(import.meta.dirname, '../..');

// Ink and chalk act differently under CI variables; the CLI is run as a user would run it.
const inherited = Object.entries(process.env).filter(
  ([name]) => name !== 'CI' && !name.startsWith('CI_') && !name.startsWith('NOVA_TOP_'),
);
const env = {...Object.fromEntries(inherited), TZ: 'UTC', PROMETHEUS_URL: '', ALERTMANAGER_URL: ''};

export const hasScript = existsSync('/usr/bin/script');

/**
 * How the run is ended once `ready` is on screen: the terminal closed under it (as when the
 * terminal window or the SSH link goes: its master side closes), the same followed by the SIGHUP
 * a login shell forwards to its jobs, a signal to nova-top, a key, or nothing (it ends itself).
 */
export type Stop =
  | {readonly kind: 'none'}
  | {readonly kind: 'close-terminal'}
  | {readonly kind: 'hang-up'}
  | {readonly kind: 'signal'; readonly signal: NodeJS.Signals}
  | {readonly kind: 'key'; readonly key: string};

export type TerminalRun = {
  readonly status: number;
  /** Every byte nova-top wrote to the terminal while it was there. */
  readonly output: string;
  readonly stderr: string;
};

const quote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;

/** The processes `pid` started, read from /proc (procps may be missing). */
function childrenOf(pid: number): number[] {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
    return text.trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

const readOr = (file: string, fallback: string): string =>
  existsSync(file) ? readFileSync(file, 'utf8') : fallback;

export type RunOptions = {
  /** Shown on screen before `stop` acts (default: the footer's `q quit`). */
  readonly ready?: string;
  /** Given to node before cli.tsx (e.g. another `--import`). */
  readonly nodeArgs?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
};

export function runInTerminal(
  args: readonly string[],
  stop: Stop,
  options: RunOptions = {},
): Promise<TerminalRun> {
  const ready = options.ready ?? 'q quit';
  const dir = mkdtempSync(path.join(tmpdir(), 'nova-top-terminal-'));
  const [stderrFile, statusFile] = [path.join(dir, 'stderr'), path.join(dir, 'status')];
  const cli = ['node', '--import', 'tsx', ...(options.nodeArgs ?? []), 'cli.tsx', ...args]
    .map(quote)
    .join(' ');
  const command = `stty cols 100 rows 30; trap '' HUP; ${cli} 2>${quote(stderrFile)}; echo $? >${quote(statusFile)}`;
  const child = spawn('script', ['-qfc', command, '/dev/null'], {
    cwd: root,
    env: {...env, ...options.env},
  });
  let output = '';
  let stopped = false;
  let novaTop = 0;
  const act = (): void => {
    const shell = childrenOf(child.pid ?? 0)[0] ?? 0;
    novaTop = childrenOf(shell)[0] ?? 0;
    if (stop.kind === 'none') return;
    if (stop.kind === 'key') child.stdin.write(stop.key);
    else if (stop.kind === 'signal') process.kill(novaTop, stop.signal);
    else {
      child.kill('SIGKILL');
      if (stop.kind === 'hang-up') process.kill(novaTop, 'SIGHUP');
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (stopped || !output.includes(ready)) return;
    stopped = true;
    act();
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 40_000;
    const poll = setInterval(() => {
      const status = readOr(statusFile, '').trim();
      if (status === '' && Date.now() < deadline) return;
      clearInterval(poll);
      child.kill('SIGKILL');
      // A nova-top that did not end is not left behind.
      if (status === '' && novaTop > 0) killQuietly(novaTop);
      const stderr = readOr(stderrFile, '');
      rmSync(dir, {recursive: true, force: true});
      if (status === '') reject(new Error(`no exit within 40 s; on screen: ${output}`));
      else resolve({status: Number(status), output, stderr});
    }, 100);
  });
}
