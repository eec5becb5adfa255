// Regexes as AlertManager and Prometheus evaluate them: Go's RE2 syntax (`[[:alpha:]]`, `\pL`,
// `\x{49}`, `\Q…\E`, `(?U)`), anchored as `^(?:re)$`, matched in time linear in the label's
// length. JavaScript's own RegExp reads some of that syntax differently and backtracks, so a
// silence such as `(.*.*)*X` would freeze the process; re2js (a port of RE2/J) does neither.
import {RE2JS, RE2JSException, RE2JSSyntaxException} from 're2js';

export type LabelRegex =
  | {readonly ok: true; readonly test: (value: string) => boolean}
  | {readonly ok: false; readonly error: string};

/** Patterns come from silences and the filter; a few hundred covers any screen, and a hostile
 * AlertManager listing thousands of distinct regexes cannot grow memory without bound. */
const cacheSize = 256;
const cache = new Map<string, LabelRegex>();

/**
 * re2js builds each pattern's DFA lazily, up to 8 MB; a pattern whose DFA grew past this during a
 * match starts afresh next time, so the cache holds at most cacheSize × this (64 MB), not 2 GB.
 */
const retainedDfaBytes = 256 * 1024;

type Dfa = ReturnType<RE2JS['re2']>['lazyDFA'] | null;

/** Compiles (once, then from the cache) a regex as AlertManager matches a label value with it. */
export function compileRegex(source: string): LabelRegex {
  const cached = cache.get(source);
  if (cached !== undefined) {
    // Most recently used last, so the oldest is evicted first.
    cache.delete(source);
    cache.set(source, cached);
    return cached;
  }
  const compiled = compile(source);
  cache.set(source, compiled);
  if (cache.size > cacheSize) {
    const [oldest] = cache.keys();
    if (oldest !== undefined) cache.delete(oldest);
  }
  return compiled;
}

function compile(source: string): LabelRegex {
  try {
    // AlertManager refuses a silence whose pattern does not compile on its own (so `a)|(b`,
    // which does once anchored, is refused too), then matches with "^(?:" + re + ")$".
    RE2JS.compile(source);
    const regex = RE2JS.compile(`^(?:${source})$`);
    return {ok: true, test: (value) => test(regex, value)};
  } catch (error) {
    return {ok: false, error: describe(source, error)};
  }
}

function test(regex: RE2JS, value: string): boolean {
  const matched = regex.test(value);
  const dfa: Dfa = regex.re2().lazyDFA;
  if (dfa !== null && dfa.maxMem - dfa.memBudget > retainedDfaBytes) dfa.clearCache();
  return matched;
}

/** Why `source` does not compile: `missing closing )`, or `invalid repeat count at position 2:
 * {1001}` when RE2 names a part of it. */
function describe(source: string, error: unknown): string {
  if (error instanceof RE2JSSyntaxException) {
    const part = error.getPattern() ?? '';
    const at = source.indexOf(part);
    if (part === '' || part === source || at < 0) return error.getDescription();
    return `${error.getDescription()} at position ${at + 1}: ${part}`;
  }
  if (error instanceof RE2JSException) return error.message;
  return String(error);
}

/** A regex matching `text` literally, in a form RE2 and people both read. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
