// The query prompt's history: `$XDG_STATE_HOME/nova-top/history` (else
// `~/.local/state/nova-top/history`), one query a line, oldest first, at most maxHistoryEntries.
// A query holding a line break or a tab is stored escaped (`\n`, `\r`, `\t`, and `\\` for a
// backslash), so that it comes back as it was typed; other control characters are refused. The
// file is private (0600, in a 0700 directory): queries can name customers or hosts. A file that
// cannot be read (not a regular file, over 1 MiB, unreadable) leaves the history empty with one
// notice; a failed write is noticed once. Nothing here throws at the UI.
import {chmodSync, mkdirSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {maxSmallFileBytes, readSmallFile} from '../config/read-file.js';
import {sanitize} from '../text/sanitize.js';
import {novaTopDir} from '../config/xdg.js';

export type QueryHistory = {
  /** Oldest first, newest last; at most `maxEntries`; no two equal neighbours. */
  readonly entries: () => readonly string[];
  /** Adds and persists (best effort: a write failure is reported once, never thrown at the UI). */
  readonly add: (query: string) => void;
};

export const maxHistoryEntries = 500;

/** Where the history lives; XDG says a relative `XDG_STATE_HOME` is to be ignored. */
export function historyPath(env: NodeJS.ProcessEnv, home: string): string {
  return path.join(novaTopDir('state', env, home), 'history');
}

const escapes: Readonly<Record<string, string>> = {'\\': '\\', '\n': 'n', '\r': 'r', '\t': 't'};
const unescapes: Readonly<Record<string, string>> = {'\\': '\\', n: '\n', r: '\r', t: '\t'};

const encode = (query: string): string =>
  query.replace(/[\\\n\r\t]/g, (char) => `\\${escapes[char] ?? char}`);

const decode = (line: string): string =>
  line.replace(/\\([\\nrt])/g, (_, char: string) => unescapes[char] ?? char);

/** Lines a person typed: anything with control characters was not, and is left out. */
const isQueryLine = (line: string): boolean => line.trim() !== '' && sanitize(line) === line;

/** Equal neighbours folded, the newest `maxHistoryEntries` kept. */
function bounded(entries: readonly string[]): string[] {
  const folded = entries.filter((entry, index) => entry !== entries[index - 1]);
  return folded.slice(-maxHistoryEntries);
}

function readEntries(file: string, notice: (message: string) => void): string[] {
  let text: string;
  try {
    text = readSmallFile(file, maxSmallFileBytes);
  } catch (error) {
    const code = (error as {readonly code?: unknown}).code;
    if (code !== 'ENOENT')
      notice(`query history ${file} not read (${String(code)}): starting empty`);
    return [];
  }
  return bounded(text.split('\n').filter(isQueryLine).map(decode));
}

export function openQueryHistory(options: {
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
  /** Told once when the file cannot be read, and once when it cannot be written. */
  readonly onNotice?: (message: string) => void;
}): QueryHistory {
  const file = historyPath(options.env, options.home);
  const notice = (message: string) => options.onNotice?.(sanitize(message));
  let entries = readEntries(file, notice);
  let writeNoticed = false;
  const persist = () => {
    try {
      mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, entries.map((entry) => `${encode(entry)}\n`).join(''), {
        mode: 0o600,
      });
      chmodSync(temporary, 0o600);
      renameSync(temporary, file);
    } catch (error) {
      if (writeNoticed) return;
      writeNoticed = true;
      const code = (error as {readonly code?: unknown}).code ?? 'error';
      notice(`query history ${file} not saved (${String(code)})`);
    }
  };
  return {
    entries: () => entries,
    add: (query) => {
      // Other control characters are not typed; a line that holds them is not read back.
      if (query.trim() === '' || query === entries.at(-1) || !isQueryLine(encode(query))) return;
      entries = bounded([...entries, query]);
      persist();
    },
  };
}
