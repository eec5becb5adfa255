// Files named on the command line are checked on the open file before they are read.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readSmallFile} from '../../source/config/read-file.js';

const dir = mkdtempSync(join(tmpdir(), 'nova-top-read-'));

describe('readSmallFile', () => {
  it('reads a regular file', () => {
    writeFileSync(join(dir, 'token'), 't0ken\n');
    expect(readSmallFile(join(dir, 'token'))).toBe('t0ken\n');
  });

  it.each([
    ['/dev/zero', 'not a regular file'],
    [dir, 'not a regular file'],
    [join(dir, 'missing'), 'ENOENT'],
  ])('refuses %s (%s)', (path, code) => {
    expect(() => readSmallFile(path)).toThrow(expect.objectContaining({code}));
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => readSmallFile(fifo)).toThrow(
      expect.objectContaining({code: 'not a regular file'}),
    );
  });

  it('refuses a file over the limit before reading it', () => {
    writeFileSync(join(dir, 'big'), 'x'.repeat(2048));
    expect(() => readSmallFile(join(dir, 'big'), 1024)).toThrow(
      expect.objectContaining({code: '2048 bytes, over the limit of 1024'}),
    );
  });
});
