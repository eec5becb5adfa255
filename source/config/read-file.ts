// Reading the small files named on the command line (token, CA, header values): regular files
// only, and only up to a limit, checked on the open file before a byte is read. /dev/zero, a FIFO
// or a huge file would otherwise read forever, hang or exhaust memory.
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';

/** A token, a header value or a CA bundle is far smaller than this. */
export const maxSmallFileBytes = 1024 * 1024;

/** Thrown with a `code` the usage error shows in parentheses. */
const refusal = (code: string): Error => Object.assign(new Error(code), {code});

export function readSmallFile(path: string, limit: number = maxSmallFileBytes): string {
  // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refusal('not a regular file');
    if (stat.size > limit) throw refusal(`${stat.size} bytes, over the limit of ${limit}`);
    const buffer = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < buffer.length) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return buffer.subarray(0, filled).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
