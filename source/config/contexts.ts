// The context in use: picked by --context, else the file's current-context, else its first one.
// Its settings go under the command line's (a flag wins over the context, which wins over the
// environment and the defaults), and flags.ts checks them all as it checks flags; a mistake in a
// value that came from the file is then told at its FILE:LINE:COL.
import type {DashboardSpec} from '../dashboards/spec.js';
import type {ConfigFile} from './config-file.js';
import {configPath} from './config-location.js';
import type {ContextSpec, SecretSource} from './context-spec.js';
import type {ReadFile} from './files.js';
import {parseConfig, type CommandLine, type Config, type Environment} from './flags.js';
import {usageError, type UsageError} from './usage-error.js';

/** The context a run (or the picker) uses, beside the Config built from it. */
export type RunContext = {
  readonly name: string;
  /** The context's `dashboards:`, as absolute paths (for the dashboard file loader). */
  readonly dashboardFiles: readonly string[];
};

export type ContextInput = {
  readonly commandLine: CommandLine;
  readonly env: Environment;
  readonly readFile: ReadFile;
  readonly dashboards: readonly DashboardSpec[];
  readonly home: string;
  readonly file: ConfigFile | undefined;
};

export type ContextResult =
  | {readonly ok: true; readonly config: Config; readonly context?: RunContext}
  | {readonly ok: false; readonly error: UsageError};

/** Flags that say where the servers are and how to reach them: they describe one context. */
export const serverFlags = [
  'prometheus',
  'alertmanager',
  'header',
  'bearerTokenFile',
  'caFile',
  'scrapeInterval',
  'refresh',
] as const;

/** Variables that hold secrets: a context names its own, so these never reach its servers. */
const secretVariables = ['NOVA_TOP_BEARER_TOKEN', 'NOVA_TOP_BASIC_AUTH'];

export const contextNames = (file: ConfigFile | undefined): readonly string[] =>
  file?.contexts.map((context) => context.name) ?? [];

export function chooseContext(
  file: ConfigFile | undefined,
  wanted: string | undefined,
): ContextSpec | undefined | UsageError {
  if (wanted === undefined) {
    const current = file?.currentContext;
    return file?.contexts.find((context) => context.name === current) ?? file?.contexts[0];
  }
  const found = file?.contexts.find((context) => context.name === wanted);
  if (found !== undefined) return found;
  const names = contextNames(file);
  const accepted =
    names.length === 0
      ? 'a context of the config file (it has none)'
      : `one of ${names.join(', ')}`;
  return usageError('--context', wanted, 'is not a context', accepted);
}

const given = (value: unknown): boolean =>
  value !== undefined && !(Array.isArray(value) && value.length === 0);

/**
 * The Config of `name` (the chosen context when undefined). At start the command line's server
 * flags win over the context; a context picked at run time (`atStart` false) is taken as written.
 */
export function parseWithContext(
  input: ContextInput,
  name: string | undefined,
  atStart: boolean,
): ContextResult {
  const chosen = chooseContext(input.file, name);
  if (chosen !== undefined && 'message' in chosen) return {ok: false, error: chosen};
  if (chosen === undefined || input.file === undefined) {
    return parseConfig(input.commandLine, input.env, input.readFile, input.dashboards);
  }
  const path = (written: string): string => configPath(written, input.file?.path ?? '', input.home);
  const overlay = contextOverlay(chosen, input.env, input.readFile, path);
  if ('message' in overlay) return {ok: false, error: overlay};
  const cliFlags = Object.fromEntries(
    Object.entries(input.commandLine.flags).filter(
      ([key, value]) =>
        given(value) && (atStart || !(serverFlags as readonly string[]).includes(key)),
    ),
  );
  // The context's dashboard files come after the built-in ones, then those of --dashboard-file.
  const dashboardFiles = [
    ...chosen.dashboards.map(path),
    ...((cliFlags['dashboardFile'] as readonly string[] | undefined) ?? []),
  ];
  const flags = {...overlay.flags, ...cliFlags, dashboardFile: dashboardFiles};
  const result = parseConfig(
    {...input.commandLine, flags},
    overlay.env,
    input.readFile,
    input.dashboards,
  );
  if (!result.ok) return {ok: false, error: placed(result.error, chosen, cliFlags)};
  const context = {name: chosen.name, dashboardFiles: chosen.dashboards.map(path)};
  return {ok: true, config: result.config, context};
}

type Overlay = {readonly flags: Record<string, unknown>; readonly env: Environment};

function contextOverlay(
  context: ContextSpec,
  env: Environment,
  readFile: ReadFile,
  path: (written: string) => string,
): Overlay | UsageError {
  const flags: Record<string, unknown> = {prometheus: context.prometheus};
  if (context.alertmanagers !== undefined) flags['alertmanager'] = context.alertmanagers;
  if (context.bearerTokenFile !== undefined)
    flags['bearerTokenFile'] = path(context.bearerTokenFile);
  if (context.caFile !== undefined) flags['caFile'] = path(context.caFile);
  if (context.scrapeInterval !== undefined) flags['scrapeInterval'] = context.scrapeInterval;
  if (context.refresh !== undefined) flags['refresh'] = context.refresh;
  const place = (flag: string): string => context.places[flag] ?? `contexts.${context.name}`;
  const headers: string[] = [];
  for (const [name, source] of context.headers) {
    if ('file' in source) headers.push(`${name}: @${path(source.file)}`);
    else {
      const value = fromEnv(source.env, env, place('--header'), 'the header value');
      if (typeof value !== 'string') return value;
      headers.push(`${name}: ${value}`);
    }
  }
  if (headers.length > 0) flags['header'] = headers;
  const cleanEnv = Object.fromEntries(
    Object.entries(env).filter(([key]) => !secretVariables.includes(key)),
  );
  if (context.basicAuth === undefined) return {flags, env: cleanEnv};
  const auth = basicAuth(context.basicAuth, env, readFile, path, place('NOVA_TOP_BASIC_AUTH'));
  if (typeof auth !== 'string') return auth;
  return {flags, env: {...cleanEnv, NOVA_TOP_BASIC_AUTH: auth}};
}

function fromEnv(
  name: string,
  env: Environment,
  place: string,
  holds: string,
): string | UsageError {
  const value = env[name];
  if (value !== undefined && value !== '') return value;
  return usageError(
    place,
    name,
    'names an environment variable that is not set',
    `a variable holding ${holds}`,
  );
}

function basicAuth(
  source: SecretSource,
  env: Environment,
  readFile: ReadFile,
  path: (written: string) => string,
  place: string,
): string | UsageError {
  if ('env' in source) return fromEnv(source.env, env, place, 'user:password');
  try {
    return readFile(path(source.file)).trim();
  } catch (error) {
    const code = (error as {code?: unknown}).code;
    const reason = typeof code === 'string' ? ` (${code})` : '';
    return usageError(
      place,
      source.file,
      `cannot be read${reason}`,
      'a readable file holding user:password',
    );
  }
}

/** A mistake in a value the context gave is told at its place in the file. */
function placed(
  error: UsageError,
  context: ContextSpec,
  cliFlags: Record<string, unknown>,
): UsageError {
  const place = context.places[error.flag];
  const flagKey = error.flag
    .replace(/^--/, '')
    .replace(/-([a-z])/g, (_, char: string) => char.toUpperCase());
  if (place === undefined || given(cliFlags[flagKey])) return error;
  const prefix = `nova-top: ${error.flag}`;
  if (!error.message.startsWith(prefix)) return error;
  return {
    ...error,
    flag: place,
    message: `nova-top: ${place}${error.message.slice(prefix.length)}`,
  };
}
