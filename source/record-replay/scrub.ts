// Keeping credentials out of snapshot files. The request function never hands headers to the
// recorder, so secrets could only arrive through a URL, a request echoing one, or a server
// answer echoing one: URLs lose their userinfo, a request carrying a secret is not recorded, and
// every line is scrubbed of every secret before it is written (defence in depth).
import {createRedactor} from '../http/redact.js';
import type {EndpointConfig} from '../config/endpoint.js';

/** Secrets shorter than this cannot be told apart from data (the HTTP module's rule too). */
const minSecretLength = 4;

/** The URL without userinfo, query or fragment; query strings can carry tokens too. */
export function publicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return '[invalid URL]';
  }
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/$/, '');
}

export type Scrubber = {
  /** True when the JSON text contains a secret, as is or JSON-escaped. */
  readonly carriesSecret: (json: string) => boolean;
  /**
   * The JSON text with every secret replaced by `[redacted]`, or undefined when the replacement
   * broke the JSON (a secret that matched numbers or punctuation): such a line is not written.
   */
  readonly scrub: (json: string) => string | undefined;
};

export function createScrubber(secrets: readonly string[]): Scrubber {
  const usable = secrets.filter((secret) => secret.length >= minSecretLength);
  // In JSON text a secret with quotes, backslashes or control characters appears escaped.
  const needles = [
    ...new Set(usable.flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)])),
  ];
  const redact = createRedactor(needles);
  return {
    carriesSecret: (json) => needles.some((needle) => json.includes(needle)),
    scrub: (json) => {
      const scrubbed = redact(json);
      return scrubbed === json || parses(scrubbed) ? scrubbed : undefined;
    },
  };
}

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

/** Everything of an endpoint that must never be written: header values, token, password. */
export function endpointSecrets(endpoint: EndpointConfig): string[] {
  const secrets = endpoint.headers.map(([, value]) => value);
  if (endpoint.bearerToken !== undefined) secrets.push(endpoint.bearerToken);
  if (endpoint.basicAuth !== undefined) {
    const {username, password} = endpoint.basicAuth;
    secrets.push(password, Buffer.from(`${username}:${password}`).toString('base64'));
  }
  return secrets;
}
