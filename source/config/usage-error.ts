// A mistake on the command line or in the environment, as the user sees it: one line naming the
// flag (or variable), the value and what is accepted. Values of secret-bearing flags arrive here
// already redacted.

export type UsageError = {
  readonly flag: string;
  /** The value as shown (redacted where it could hold a secret); empty when there is none. */
  readonly value: string;
  readonly accepted: string;
  /** The one line printed on stderr. */
  readonly message: string;
};

export const redacted = '<redacted>';

/** JSON quoting keeps the message on one line; C1 and bidi controls are escaped as well. */
export function quote(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function usageError(
  flag: string,
  value: string,
  problem: string,
  accepted: string,
): UsageError {
  const shown = value === '' ? flag : `${flag} ${quote(value)}`;
  return {flag, value, accepted, message: `nova-top: ${shown} ${problem}; expected ${accepted}`};
}

/**
 * A URL as it may be shown: the password masked (`http://admin:***@host`), query and fragment
 * (which may hold tokens) hidden. A password may hold `@`, `/`, `?` or `#`, so the userinfo runs
 * to the last `@`; when that `@` was in a path or query instead, a little more is hidden than
 * needed, never less.
 */
export function redactUrl(url: string): string {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(url)?.[0] ?? '';
  const rest = url.slice(scheme.length);
  const at = rest.lastIndexOf('@');
  if (at === -1) return scheme + hideQuery(rest);
  const userinfo = rest.slice(0, at);
  const colon = userinfo.indexOf(':');
  const user = colon === -1 ? '' : userinfo.slice(0, colon);
  const shownUser = user !== '' && !/[/?#]/.test(user) ? `${user}:` : '';
  return `${scheme}${shownUser}***@${hideQuery(rest.slice(at + 1))}`;
}

const hideQuery = (text: string): string => text.replace(/([?#]).*$/, `$1${redacted}`);

/** Thrown by refuse() inside config parsing; parseConfig turns it back into a UsageError. */
export class Refused extends Error {
  readonly usage: UsageError;
  constructor(usage: UsageError) {
    super(usage.message);
    this.usage = usage;
  }
}

/** Stops config parsing with this UsageError. */
export function refuse(error: UsageError): never {
  throw new Refused(error);
}

const isUsageError = (value: unknown): value is UsageError =>
  typeof value === 'object' && value !== null && 'accepted' in value && 'message' in value;

/** Unwraps a parse result, or stops config parsing with its UsageError. */
export function accept<T>(result: T | UsageError): T {
  if (isUsageError(result)) refuse(result);
  return result;
}
