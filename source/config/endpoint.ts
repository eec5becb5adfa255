// The Prometheus URL and the credentials around it, checked once and turned into an EndpointConfig.
// Userinfo leaves the URL (it becomes basic auth), so the URL shown in the header holds no secret.
import {redactUrl, redacted, usageError, type UsageError} from './usage-error.js';

/** Where to send requests and how to authenticate. Built once from flags and environment. */
export type EndpointConfig = {
  /** Base URL without userinfo, may carry a path prefix (`https://host/prometheus`). */
  readonly url: string;
  /** Extra headers, e.g. X-Scope-OrgID for Mimir/Cortex/Thanos tenants. Values are secrets. */
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly bearerToken?: string;
  readonly basicAuth?: {readonly username: string; readonly password: string};
  /** PEM text of a private CA to trust in addition to the system store. */
  readonly ca?: string;
  readonly timeoutMs: number;
};

type BasicAuth = NonNullable<EndpointConfig['basicAuth']>;
type Header = EndpointConfig['headers'][number];

const urlAccepted = 'an http or https URL like http://localhost:9090 or https://host/prometheus';

export function parsePrometheusUrl(
  text: string,
  source: string,
): {readonly url: string; readonly basicAuth?: BasicAuth} | UsageError {
  const shown = redactUrl(text);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return usageError(source, shown, 'is not a URL', urlAccepted);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return usageError(source, shown, 'is not an http or https URL', urlAccepted);
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    return usageError(source, shown, 'has a query or fragment', urlAccepted);
  }
  const url = `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
  if (parsed.username === '' && parsed.password === '') return {url};
  try {
    const username = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    return {url, basicAuth: {username, password}};
  } catch {
    return usageError(source, shown, 'has badly escaped userinfo', urlAccepted);
  }
}

/** C0 controls and DEL: a header or token holding one could split the request. */
export const hasControlCharacter = (text: string): boolean =>
  [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

const headerAccepted = '"Name: value" with a name of letters, digits and !#$%&\'*+-.^_`|~';
const headerName = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** A `Name: value` header. The value is a secret: it is never echoed back. */
export function parseHeader(text: string): Header | UsageError {
  const colon = text.indexOf(':');
  if (colon === -1) {
    return usageError('--header', redacted, 'has no colon', headerAccepted);
  }
  const name = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  const shown = `${name}: ${redacted}`;
  if (!headerName.test(name)) {
    return usageError('--header', shown, 'has an invalid name', headerAccepted);
  }
  if (value === '' || hasControlCharacter(value)) {
    return usageError(
      '--header',
      shown,
      'has an empty value or control characters',
      headerAccepted,
    );
  }
  return [name, value];
}

/** `user:password` from NOVA_TOP_BASIC_AUTH; the password may contain colons. */
export function parseBasicAuth(text: string): BasicAuth | UsageError {
  const colon = text.indexOf(':');
  if (colon <= 0) {
    return usageError('NOVA_TOP_BASIC_AUTH', redacted, 'is not user:password', 'user:password');
  }
  if (hasControlCharacter(text)) {
    return usageError('NOVA_TOP_BASIC_AUTH', redacted, 'holds control characters', 'user:password');
  }
  return {username: text.slice(0, colon), password: text.slice(colon + 1)};
}
