// The only file I/O of snapshots: reading a file for replay and appending a recording's members.
import {
  closeSync,
  constants,
  createReadStream,
  fchmodSync,
  fstatSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import {StringDecoder} from 'node:string_decoder';
import {createGunzip} from 'node:zlib';
import {notGzip, parseSnapshotLines, type LoadedSnapshot} from './decode.js';
import {SnapshotError} from './format.js';

const mebibyte = 1024 * 1024;
/** Larger files are refused before they are read (the shipped demo is about 1.2 MiB). */
export const maxSnapshotFileBytes = 64 * mebibyte;
/** Larger unpacked contents are refused as they stream in (the demo unpacks to about 7 MiB). */
export const maxSnapshotTextBytes = 256 * mebibyte;

/**
 * Reads a snapshot as a stream: a regular file only (not /dev/zero, not a FIFO), of bounded size,
 * decompressed and split into lines as it arrives, so that no giant string is ever built and a
 * decompression bomb costs the limit, not its expansion.
 */
export async function loadSnapshot(path: string): Promise<LoadedSnapshot> {
  const fd = openChecked(path);
  const {lines, truncated} = await readLines(fd, path);
  return parseSnapshotLines(lines, truncated, path);
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

const mib = (bytes: number): string => `${Math.ceil(bytes / mebibyte)} MiB`;

function readLines(fd: number, path: string): Promise<{lines: string[]; truncated: boolean}> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    const decoder = new StringDecoder('utf8');
    let partial: string[] = [];
    let unpacked = 0;
    const input = createReadStream('', {fd, autoClose: true});
    const gunzip = createGunzip();
    const fail = (why: string): void => {
      input.destroy();
      gunzip.destroy();
      reject(new SnapshotError(`${path}: ${why}`));
    };
    gunzip.on('data', (chunk: Buffer) => {
      unpacked += chunk.length;
      if (unpacked > maxSnapshotTextBytes) {
        fail(`unpacks to more than the limit of ${mib(maxSnapshotTextBytes)} for a recording`);
        return;
      }
      // Only the new text is searched for newlines; a long line is joined once, when it ends.
      const text = decoder.write(chunk);
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        lines.push(partial.join('') + text.slice(start, end));
        partial = [];
        start = end + 1;
      }
      if (start < text.length) partial.push(text.slice(start));
    });
    // Every line ends with a newline: at the end, or after a cut, what is left is partial.
    gunzip.on('end', () => resolve({lines, truncated: partial.join('') + decoder.end() !== ''}));
    gunzip.on('error', (error: NodeJS.ErrnoException) => {
      input.destroy();
      // A file cut short (nova-top killed while recording) keeps its complete lines.
      if (error.code === 'Z_BUF_ERROR') resolve({lines, truncated: true});
      else reject(new SnapshotError(`${path}: corrupt: the compressed data is damaged`));
    });
    input.on('error', (error) => fail(`cannot be read: ${reason(error)}`));
    input.pipe(gunzip);
  });
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
