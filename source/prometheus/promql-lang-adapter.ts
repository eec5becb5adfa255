// ADAPTER (to be replaced at merge): the query prompt codes against the interface of the
// `promql-lang` helper (/work/wt/_notes/iface.md): checkPromql (promql-check.ts), completePromql and
// createCompletionSource (promql-complete.ts), openQueryHistory (query-history.ts). Until those
// modules are on this branch, this file holds their signatures and a TRIVIAL PLACEHOLDER of each:
// the first error node of the lezer grammar with a generic message, metric names by prefix only,
// a plain history file. At merge, re-export the real modules from here (or import them directly
// where this file is imported) and delete the placeholders.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {parser} from '@prometheus-io/lezer-promql';
import type {RequestFn} from '../http/types.js';

/** The first syntax error of a PromQL text; undefined when it parses. */
export type PromqlProblem = {readonly from: number; readonly to: number; readonly message: string};

export type CompletionSource = {
  readonly metricNames: () => Promise<readonly string[]>;
  readonly labelNames: (metric: string | undefined) => Promise<readonly string[]>;
  readonly labelValues: (label: string, metric: string | undefined) => Promise<readonly string[]>;
};

/** What can replace text[from, to) at the cursor: options sorted best first, at most `limit`. */
export type Completion = {
  readonly from: number;
  readonly to: number;
  readonly options: readonly string[];
};

export type QueryHistory = {
  /** Oldest first, newest last; at most `maxEntries`; no two equal neighbours. */
  readonly entries: () => readonly string[];
  /** Adds and persists (best effort: a write failure is reported once, never thrown at the UI). */
  readonly add: (query: string) => void;
};

/** PLACEHOLDER: the first error node of Prometheus' lezer grammar, with a generic message. */
export function checkPromql(text: string): PromqlProblem | undefined {
  if (text.trim() === '') return {from: 0, to: 0, message: 'empty query'};
  let problem: PromqlProblem | undefined;
  parser.parse(text).iterate({
    enter: (node) => {
      if (problem !== undefined) return false;
      if (!node.type.isError) return undefined;
      problem = {from: node.from, to: Math.max(node.to, node.from + 1), message: 'syntax error'};
      return false;
    },
  });
  return problem;
}

/** PLACEHOLDER: metric names that start with the word before the cursor. */
export async function completePromql(
  text: string,
  cursor: number,
  source: CompletionSource,
  limit = 20,
): Promise<Completion> {
  const from = text.slice(0, cursor).search(/[A-Za-z_:][\w:]*$/);
  const start = from === -1 ? cursor : from;
  const word = text.slice(start, cursor);
  const names = await source.metricNames();
  const options = names.filter((name) => name.startsWith(word) && name !== word).slice(0, limit);
  return {from: start, to: cursor, options};
}

/** PLACEHOLDER: metric names from `/api/v1/label/__name__/values`, asked once; no labels. */
export function createCompletionSource(request: RequestFn): CompletionSource {
  let names: Promise<readonly string[]> | undefined;
  const ask = async (): Promise<readonly string[]> => {
    const response = await request({method: 'GET', path: '/api/v1/label/__name__/values'});
    const data = (response.data as {data?: unknown} | undefined)?.data;
    return Array.isArray(data) ? data.filter((name) => typeof name === 'string') : [];
  };
  return {
    metricNames: () => {
      names ??= ask().catch(() => {
        names = undefined;
        return [];
      });
      return names;
    },
    labelNames: () => Promise.resolve([]),
    labelValues: () => Promise.resolve([]),
  };
}

const maxEntries = 500;

/** PLACEHOLDER: `$XDG_STATE_HOME/nova-top/query-history` (else ~/.local/state), one query a line. */
export function openQueryHistory(options: {
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
}): QueryHistory {
  const state = options.env['XDG_STATE_HOME'] || join(options.home, '.local', 'state');
  const file = join(state, 'nova-top', 'query-history');
  let entries: string[] = [];
  try {
    entries = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .slice(-maxEntries);
  } catch {
    // No history yet.
  }
  return {
    entries: () => entries,
    add: (query) => {
      const line = query.replaceAll('\n', ' ');
      if (line === '' || entries.at(-1) === line) return;
      entries = [...entries, line].slice(-maxEntries);
      try {
        mkdirSync(dirname(file), {recursive: true});
        writeFileSync(file, `${entries.join('\n')}\n`);
      } catch {
        // Best effort: the prompt works without a file.
      }
    },
  };
}
