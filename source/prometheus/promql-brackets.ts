// Brackets and strings of a PromQL text, read left to right the way the lexer reads them
// (strings and `#` comments skipped): the checker names the bracket that is never closed or
// closes nothing, and the string that is never ended, which the grammar only reports where it
// gives up, often far to the right.

export type Opening = {readonly char: string; readonly at: number};

export type BracketScan = {
  /** Brackets still open at the end, outermost first. */
  readonly open: readonly Opening[];
  /** The first closing bracket that closes nothing or the wrong kind (`(x]`). */
  readonly stray: (Opening & {readonly expected: string | undefined}) | undefined;
  /** Where a string starts that is never ended (a string ends at its quote; `"` and `'` also at a line end). */
  readonly unendedString: Opening | undefined;
};

const closerOf: Readonly<Record<string, string>> = {'(': ')', '{': '}', '[': ']'};
const openers = new Set(Object.keys(closerOf));
const closers = new Set(Object.values(closerOf));

/** The index just past the string that starts at `start`, or -1 when it never ends. */
function stringEnd(text: string, start: number): number {
  const quote = text[start]!;
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (quote !== '`' && char === '\\') index++;
    else if (char === quote) return index + 1;
    else if (quote !== '`' && char === '\n') return -1;
  }
  return -1;
}

export function scanBrackets(text: string): BracketScan {
  const open: Opening[] = [];
  let stray: BracketScan['stray'];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"' || char === "'" || char === '`') {
      const end = stringEnd(text, index);
      if (end < 0) return {open, stray, unendedString: {char, at: index}};
      index = end - 1;
    } else if (char === '#') {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
    } else if (openers.has(char)) {
      open.push({char, at: index});
    } else if (closers.has(char)) {
      const innermost = open.at(-1);
      if (innermost !== undefined && closerOf[innermost.char] === char) open.pop();
      else stray ??= {char, at: index, expected: innermost && closerOf[innermost.char]};
    }
  }
  return {open, stray, unendedString: undefined};
}
