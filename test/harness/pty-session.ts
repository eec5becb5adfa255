// The real CLI on a pseudo-terminal (util-linux `script`), driven as a user drives it: keys in,
// the screen out (the bytes written, replayed into @xterm/headless), and the process' memory read
// from /proc while it runs.
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createEmulator, type Emulator} from '../output-stage/emulator.js';

const root = path.join(import.meta.dirname, '../..');

// Ink and chalk act differently under CI variables; the CLI is run as a user would run it.
const inherited = Object.entries(process.env).filter(
  ([name]) => name !== 'CI' && !name.startsWith('CI_') && !name.startsWith('NOVA_TOP_'),
);
const baseEnv = {
  ...Object.fromEntries(inherited),
  TZ: 'UTC',
  PROMETHEUS_URL: '',
  ALERTMANAGER_URL: '',
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

export type Memory = {
  /** Resident set now, MB. */
  readonly rssMb: number;
  /** The highest resident set so far, MB. */
  readonly peakMb: number;
};

export type PtySession = {
  /** The terminal emulator the output is replayed into (rows untrimmed, cells, buffer). */
  readonly emulator: Emulator;
  /** The screen's rows as text, trailing spaces trimmed. */
  lines(): string[];
  /** The screen as one text. */
  screen(): string;
  /** Every byte written to the terminal so far. */
  readonly output: () => string;
  press(keys: string): void;
  /** Resolves once `test` holds for the screen; rejects with the screen after `timeoutMs`. */
  waitFor(test: (screen: string) => boolean, timeoutMs?: number): Promise<void>;
  memory(): Memory;
  /** The exit status, once the CLI ended (SIGKILLed after `timeoutMs`). */
  exited(timeoutMs?: number): Promise<number>;
  kill(): void;
};

export type PtyOptions = {
  readonly columns?: number;
  readonly rows?: number;
  readonly env?: Readonly<Record<string, string>>;
  /** Run the shipped bundle (dist/cli.js, built beforehand) instead of cli.tsx through tsx. */
  readonly bundle?: boolean;
  /** Given to node before the entry point (e.g. `--cpu-prof`). */
  readonly nodeArgs?: readonly string[];
};

export function startPty(args: readonly string[], options: PtyOptions = {}): PtySession {
  const columns = options.columns ?? 100;
  const rows = options.rows ?? 30;
  const emulator: Emulator = createEmulator(columns, rows);
  // The bundle runs as the installed `nova-top` does, as a program: sh reads its launcher
  // line (scripts/build.mjs) and starts node with its settings. Options for node bypass it.
  const program = options.bundle === true && options.nodeArgs === undefined;
  const entry = options.bundle === true ? ['dist/cli.js'] : ['--import', 'tsx', 'cli.tsx'];
  const command = program
    ? ['./dist/cli.js', ...args]
    : ['node', ...(options.nodeArgs ?? []), ...entry, ...args];
  const cli = command.map(quote).join(' ');
  // `node` on PATH is the Node running the tests.
  const nodeFolder = path.dirname(process.execPath);
  const env = {...baseEnv, PATH: `${nodeFolder}${path.delimiter}${process.env['PATH'] ?? ''}`};
  const child: ChildProcessWithoutNullStreams = spawn(
    'script',
    ['-qfec', `stty cols ${columns} rows ${rows}; exec ${cli}`, '/dev/null'],
    {cwd: root, env: {...env, ...options.env}},
  );
  let output = '';
  let written = Promise.resolve();
  const watchers = new Set<() => void>();
  // Decoded as a stream: a character split across two reads is kept whole (decoding each chunk
  // alone turned box-drawing characters into U+FFFD and shifted the emulator's cells).
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    output += text;
    written = written.then(() => emulator.write(text)).then(() => watchers.forEach((w) => w()));
  });
  const status = new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
  const lines = (): string[] => emulator.lines().map((line) => line.trimEnd());
  const screen = (): string => lines().join('\n');
  const novaTop = (): number => childrenOf(child.pid ?? 0)[0] ?? 0;
  const kill = (): void => {
    const pid = novaTop();
    if (pid > 0) process.kill(pid, 'SIGKILL');
    child.kill('SIGKILL');
  };
  return {
    emulator,
    lines,
    screen,
    output: () => output,
    press: (keys) => child.stdin.write(keys),
    waitFor: (test, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (!test(screen())) return;
          done();
          resolve();
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`not on screen within ${timeoutMs} ms; the screen:\n${screen()}`));
        }, timeoutMs);
        const done = (): void => {
          clearTimeout(timer);
          watchers.delete(check);
        };
        watchers.add(check);
        void written.then(check);
      }),
    memory: () => {
      const text = readFileSync(`/proc/${novaTop()}/status`, 'utf8');
      const kb = (name: string): number => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1]);
      return {rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024};
    },
    exited: async (timeoutMs = 10_000) => {
      const timer = setTimeout(kill, timeoutMs);
      const code = await status;
      clearTimeout(timer);
      await written;
      return code;
    },
    kill,
  };
}
