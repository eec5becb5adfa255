// The only file I/O of snapshots: reading a file for replay and appending a recording's members.
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  writeSync,
} from 'node:fs';
import {maxSnapshotTextBytes, mib, notGzip, parseSnapshot, type LoadedSnapshot} from './decode.js';
import {SnapshotError} from './format.js';

export {maxSnapshotTextBytes} from './decode.js';

/** Larger files are refused before they are read (the shipped demo is about 1.3 MiB). */
export const maxSnapshotFileBytes = 64 * 1024 * 1024;

/**
 * Reads a snapshot: a regular file only (not /dev/zero, not a FIFO), of bounded size. Its
 * compressed bytes are read whole and kept (a replay reads answers again from them); they are
 * decompressed one gzip member at a time (decode.ts), so that no giant string is ever built and
 * a decompression bomb costs the limit, not its expansion.
 */
export async function loadSnapshot(path: string): Promise<LoadedSnapshot> {
  const fd = openChecked(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(fd);
  } catch (error) {
    throw new SnapshotError(`${path}: cannot be read: ${reason(error)}`);
  } finally {
    closeSync(fd);
  }
  return parseSnapshot(bytes, path, maxSnapshotTextBytes);
}

function openChecked(path: string): number {
  let fd: number;
  try {
    // Non-blocking: a FIFO with no writer is refused below instead of hanging here.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new SnapshotError(`cannot read ${path}: ${reason(error)}`);
  }
  const refuse = (why: string): never => {
    closeSync(fd);
    throw new SnapshotError(`${path}: ${why}`);
  };
  const stat = fstatSync(fd);
  if (stat.isDirectory()) {
    closeSync(fd);
    throw new SnapshotError(`cannot read ${path}: it is a folder`);
  }
  if (!stat.isFile()) refuse('not a regular file; expected a snapshot written by --record');
  if (stat.size > maxSnapshotFileBytes) {
    refuse(`${mib(stat.size)} is over the limit of ${mib(maxSnapshotFileBytes)} for a recording`);
  }
  const magic = Buffer.alloc(2);
  readSync(fd, magic, 0, 2, 0);
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) refuse(notGzip);
  return fd;
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
