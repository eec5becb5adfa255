// Where a JSON text first breaks the grammar, and what is wrong there, for a one-line message
// `FILE:LINE:COL: what`. JSON.parse says where only for some mistakes, so a small scanner finds it.
import type {FilePosition} from '../dashboard-file.js';

export type JsonSyntaxError = {readonly offset: number; readonly problem: string};

class Broken extends Error {
  readonly offset: number;
  readonly problem: string;
  constructor(offset: number, problem: string) {
    super(problem);
    this.offset = offset;
    this.problem = problem;
  }
}

const maxDepth = 5000;
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const literalPattern = /true|false|null/y;

/** The scanner: one pass, positions in UTF-16 code units as JSON.parse counts them. */
class Scanner {
  at = 0;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  fail(problem: string): never {
    throw new Broken(this.at, problem);
  }

  space(): void {
    while (/[ \t\n\r]/.test(this.text.charAt(this.at))) this.at++;
  }

  shown(): string {
    const char = this.text.codePointAt(this.at);
    if (char === undefined) return 'end of file';
    return char < 0x20 || char === 0x7f
      ? `character U+${char.toString(16).padStart(4, '0')}`
      : JSON.stringify(String.fromCodePoint(char));
  }

  value(depth: number): void {
    this.space();
    const char = this.text.charAt(this.at);
    if (depth > maxDepth) this.fail(`nested deeper than ${maxDepth} levels`);
    if (char === '{') return this.object(depth);
    if (char === '[') return this.array(depth);
    if (char === '"') return this.string();
    for (const pattern of [numberPattern, literalPattern]) {
      pattern.lastIndex = this.at;
      if (pattern.test(this.text)) {
        this.at = pattern.lastIndex;
        return;
      }
    }
    this.fail(`unexpected ${this.shown()}, expected a value`);
  }

  string(): void {
    this.at++;
    for (;;) {
      const char = this.text.charAt(this.at);
      if (char === '') this.fail('the file ends inside a string');
      if (char === '"') break;
      if (char < ' ') this.fail(`${this.shown()} inside a string (write it as an escape)`);
      if (char === '\\') {
        const escape = this.text.slice(this.at + 1, this.at + 6);
        if (/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(escape))
          this.at += escape.startsWith('u') ? 6 : 2;
        else this.fail('an invalid escape in a string');
      } else this.at++;
    }
    this.at++;
  }

  list(close: string, item: () => void, what: string): void {
    this.at++;
    this.space();
    if (this.text.charAt(this.at) === close) {
      this.at++;
      return;
    }
    for (;;) {
      item();
      this.space();
      const char = this.text.charAt(this.at);
      if (char === close) break;
      if (char !== ',')
        this.fail(`unexpected ${this.shown()}, expected ',' or '${close}' after ${what}`);
      this.at++;
      this.space();
      if (this.text.charAt(this.at) === close) this.fail(`a trailing comma before '${close}'`);
    }
    this.at++;
  }

  object(depth: number): void {
    this.list(
      '}',
      () => {
        this.space();
        if (this.text.charAt(this.at) !== '"')
          this.fail(`unexpected ${this.shown()}, expected a property name in double quotes`);
        this.string();
        this.space();
        if (this.text.charAt(this.at) !== ':')
          this.fail(`unexpected ${this.shown()}, expected ':' after a property name`);
        this.at++;
        this.value(depth + 1);
      },
      'a property',
    );
  }

  array(depth: number): void {
    this.list(']', () => this.value(depth + 1), 'an item');
  }
}

/** The first mistake of a JSON text, or undefined when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.value(0);
    scanner.space();
    if (scanner.at < text.length)
      scanner.fail(`unexpected ${scanner.shown()} after the JSON value`);
    return undefined;
  } catch (caught) {
    if (caught instanceof Broken) return {offset: caught.offset, problem: caught.problem};
    throw caught;
  }
}

/** The 1-based line and column (in characters) of an offset. */
export function positionOf(text: string, offset: number): FilePosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return {line, column: [...before.slice(lineStart)].length + 1};
}
