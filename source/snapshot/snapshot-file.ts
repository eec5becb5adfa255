// The only file I/O of snapshots: reading a file for replay and appending a recording's members.
import {closeSync, fchmodSync, fstatSync, openSync, writeSync} from 'node:fs';
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

const privateMode = 0o600;

/**
 * Creates or empties the file, readable by its owner only, as it may show internal data: an
 * existing file readable or writable by others is made private first, or refused.
 */
export function createSnapshotFile(path: string): SnapshotFile {
  let fd: number;
  try {
    fd = openSync(path, 'w', privateMode);
  } catch (error) {
    throw new SnapshotError(`cannot write ${path}: ${reason(error)}`);
  }
  try {
    makePrivate(fd);
  } catch (error) {
    closeSync(fd);
    throw new SnapshotError(
      `cannot write ${path}: others can read it and it cannot be made private (${reason(error)})`,
    );
  }
  return {
    write: (chunk) => {
      try {
        for (let offset = 0; offset < chunk.length;) {
          offset += writeSync(fd, chunk, offset);
        }
      } catch (error) {
        throw new Error(`${path}: ${reason(error)}`, {cause: error});
      }
      // Writes to a file deleted (or whose folder was) still succeed, into nothing anyone can read.
      if (fstatSync(fd).nlink === 0) throw new Error(`${path}: it was deleted`);
    },
    close: () => closeSync(fd),
  };
}

/** `open` applies the mode only to a file it creates; a device (/dev/null) is left alone. */
function makePrivate(fd: number): void {
  const stats = fstatSync(fd);
  if (stats.isFile() && (stats.mode & 0o077) !== 0) fchmodSync(fd, privateMode);
}

const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder',
  ENOSPC: 'the disk is full',
  EPERM: 'not permitted',
  EIO: 'input/output error',
};

function reason(error: unknown): string {
  const code = (error as {code?: unknown}).code;
  return (
    (typeof code === 'string' && reasons[code]) || (typeof code === 'string' ? code : 'failed')
  );
}
