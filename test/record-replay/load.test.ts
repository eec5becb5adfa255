// A file that is not a readable snapshot gives one line saying why; a recording cut short by a
// crash keeps every complete entry before the cut.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';
import {parseSnapshot} from '../../source/record-replay/decode.js';
import {SnapshotError} from '../../source/record-replay/format.js';
import {loadSnapshot} from '../../source/record-replay/snapshot-file.js';
import {answering, recordToMemory, startMs} from './recording.js';

const folder = mkdtempSync(path.join(tmpdir(), 'nova-top-snapshot-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const header = {
  format: 'nova-top-snapshot',
  version: 1,
  createdAt: '2025-11-27T05:00:00.000Z',
  novaTop: '0.1.0',
  sources: [{name: 'prometheus', url: 'http://127.0.0.1:9090'}],
  options: {},
};
const entry = {
  t: startMs,
  durationMs: 3,
  source: 'prometheus',
  request: {method: 'GET', path: '/api/v1/query', query: {query: 'up', time: 1}},
  response: {status: 200, data: {status: 'success'}, bytes: 20},
};
const lines = (...values: readonly unknown[]): Buffer =>
  gzipSync(values.map((value) => `${JSON.stringify(value)}\n`).join(''));

function messageOf(bytes: Uint8Array): string {
  try {
    parseSnapshot(bytes, 'incident.jsonl.gz');
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError);
    return (error as Error).message;
  }
  throw new Error('the snapshot loaded');
}

/** Three gzip members: the header, two entries, one entry. */
async function recordedThreeMembers(): Promise<{bytes: Buffer; sizes: number[]}> {
  const {recorder, chunks, bytes} = recordToMemory();
  const request = recorder.wrap(
    'prometheus',
    answering(() => ({status: 200, body: {}})),
  );
  const ask = (time: number) =>
    request({method: 'GET', path: '/api/v1/query', query: {query: 'up', time}});
  await ask(1);
  await ask(2);
  recorder.flush();
  await ask(3);
  recorder.close();
  return {bytes: bytes(), sizes: chunks.map((chunk) => chunk.length)};
}

