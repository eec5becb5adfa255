// Large query answers, read without freezing the terminal or holding them whole: the JSON bytes are
// walked once (never turned into one string: a string of megabytes lives in V8's large-object
// space until a full collection, and twenty answers a second piled up 400 MB of them), each
// element of `data.result` is parsed on its own, and only the `limit` series
// with the highest current value are kept (the rest are counted). The walk yields to the event
// loop every few milliseconds, so keys are answered while a 20 MB answer is read, and memory holds
// the kept series, not the answer's millions of objects. Small answers take JSON.parse and the
// same cut (keepTopSeries), with the same result.
import {parseSampleValue} from './backend.js';
import {topByValue} from './rank.js';

/** The series kept of an answer's `data.result`, and how many were cut. */
export type ScannedBody = {readonly value: unknown; readonly omitted: number};

export type ScanOptions = {
  /** Series kept; the rest are counted in `omitted`. */
  readonly limit: number;
  /** Lets the event loop run (default: setImmediate). */
  readonly pause?: () => Promise<void>;
  /** Work between pauses, ms (default 8). */
  readonly sliceMs?: number;
  /** Checked at each pause: a request given up stops being read (its reason is thrown). */
  readonly signal?: AbortSignal;
};

/**
 * A result element's current value, for ranking: a vector sample's value, or a matrix series'
 * newest value. NaN, missing and malformed values rank lowest.
 */
export function currentValue(element: unknown): number {
  if (typeof element !== 'object' || element === null) return -Infinity;
  const {value, values} = element as {readonly value?: unknown; readonly values?: unknown};
  const sample = Array.isArray(values) ? values[values.length - 1] : value;
  const number = parseSampleValue(Array.isArray(sample) ? sample[1] : undefined);
  return number === undefined || Number.isNaN(number) ? -Infinity : number;
}

/** Keeps the `limit` elements of highest current value, in their order; equal values: earlier. */
export const keepTopSeries = (result: readonly unknown[], limit: number): unknown[] =>
  topByValue(result, limit, currentValue);

/** `body.data.result` cut to `limit` series (a body of another shape is returned as it is). */
export function cutParsedBody(body: unknown, limit: number): ScannedBody {
  const data = (body as {readonly data?: unknown} | null)?.data;
  const result = (data as {readonly result?: unknown} | null)?.result;
  if (!Array.isArray(result) || result.length <= limit) return {value: body, omitted: 0};
  const kept = keepTopSeries(result, limit);
  return {
    value: {...(body as object), data: {...(data as object), result: kept}},
    omitted: result.length - kept.length,
  };
}

const [quote, backslash, comma, colon] = [0x22, 0x5c, 0x2c, 0x3a];
const [openBrace, closeBrace, openBracket, closeBracket] = [0x7b, 0x7d, 0x5b, 0x5d];

/** UTF-8 bytes: the characters JSON's structure is made of are single bytes, never inside others. */
type Bytes = Buffer;

const textOf = (bytes: Bytes, start: number, end: number): string =>
  bytes.toString('utf8', start, end);

/** The index just past the string that starts (with its quote) at `start`. */
function endOfString(text: Bytes, start: number): number {
  let at = start + 1;
  for (;;) {
    const next = text.indexOf(quote, at);
    if (next < 0) throw new SyntaxError('unterminated string');
    let slashes = 0;
    while (text[next - 1 - slashes] === backslash) slashes += 1;
    if (slashes % 2 === 0) return next + 1;
    at = next + 1;
  }
}

/** The index just past the JSON value that starts at `start` (no whitespace before it). */
function endOfValue(text: Bytes, start: number): number {
  const first = text[start];
  if (first === quote) return endOfString(text, start);
  if (first !== openBrace && first !== openBracket) {
    let at = start;
    while (at < text.length) {
      const code = text[at];
      if (code === comma || code === closeBracket || code === closeBrace) break;
      at += 1;
    }
    return at;
  }
  let depth = 0;
  let at = start;
  while (at < text.length) {
    const code = text[at];
    if (code === quote) {
      at = endOfString(text, at);
      continue;
    }
    if (code === openBrace || code === openBracket) depth += 1;
    else if (code === closeBrace || code === closeBracket) {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
    at += 1;
  }
  throw new SyntaxError('unterminated value');
}

const isSpace = (code: number | undefined): boolean =>
  code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

function skipSpace(text: Bytes, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text[at])) at += 1;
  return at;
}

type Frame = {readonly kind: 'object' | 'array'; key: string | undefined; expectKey: boolean};

/**
 * Where `data.result`'s array starts (its `[`) in an answer `{..., "data": {..., "result": [`,
 * or undefined when the text has no such array at that place.
 */
