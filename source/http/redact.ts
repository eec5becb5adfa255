// The redactor: every form of a secret that we can recognise becomes `[redacted]` in text a server
// sent us. A proxy or a hostile server may echo a token changed: in another case, cut short, URL-
// or base64-encoded (a basic-auth header is base64 of `user:password`). So each secret is looked
// for in those forms, ignoring case, and as any prefix of at least 8 characters of them.

export type Redact = ((text: string) => string) & {
  /** Whether the text holds a secret in any recognised form (cheap: one regex test). */
  readonly finds: (text: string) => boolean;
  /** Whether there is any secret to look for. */
  readonly active: boolean;
};

/** Shorter secrets are not looked for: they would match ordinary words and numbers. */
export const minSecretLength = 4;
/** A cut-short echo is recognised from this many characters on. */
export const minPrefixLength = 8;

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms a secret can come back in. */
export function secretForms(secret: string): string[] {
  const base64 = Buffer.from(secret).toString('base64');
  const base64url = Buffer.from(secret).toString('base64url');
  return [secret, encodeURIComponent(secret), base64, base64.replace(/=+$/, ''), base64url];
}

export function createRedactor(secrets: readonly string[]): Redact {
  const forms = [
    ...new Set(
      secrets
        .filter((secret) => secret.length >= minSecretLength)
        .flatMap(secretForms)
        .filter((form) => form.length >= minSecretLength)
        .map((form) => form.toLowerCase()),
    ),
  ].sort((a, b) => b.length - a.length);
  if (forms.length === 0) {
    return Object.assign((text: string) => text, {finds: () => false, active: false});
  }
  // Each form's head: the whole form when short, else its first 8 characters. A match is then
  // extended for as long as the text goes on spelling the same form.
  const heads = [...new Set(forms.map((form) => form.slice(0, minPrefixLength)))];
  const pattern = new RegExp(heads.map(escapeRegex).join('|'), 'gi');
  const finds = (text: string): boolean => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
  const redact = (text: string): string => {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    let out = '';
    let copied = 0;
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index;
      const length = longestForm(text, start, forms);
      if (length === 0) {
        pattern.lastIndex = start + 1;
        continue;
      }
      out += `${text.slice(copied, start)}[redacted]`;
      copied = start + length;
      pattern.lastIndex = copied;
    }
    return copied === 0 ? text : out + text.slice(copied);
  };
  return Object.assign(redact, {finds, active: true});
}

/**
 * How many characters from `start` spell a form (ignoring case): all of a short form, or at least
 * its first 8 characters; 0 when none.
 */
function longestForm(text: string, start: number, forms: readonly string[]): number {
  let best = 0;
  for (const form of forms) {
    let length = 0;
    while (
      length < form.length &&
      start + length < text.length &&
      text.charAt(start + length).toLowerCase() === form.charAt(length)
    ) {
      length++;
    }
    const enough = length === form.length || length >= minPrefixLength;
    if (enough && length > best) best = length;
  }
  return best;
}
