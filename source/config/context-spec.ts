// A context as the config file writes it (docs/config.md): where one cluster's servers are and how
// to authenticate to them. Secrets are never written in the file, only where to find them.

/** Where a secret is: a file (its whole content), or an environment variable (its value). */
export type SecretSource = {readonly file: string} | {readonly env: string};

export type ContextSpec = {
  readonly name: string;
  readonly prometheus: string;
  /** Undefined: as the command line and environment say (the default AlertManager). */
  readonly alertmanagers?: readonly string[];
  readonly bearerTokenFile?: string;
  /** `user:password`. */
  readonly basicAuth?: SecretSource;
  readonly headers: readonly (readonly [name: string, value: SecretSource])[];
  readonly caFile?: string;
  readonly scrapeInterval?: string;
  readonly refresh?: string;
  /** Dashboard files, as written (relative to the config file's folder, or `~/`). */
  readonly dashboards: readonly string[];
  /**
   * Where each setting was written (`FILE:LINE:COL: contexts.prod.refresh`), by the flag or
   * variable that flags.ts names in its errors: a mistake found there is told at its line.
   */
  readonly places: Readonly<Record<string, string>>;
};

export const contextKeys = [
  'prometheus',
  'alertmanagers',
  'auth',
  'scrape-interval',
  'refresh',
  'dashboards',
] as const;

export const authKeys = ['bearer-token-file', 'basic-auth', 'headers', 'ca-file'] as const;

/** Keys a user might write a secret under; each is refused with where the secret belongs. */
export const inlineSecretKeys: Readonly<Record<string, string>> = {
  'bearer-token': 'bearer-token-file: FILE',
  token: 'bearer-token-file: FILE',
  password: 'basic-auth: {file: FILE} or basic-auth: {env: NAME}',
  username: 'basic-auth: {file: FILE} or basic-auth: {env: NAME}',
};