function findResultArray(text: Bytes): number | undefined {
  const stack: Frame[] = [];
  let at = skipSpace(text, 0);
  while (at < text.length) {
    const code = text[at];
    const top = stack[stack.length - 1];
    if (code === quote) {
      const end = endOfString(text, at);
      if (top?.kind === 'object' && top.expectKey) {
        top.key = JSON.parse(textOf(text, at, end)) as string;
        top.expectKey = false;
      }
      at = end;
      continue;
    }
    if (code === openBrace || code === openBracket) {
      const [root, data] = stack;
      if (
        code === openBracket &&
        stack.length === 2 &&
        root?.key === 'data' &&
        data?.kind === 'object' &&
        data.key === 'result'
      ) {
        return at;
      }
      // Values deeper than data's own keys are skipped whole.
      if (stack.length >= 2) {
        at = endOfValue(text, at);
        continue;
      }
      stack.push({kind: code === openBrace ? 'object' : 'array', key: undefined, expectKey: true});
    } else if (code === closeBrace || code === closeBracket) {
      stack.pop();
    } else if (code === comma) {
      if (top?.kind === 'object') top.expectKey = true;
    } else if (code !== colon && !isSpace(code) && stack.length > 0) {
      at = endOfValue(text, at);
      continue;
    }
    at += 1;
  }
  return undefined;
}

const defaultPause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The answer (UTF-8 bytes) parsed, `data.result` cut to the `limit` series of highest current
 * value. Throws SyntaxError where JSON.parse would (the bytes are not JSON).
 */
export async function scanQueryBody(text: Bytes, options: ScanOptions): Promise<ScannedBody> {
  const pause = options.pause ?? defaultPause;
  const sliceMs = options.sliceMs ?? 8;
  const open = findResultArray(text);
  if (open === undefined) {
    return cutParsedBody(JSON.parse(textOf(text, 0, text.length)) as unknown, options.limit);
  }
  // The kept elements, by where their text is: a min-heap on (rank, -index), so the lowest is
  // dropped first, in typed arrays (nothing is allocated per element, so nothing per element
  // outlives a young-generation collection). Elements are parsed to be ranked and dropped at once;
  // only the kept ones are parsed again at the end.
  const limit = Math.max(0, options.limit);
  const ranks = new Float64Array(limit);
  const indexes = new Int32Array(limit);
  const starts = new Int32Array(limit);
  const ends = new Int32Array(limit);
  let size = 0;
  const lower = (a: number, b: number): boolean =>
    ranks[a]! < ranks[b]! || (ranks[a] === ranks[b] && indexes[a]! > indexes[b]!);
  const swap = (a: number, b: number): void => {
    for (const array of [ranks, indexes, starts, ends]) {
      const kept = array[a]!;
      array[a] = array[b]!;
      array[b] = kept;
    }
  };
  const siftUp = (from: number): void => {
    let at = from;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!lower(at, parent)) return;
      swap(at, parent);
      at = parent;
    }
  };
  const siftDown = (): void => {
    let at = 0;
    for (;;) {
      const [left, right] = [2 * at + 1, 2 * at + 2];
      let least = at;
      if (left < size && lower(left, least)) least = left;
      if (right < size && lower(right, least)) least = right;
      if (least === at) return;
      swap(at, least);
      at = least;
    }
  };
  const place = (slot: number, rank: number, index: number, start: number, end: number): void => {
    ranks[slot] = rank;
    indexes[slot] = index;
    starts[slot] = start;
    ends[slot] = end;
  };
  let count = 0;
  let at = skipSpace(text, open + 1);
  let sliceStart = performance.now();
  if (text[at] !== closeBracket) {
    for (;;) {
      const end = endOfValue(text, at);
      const rank = currentValue(JSON.parse(textOf(text, at, end)) as unknown);
      if (size < limit) {
        place(size, rank, count, at, end);
        size += 1;
        siftUp(size - 1);
      } else if (limit > 0 && !(rank <= ranks[0]!)) {
        place(0, rank, count, at, end);
        siftDown();
      }
      count += 1;
      at = skipSpace(text, end);
      const code = text[at];
      if (code === closeBracket) break;
      if (code !== comma) throw new SyntaxError(`unexpected character at ${at}`);
      at = skipSpace(text, at + 1);
      if ((count & 255) === 0 && performance.now() - sliceStart > sliceMs) {
        await pause();
        options.signal?.throwIfAborted();
        sliceStart = performance.now();
      }
    }
  }
  // Everything around the array is parsed as it is, with the array empty, then filled.
  const around = `${textOf(text, 0, open)}[]${textOf(text, at + 1, text.length)}`;
  const envelope = JSON.parse(around) as {
    data: {result: unknown[]};
  };
  const kept = Array.from({length: size}, (_, slot) => slot).sort(
    (a, b) => indexes[a]! - indexes[b]!,
  );
  envelope.data.result = kept.map(
    (slot) => JSON.parse(textOf(text, starts[slot]!, ends[slot]!)) as unknown,
  );
  return {value: envelope, omitted: count - size};
}
