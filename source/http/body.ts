// Response bodies: decompressed here rather than by axios, so that the byte count is what came
// over the wire, and parsed as JSON in one guarded place.
import {promisify} from 'node:util';
import zlib from 'node:zlib';

/** Decompressed bodies larger than this are refused (a compressed bomb must not exhaust memory). */
export const maxDecodedBytes = 256 * 1024 * 1024;

type Decoder = (input: Buffer, options: zlib.ZlibOptions) => Promise<Buffer>;

const decoders: ReadonlyMap<string, Decoder> = new Map([
  ['gzip', promisify(zlib.gunzip)],
  ['x-gzip', promisify(zlib.gunzip)],
  ['deflate', promisify(zlib.inflate)],
  ['br', promisify(zlib.brotliDecompress) as Decoder],
]);

/** Undefined when the encoding is unknown or the body does not decode. */
export async function decodeBody(
  raw: Buffer,
  contentEncoding: string | undefined,
): Promise<Buffer | undefined> {
  const encoding = (contentEncoding ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '' || raw.length === 0) return raw;
  const decode = decoders.get(encoding);
  if (decode === undefined) return undefined;
  try {
    return await decode(raw, {maxOutputLength: maxDecodedBytes});
  } catch {
    return undefined;
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
