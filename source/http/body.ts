// Response bodies: decompressed here rather than by axios, so that the byte count is what came
// over the wire, and parsed as JSON in one guarded place.
import {promisify} from 'node:util';
import zlib from 'node:zlib';

/**
 * Bodies larger than this, on the wire or after decompression, are refused: decompression stops at
 * the limit, so a gzip bomb costs 16 MiB, not its expansion. A 160-column dashboard's answers are
 * kilobytes; a query_range of 1,000 series x 300 points (a zoomed panel at 300 columns) is about
 * 9 MB. Four answers are received at once: at 32 MiB, four answers of 150,000 series took nova-top
 * past 600 MB (bench/faults.ts).
 */
export const maxBodyBytes = 16 * 1024 * 1024;

export const tooLargeMessage = (target: string): string =>
  `${target} sent an answer over ${maxBodyBytes / 1024 / 1024} MiB: narrow the query (label matchers, topk, sum by)`;

/** What decodeBody gives when the body cannot be used. */
export type Undecodable = {readonly problem: 'too-large' | 'damaged' | 'unknown-encoding'};

type Decoder = (input: Buffer, options: zlib.ZlibOptions) => Promise<Buffer>;

const decoders: ReadonlyMap<string, Decoder> = new Map([
  ['gzip', promisify(zlib.gunzip)],
  ['x-gzip', promisify(zlib.gunzip)],
  ['deflate', promisify(zlib.inflate)],
  ['br', promisify(zlib.brotliDecompress) as Decoder],
]);

export async function decodeBody(
  raw: Buffer,
  contentEncoding: string | undefined,
): Promise<Buffer | Undecodable> {
  const encoding = (contentEncoding ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '' || raw.length === 0) return raw;
  const decode = decoders.get(encoding);
  if (decode === undefined) return {problem: 'unknown-encoding'};
  try {
    return await decode(raw, {maxOutputLength: maxBodyBytes});
  } catch (error) {
    const code = (error as {readonly code?: unknown}).code;
    return {problem: code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'damaged'};
  }
}

export type ParsedBody =
  | {readonly kind: 'empty'}
  | {readonly kind: 'json'; readonly value: unknown; readonly text: string}
  | {readonly kind: 'text'; readonly text: string};

export function parseBody(body: Buffer): ParsedBody {
  const text = body.toString('utf8');
  if (text.trim() === '') return {kind: 'empty'};
  try {
    return {kind: 'json', value: JSON.parse(text) as unknown, text};
  } catch {
    return {kind: 'text', text};
  }
}

/**
 * Large bodies are decoded and read one at a time: four requests in flight each holding 16 MiB
 * decompressed (and its text) is what let a gzip bomb per request reach half a gigabyte. Small
 * answers, nearly all of them, skip the queue.
 */
export function createLane(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Whether a body may take megabytes once decoded (gzip expands up to about 1,000 times). */
export const isHeavyBody = (raw: Buffer, contentEncoding: string | undefined): boolean => {
  const encoding = (contentEncoding ?? 'identity').trim().toLowerCase();
  const identity = encoding === 'identity' || encoding === '';
  return identity ? raw.length > 1024 * 1024 : raw.length > 1024;
};
