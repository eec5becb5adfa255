// A loaded snapshot keeps its compressed bytes and reads an answer's line again from its gzip
// member: every answer must come back exactly as written, whichever member it is in, in
// whatever order they are asked, and whatever way the file was cut into members.
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {parseSnapshot} from '../../source/record-replay/decode.js';
import {maxReadAgainBytes} from '../../source/record-replay/member-lines.js';

const header = {
  format: 'nova-top-snapshot',
  version: 2,
  createdAt: '2026-12-02T00:00:00.000Z',
  novaTop: '0.1.0',
  sources: [{name: 'prometheus', url: 'http://127.0.0.1:9090'}],
  options: {},
};

const entry = (time: number, padding = 0) => ({
  t: 1_796_000_000_000 + time,
  durationMs: 2,
  source: 'prometheus',
  request: {method: 'GET', path: '/api/v1/query', query: {query: 'up', time}},
  response: {
    status: 200,
    data: {
      status: 'success',
      data: {result: [{value: [time, String(time * 3)]}]},
      pad: 'x'.repeat(padding),
    },
    bytes: 40,
  },
});

const text = (values: readonly unknown[]): string =>
  values.map((value) => `${JSON.stringify(value)}\n`).join('');

/** One gzip member per group of lines, as the recorder flushes them. */
const members = (...groups: readonly (readonly unknown[])[]): Buffer =>
  Buffer.concat(groups.map((group) => gzipSync(text(group))));

const times = (loaded: ReturnType<typeof parseSnapshot>) =>
  loaded.snapshot.entries.map((recorded) => recorded.request.query?.['time']);

const dataOf = (loaded: ReturnType<typeof parseSnapshot>, index: number): unknown => {
  const recorded = loaded.snapshot.entries[index];
  return recorded !== undefined && 'response' in recorded ? recorded.response.data : undefined;
};

describe('answers read again from their gzip member', () => {
  it('gives every answer back as written, across many members, asked in any order', () => {
    const entries = Array.from({length: 40}, (_, index) => entry(index + 1));
    const groups = [
      [header],
      ...Array.from({length: 8}, (_, g) => entries.slice(g * 5, g * 5 + 5)),
    ];
    const loaded = parseSnapshot(members(...groups), 'members');
    expect(loaded.truncated).toBe(false);
    expect(times(loaded)).toEqual(entries.map((_, index) => index + 1));
    // Forwards, backwards and back again: more members than are kept at a time.
    const order = [...entries.keys(), ...[...entries.keys()].reverse(), 0, 39, 17];
    for (const index of order) expect(dataOf(loaded, index)).toEqual(entries[index]?.response.data);
  });

  it('reads a line that runs on from one member into the next', () => {
    const whole = text([header, entry(1), entry(2), entry(3)]);
    const cut = whole.indexOf('"bytes"', whole.indexOf('"time":2'));
    const bytes = Buffer.concat([gzipSync(whole.slice(0, cut)), gzipSync(whole.slice(cut))]);
    const loaded = parseSnapshot(bytes, 'run-on');
    expect(times(loaded)).toEqual([1, 2, 3]);
    expect([0, 1, 2].map((index) => dataOf(loaded, index))).toEqual(
      [1, 2, 3].map((time) => entry(time).response.data),
    );
  });

  it('keeps the lines of a member too large to inflate again for each answer', () => {
    const large = entry(1, maxReadAgainBytes);
    const loaded = parseSnapshot(members([header, large, entry(2)], [entry(3)]), 'large');
    expect([0, 1, 2].map((index) => dataOf(loaded, index))).toEqual([
      large.response.data,
      entry(2).response.data,
      entry(3).response.data,
    ]);
  });

  it('reads what follows the last member and is not gzip as the end, as gunzip does', () => {
    const bytes = Buffer.concat([members([header, entry(1)]), Buffer.from('\0\0\0\0')]);
    const loaded = parseSnapshot(bytes, 'padded');
    expect(loaded.truncated).toBe(false);
    expect(dataOf(loaded, 0)).toEqual(entry(1).response.data);
  });
});
