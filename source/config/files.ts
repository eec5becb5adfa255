// Files named on the command line: the bearer token and the private CA. Their content is secret
// and never echoed; only the path is.
import {hasControlCharacter} from './endpoint.js';
import {refuse, usageError} from './usage-error.js';

/**
 * Returns the file's text; throws (with a `code` like ENOENT) when it cannot be read or is larger
 * than `limit` bytes (the reader's own limit when not given).
 */
export type ReadFile = (path: string, limit?: number) => string;

function read(
  flag: string,
  path: string,
  readFile: ReadFile,
  accepted: string,
  shown: string = path,
): string {
  try {
    return readFile(path);
  } catch (error) {
    const code = (error as {code?: unknown}).code;
    const reason = typeof code === 'string' ? ` (${code})` : '';
    return refuse(usageError(flag, shown, `cannot be read${reason}`, accepted));
  }
}

/** The token of --bearer-token-file, without surrounding whitespace. */
export function readBearerToken(path: string, readFile: ReadFile): string {
  const accepted = 'a readable file holding the token';
  const text = read('--bearer-token-file', path, readFile, accepted).trim();
  if (text === '' || hasControlCharacter(text)) {
    refuse(usageError('--bearer-token-file', path, 'holds no single-line token', accepted));
  }
  return text;
}

/**
 * A `--header "Name: @FILE"` value: read from the file, so that it is not in argv, which every
 * user of the machine can read (ps, /proc/PID/cmdline).
 */
export function readHeaderValue(name: string, path: string, readFile: ReadFile): string {
  const accepted = 'a readable file holding the one-line header value';
  const flag = '--header';
  const text = read(flag, path, readFile, accepted, `${name}: @${path}`).trim();
  if (text === '' || hasControlCharacter(text)) {
    refuse(
      usageError(flag, `${name}: @${path}`, 'names a file with no single-line value', accepted),
    );
  }
  return text;
}

/** The PEM text of --ca-file. */
export function readCa(path: string, readFile: ReadFile): string {
  const accepted = 'a readable PEM file with -----BEGIN CERTIFICATE-----';
  const text = read('--ca-file', path, readFile, accepted);
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    refuse(usageError('--ca-file', path, 'holds no PEM certificate', accepted));
  }
  return text;
}
