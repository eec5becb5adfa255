// A snapshot file is a run of gzip members (member-writer.ts: one per flush, about 100 KB of
// lines each in the demo). They are read here one at a time, so that the whole text (9 MB for
// the demo) never exists at once, and each member's place in the file is kept: a replay reads an
// answer's line again by inflating its member, instead of keeping every line (member-lines.ts keeps
// the few it read last). Checks as gunzip does: each member's CRC and length, and a limit on what
// the file unpacks to. A file cut short keeps the lines it has; what follows the last member and
// is not one is ignored, as gunzip ignores it.
import * as zlib from 'node:zlib';

/** Where one member's compressed data lies in the file. */
export type MemberPlace = {readonly start: number; readonly end: number};

/** Why reading stopped early, in words of the load error; `limit` is over the unpacked limit. */
export type MemberProblem = 'corrupt' | 'limit';

export class MemberError extends Error {
  readonly problem: MemberProblem;
  constructor(problem: MemberProblem) {
    super(problem);
    this.name = 'MemberError';
    this.problem = problem;
  }
}

const flags = {extra: 4, name: 8, comment: 16, headerCrc: 2} as const;

/** The offset where a member's compressed data starts; undefined when the file ends first. */
function dataStart(bytes: Uint8Array, at: number): number | undefined {
  if (at + 10 > bytes.length) return undefined;
  if (bytes[at + 2] !== 8) throw new MemberError('corrupt');
  const flag = bytes[at + 3] ?? 0;
  let next = at + 10;
  if ((flag & flags.extra) !== 0) {
    if (next + 2 > bytes.length) return undefined;
    next += 2 + (bytes[next] ?? 0) + ((bytes[next + 1] ?? 0) << 8);
  }
  for (const field of [flags.name, flags.comment]) {
    if ((flag & field) === 0) continue;
    const end = bytes.indexOf(0, next);
    if (end === -1) return undefined;
    next = end + 1;
  }
  if ((flag & flags.headerCrc) !== 0) next += 2;
  return next <= bytes.length ? next : undefined;
}

const isMemberStart = (bytes: Uint8Array, at: number): boolean =>
  bytes[at] === 0x1f && bytes[at + 1] === 0x8b;

/** gunzip's own check where zlib.crc32 is missing (Node 20 before 20.15). */
function checksumMatches(bytes: Uint8Array, start: number, text: Buffer, trailer: number): boolean {
  const stored = Buffer.from(bytes.buffer, bytes.byteOffset + trailer, 8);
  if (stored.readUInt32LE(4) !== text.length % 2 ** 32) return false;
  if (typeof zlib.crc32 === 'function') return zlib.crc32(text) === stored.readUInt32LE(0);
  try {
    zlib.gunzipSync(bytes.subarray(start, trailer + 8));
    return true;
  } catch {
    return false;
  }
}

function inflate(data: Uint8Array, maxOutputLength: number): {text: Buffer; used: number} {
  const {buffer, engine} = zlib.inflateRawSync(data, {info: true, maxOutputLength}) as unknown as {
    buffer: Buffer;
    engine: {bytesWritten: number};
  };
  return {text: buffer, used: engine.bytesWritten};
}

/** A member cut short: what it unpacks to so far. */
function inflateCut(data: Uint8Array, maxOutputLength: number): Buffer {
  try {
    return zlib.inflateRawSync(data, {finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength});
  } catch {
    return Buffer.alloc(0);
  }
}

const isTooLarge = (error: unknown): boolean =>
  error instanceof RangeError || (error as {code?: unknown}).code === 'ERR_BUFFER_TOO_LARGE';

/**
 * Calls `each` with every member's text in order, and its place when the member is whole; returns
 * whether the file was cut short. Throws MemberError. The first two bytes must be gzip's.
 */
export function forEachMember(
  bytes: Uint8Array,
  limitBytes: number,
  each: (text: string, place: MemberPlace | undefined) => void,
): {truncated: boolean} {
  let unpacked = 0;
  for (let at = 0; at < bytes.length && isMemberStart(bytes, at);) {
    const start = dataStart(bytes, at);
    if (start === undefined) return {truncated: true};
    const room = limitBytes - unpacked + 1;
    let member: {text: Buffer; used: number};
    try {
      member = inflate(bytes.subarray(start), room);
    } catch (error) {
      if (isTooLarge(error)) throw new MemberError('limit');
      if ((error as {code?: unknown}).code !== 'Z_BUF_ERROR') throw new MemberError('corrupt');
      each(inflateCut(bytes.subarray(start), room).toString('utf8'), undefined);
      return {truncated: true};
    }
    unpacked += member.text.length;
    if (unpacked > limitBytes) throw new MemberError('limit');
    const end = start + member.used;
    if (end + 8 > bytes.length) {
      each(member.text.toString('utf8'), undefined);
      return {truncated: true};
    }
    if (!checksumMatches(bytes, at, member.text, end)) throw new MemberError('corrupt');
    each(member.text.toString('utf8'), {start, end});
    at = end + 8;
  }
  return {truncated: false};
}

/** A whole member's text again, from its place. */
export const inflateMember = (bytes: Uint8Array, place: MemberPlace): string =>
  zlib.inflateRawSync(bytes.subarray(place.start, place.end)).toString('utf8');