describe('loading a snapshot', () => {
  it.each([
    [
      'a text file',
      Buffer.from('{"format":"nova-top-snapshot"}\n'),
      'not a nova-top snapshot (not gzip-compressed)',
    ],
    ['an empty file', Buffer.alloc(0), 'not a nova-top snapshot (not gzip-compressed)'],
    ['another gzip file', lines({hello: 'world'}), 'not a nova-top snapshot (no snapshot header)'],
    ['gzip of plain text', gzipSync('hello\n'), 'corrupt: line 1 is not JSON'],
    [
      'a newer version',
      lines({...header, version: 3}),
      'it was written by a newer nova-top (snapshot version 3; this one reads up to 2)',
    ],
    ['version 0', lines({...header, version: 0}), 'unknown snapshot version 0'],
    [
      'a version that is not a number',
      lines({...header, version: '1'}),
      'unknown snapshot version "1"',
    ],
    [
      'a header without sources',
      lines({...header, sources: undefined}),
      'line 1 is not valid: sources is not a list',
    ],
    [
      'a scrape interval that is not a number of seconds',
      lines({...header, options: {scrapeIntervalSeconds: '15s'}}),
      'line 1 is not valid: option scrapeIntervalSeconds is "15s", not 1 to 600 seconds',
    ],
    [
      'a scrape interval out of range',
      lines({...header, options: {scrapeIntervalSeconds: 0}}),
      'line 1 is not valid: option scrapeIntervalSeconds is 0, not 1 to 600 seconds',
    ],
    [
      'an entry without a time',
      lines(header, entry, {...entry, t: 'soon'}),
      'line 3 is not valid: t is not a number',
    ],
    [
      'an entry of an unknown source',
      lines(header, {...entry, source: 'loki'}),
      'line 2 is not valid: source is "loki"',
    ],
    ['an entry that is a list', lines(header, [entry]), 'corrupt: line 2 is not a JSON object'],
  ])('%s', (_name, bytes, reason) => {
    expect(messageOf(bytes)).toBe(`incident.jsonl.gz: ${reason}`);
  });

  it('a damaged file (checksum mismatch) is corrupt', async () => {
    const {bytes} = await recordedThreeMembers();
    const damaged = Buffer.from(bytes);
    const at = damaged.length - 6;
    damaged.writeUInt8(damaged.readUInt8(at) ^ 0xff, at);
    expect(messageOf(damaged)).toBe('incident.jsonl.gz: corrupt: the compressed data is damaged');
  });

  it('a file cut inside its header is truncated', async () => {
    const {bytes, sizes} = await recordedThreeMembers();
    const cut = bytes.subarray(0, Math.floor((sizes[0] ?? 0) / 2));
    expect(messageOf(cut)).toBe('incident.jsonl.gz: truncated: the file ends before its header');
  });

  it('a file cut inside its last member keeps the entries of the complete members', async () => {
    const {bytes, sizes} = await recordedThreeMembers();
    const complete = parseSnapshot(bytes, 'whole');
    expect(complete.truncated).toBe(false);
    expect(complete.snapshot.entries.map((e) => e.request.query?.['time'])).toEqual([1, 2, 3]);
    const [headerSize = 0, pairSize = 0] = sizes;
    const cut = parseSnapshot(bytes.subarray(0, headerSize + pairSize + 12), 'cut');
    expect(cut.truncated).toBe(true);
    expect(cut.snapshot.entries.map((e) => e.request.query?.['time'])).toEqual([1, 2]);
  });

  it('refuses what is not a regular file, at once', async () => {
    const fifo = path.join(folder, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const file of ['/dev/zero', fifo]) {
      await expect(loadSnapshot(file)).rejects.toThrow(
        new SnapshotError(`${file}: not a regular file; expected a snapshot written by --record`),
      );
    }
  });

  it('refuses a file over 64 MiB before reading it', async () => {
    const file = path.join(folder, 'huge.jsonl.gz');
    writeFileSync(file, '');
    truncateSync(file, 65 * 1024 * 1024);
    await expect(loadSnapshot(file)).rejects.toThrow(
      new SnapshotError(`${file}: 65 MiB is over the limit of 64 MiB for a recording`),
    );
  });

  it('stops a decompression bomb at 256 MiB unpacked', async () => {
    const file = path.join(folder, 'bomb.jsonl.gz');
    // 20 gzip members of 16 MiB of zeros each: 320 MiB unpacked from about 300 KB.
    const member = gzipSync(Buffer.alloc(16 * 1024 * 1024));
    writeFileSync(file, Buffer.concat(Array.from({length: 20}, () => member)));
    await expect(loadSnapshot(file)).rejects.toThrow(
      new SnapshotError(`${file}: unpacks to more than the limit of 256 MiB for a recording`),
    );
  });

  it('reads a file from disk, and says when there is none', async () => {
    const file = path.join(folder, 'ok.jsonl.gz');
    writeFileSync(file, lines(header, entry));
    const loaded = await loadSnapshot(file);
    expect(loaded.snapshot.entries).toEqual([entry]);
    const missing = path.join(folder, 'missing.jsonl.gz');
    await expect(loadSnapshot(missing)).rejects.toThrow(
      new SnapshotError(`cannot read ${missing}: no such file or folder`),
    );
    await expect(loadSnapshot(folder)).rejects.toThrow(
      new SnapshotError(`cannot read ${folder}: it is a folder`),
    );
  });

  it('reads the recorded scrape interval; older files have none', () => {
    const options = {rangeSeconds: 300, scrapeIntervalSeconds: 1};
    expect(parseSnapshot(lines({...header, options}), 'new').snapshot.header.options).toEqual(
      options,
    );
    expect(parseSnapshot(lines(header), 'old').snapshot.header.options).toEqual({});
  });

  it('orders entries by the time they were asked, not answered', () => {
    const late = {...entry, t: startMs + 500};
    const early = {...entry, t: startMs + 100};
    const loaded = parseSnapshot(lines(header, late, early), 'order');
    expect(loaded.snapshot.entries.map((e) => e.t)).toEqual([startMs + 100, startMs + 500]);
  });
});
