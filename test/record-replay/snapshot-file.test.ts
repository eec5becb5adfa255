// Writing a recording's file: what the recorder is told when the file stops being a place to
// write to (the member writer turns the error into the footer's "recording stopped" line).
import {existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {createSnapshotFile} from '../../source/record-replay/snapshot-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'nova-top-snapshot-file-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('createSnapshotFile', () => {
  it('says the file was deleted when its folder vanishes while recording', () => {
    const folder = path.join(dir, 'vanishing');
    const file = path.join(folder, 'run.jsonl.gz');
    mkdirSync(folder);
    const snapshot = createSnapshotFile(file);
    snapshot.write(new Uint8Array([1, 2, 3]));
    rmSync(folder, {recursive: true});
    expect(existsSync(file)).toBe(false);
    expect(() => snapshot.write(new Uint8Array([4]))).toThrow(`${file}: it was deleted`);
    snapshot.close();
  });

  it.skipIf(!existsSync('/dev/full'))('names a full disk in words', () => {
    const snapshot = createSnapshotFile('/dev/full');
    expect(() => snapshot.write(new Uint8Array([1]))).toThrow('/dev/full: the disk is full');
    snapshot.close();
  });
});
