// AlertManager's matcher syntax, read and written: `name="value"`, `!=`, `=~`, `!~`, optionally
// as a `{...}` list; matchers are separated by commas or spaces. In quoted text `\"`, `\\` and `\n`
// are escapes and any other backslash is kept, so a regex like `"\d+"` reads as written.
import {compileRegex, escapeRegex} from './re2.js';
import type {Matcher, MatchOperator} from './types.js';

export type ParseResult<T> =
  {readonly ok: true; readonly value: T} | {readonly ok: false; readonly error: string};

export type ParseOptions = {
  /**
   * A word without an operator, as typed in the `/` filter, means `alertname=~"(?i).*word.*"`:
   * a case-insensitive part of the alert name, so `queue` finds MessageQueueBacklog.
   */
  readonly bareWords?: boolean;
};

/** Names older AlertManagers accept unquoted; any other name must be quoted (0.27 and later). */
const classicName = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const operators: readonly MatchOperator[] = ['=~', '!~', '!=', '='];
const separator = /[\s,]/;
const nameEnd = /[\s,=!~"{}]/;
const valueEnd = /[\s,"{}]/;

type Scanner = {readonly text: string; position: number};
type Token = {readonly text: string; readonly quoted: boolean};

export function parseMatchers(input: string, options: ParseOptions = {}): ParseResult<Matcher[]> {
  const inner = unwrapBraces(input.trim());
  if (!inner.ok) return inner;
  const scanner: Scanner = {text: inner.value, position: 0};
  const matchers: Matcher[] = [];
  while (skip(scanner, separator)) {
    const parsed = parseOne(scanner, options);
    if (!parsed.ok) return parsed;
    matchers.push(parsed.value);
  }
  return {ok: true, value: matchers};
}

function parseOne(scanner: Scanner, options: ParseOptions): ParseResult<Matcher> {
  const name = readToken(scanner, nameEnd);
  if (!name.ok) return name;
  skip(scanner, /\s/);
  const operator = operators.find((candidate) =>
    scanner.text.startsWith(candidate, scanner.position),
  );
  if (operator === undefined) {
    if (options.bareWords === true && !name.value.quoted && name.value.text !== '') {
      return {ok: true, value: bareWord(name.value.text)};
    }
    const after = name.value.text === '' ? 'at the start' : `after ${name.value.text}`;
    return fail(`expected =, !=, =~ or !~ ${after}`);
  }
  if (name.value.text === '') return fail(`missing label name before ${operator}`);
  scanner.position += operator.length;
  skip(scanner, /\s/);
  const value = readToken(scanner, valueEnd);
  if (!value.ok) return value;
  const matcher = {name: name.value.text, operator, value: value.value.text};
  if (operator === '=~' || operator === '!~') {
    const regex = compileRegex(matcher.value);
    if (!regex.ok) return fail(`invalid regex in ${formatMatcher(matcher)}: ${regex.error}`);
  }
  return {ok: true, value: matcher};
}

function bareWord(word: string): Matcher {
  return {name: 'alertname', operator: '=~', value: `(?i).*${escapeRegex(word)}.*`};
}

function unwrapBraces(text: string): ParseResult<string> {
  const opens = text.startsWith('{');
  const closes = text.endsWith('}');
  if (opens && closes) return {ok: true, value: text.slice(1, -1)};
  if (opens) return fail('missing closing }');
  if (closes) return fail('unexpected }');
  return {ok: true, value: text};
}

/** Skips characters matching `pattern`; false when the text is used up. */
function skip(scanner: Scanner, pattern: RegExp): boolean {
  while (
    scanner.position < scanner.text.length &&
    pattern.test(scanner.text[scanner.position] ?? '')
  ) {
    scanner.position += 1;
  }
  return scanner.position < scanner.text.length;
}

function readToken(scanner: Scanner, end: RegExp): ParseResult<Token> {
  const {text} = scanner;
  if (text[scanner.position] !== '"') {
    const start = scanner.position;
    while (scanner.position < text.length && !end.test(text[scanner.position] ?? '')) {
      scanner.position += 1;
    }
    const next = text[scanner.position];
    if (next === '{' || next === '}') return fail(`unexpected ${next}`);
    return {ok: true, value: {text: text.slice(start, scanner.position), quoted: false}};
  }
  let result = '';
  for (let index = scanner.position + 1; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char === '"') {
      scanner.position = index + 1;
      return {ok: true, value: {text: result, quoted: true}};
    }
    if (char === '\\' && index + 1 < text.length) {
      index += 1;
      result += unescape(text[index] ?? '');
    } else {
      result += char;
    }
  }
  return fail(`missing closing quote in ${text.slice(scanner.position)}`);
}

function unescape(char: string): string {
  if (char === 'n') return '\n';
  if (char === '"' || char === '\\') return char;
  return `\\${char}`;
}

const fail = (error: string): {readonly ok: false; readonly error: string} => ({ok: false, error});

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** `name="value"`; the name is quoted only when it is not a classic name, since AlertManagers
 * before 0.27 reject quoted names. */
export function formatMatcher(matcher: Matcher): string {
  const name = classicName.test(matcher.name) ? matcher.name : quote(matcher.name);
  return `${name}${matcher.operator}${quote(matcher.value)}`;
}

/** `{a="1", b=~"2"}`, the form AlertManager prints and parses. */
export function formatMatchers(matchers: readonly Matcher[]): string {
  return `{${matchers.map(formatMatcher).join(', ')}}`;
}
