// The only file I/O of snapshots: reading a file for replay and appending a recording's members.
import {closeSync, openSync, writeSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {parseSnapshot, type LoadedSnapshot} from './decode.js';
import {SnapshotError} from './format.js';

export async function loadSnapshot(path: string): Promise<LoadedSnapshot> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new SnapshotError(`cannot read ${path}: ${reason(error)}`);
  }
  return parseSnapshot(bytes, path);
}

export type SnapshotFile = {
  /** Appends bytes (the recorder's `write`); throws when the disk refuses. */
  write(chunk: Uint8Array): void;
  close(): void;
};

/** Creates or empties the file; readable by its owner only, as it may show internal data. */
export function createSnapshotFile(path: string): SnapshotFile {
  let fd: number;
  try {
    fd = openSync(path, 'w', 0o600);
  } catch (error) {
    throw new SnapshotError(`cannot write ${path}: ${reason(error)}`);
  }
  return {
    write: (chunk) => {
      for (let offset = 0; offset < chunk.length;) {
        offset += writeSync(fd, chunk, offset);
      }
    },
    close: () => closeSync(fd),
  };
}

const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
};

function reason(error: unknown): string {
  const code = (error as {code?: unknown}).code;
  return (
    (typeof code === 'string' && reasons[code]) || (typeof code === 'string' ? code : 'failed')
  );
}
