// From meow's flags, the environment and a file reader to a Config, or the first UsageError.
// Pure: cli.tsx passes process.env and a real file reader; tests pass plain objects.
import {alertsConfig, type AlertsConfig} from './alerts-config.js';
import type {DashboardSpec} from '../dashboards/spec.js';
import type {EndpointConfig} from './endpoint.js';
import {formatDurationMs, parseDuration} from './duration.js';
import {hasControlCharacter, parseBasicAuth, parseHeader, parsePrometheusUrl} from './endpoint.js';
import {loadDashboardFiles} from './dashboard-files.js';
import {readBearerToken, readCa, readHeaderValue, type ReadFile} from './files.js';
import {runMode, type RunMode} from './run-mode.js';
import {defaultPrometheusUrl, meowFlags, optionDocs} from './options.js';
import {accept, redacted, refuse, Refused, usageError, type UsageError} from './usage-error.js';

export type Config = {
  readonly endpoint: EndpointConfig;
  /** The dashboards given to parseConfig, then those of --dashboard-file, in tab order. */
  readonly dashboards: readonly DashboardSpec[];
  /** Index into `dashboards`. */
  readonly dashboardIndex: number;
  /** `--dashboard alerts` (or the number after the dashboards): start on the alerts screen. */
  readonly alertsScreen?: true;
  readonly refreshMs: number;
  readonly rangeSeconds: number;
  /** --range or --refresh was given: it wins over a dashboard's own (Grafana's time, refresh). */
  readonly rangeChosen: boolean;
  readonly refreshChosen: boolean;
  /** How often Prometheus scrapes: sizes `$__rate_interval` (prometheus/query.ts). */
  readonly scrapeIntervalSeconds: number;
  /** AlertManager endpoints, --no-bell and --read-only. */
  readonly alerts: AlertsConfig;
  /** Record, replay, demo, once/JSON output, colour and glyphs. */
  readonly mode: RunMode;
};

export type ConfigResult =
  {readonly ok: true; readonly config: Config} | {readonly ok: false; readonly error: UsageError};

export type Environment = Readonly<Record<string, string | undefined>>;

export type CommandLine = {
  /** meow's `flags` (camelCase keys; unknown flags included, as allowUnknownFlags is on). */
  readonly flags: Readonly<Record<string, unknown>>;
  readonly input: readonly string[];
};

const timeoutMs = 10_000;
type DurationKey = 'refresh' | 'range' | 'scrapeInterval';

type DurationLimits = {
  readonly min: number;
  readonly max: number;
  /** What the usage error offers: values a user would pick, each within min and max. */
  readonly examples: readonly string[];
};

/** The durations each flag accepts (in ms). */
export const durationLimits: Readonly<Record<DurationKey, DurationLimits>> = {
  refresh: {min: 1000, max: 24 * 3600 * 1000, examples: ['30s', '5m', '1h30m', '1d']},
  range: {min: 60 * 1000, max: 30 * 24 * 3600 * 1000, examples: ['5m', '1h', '6h', '7d']},
  scrapeInterval: {min: 1000, max: 10 * 60 * 1000, examples: ['1s', '15s', '30s', '1m']},
};

export function parseConfig(
  commandLine: CommandLine,
  env: Environment,
  readFile: ReadFile,
  dashboards: readonly DashboardSpec[],
): ConfigResult {
  try {
    return {ok: true, config: buildConfig(commandLine, env, readFile, dashboards)};
  } catch (error) {
    if (error instanceof Refused) return {ok: false, error: error.usage};
    throw error;
  }
}

function buildConfig(
  {flags, input}: CommandLine,
  env: Environment,
  readFile: ReadFile,
  builtin: readonly DashboardSpec[],
): Config {
  checkUnknown(flags, input);
  const files = (flags.dashboardFile as readonly string[] | undefined) ?? [];
  const dashboards = [...builtin, ...accept(loadDashboardFiles(files, readFile, builtin))];
  const refreshMs = duration(flags, 'refresh', '15s');
  const rangeMs = duration(flags, 'range', '1h');
  const scrapeMs = duration(flags, 'scrapeInterval', '15s');
  const prometheus = endpoint(flags, env, readFile);
  const shown = stringFlag(flags, 'dashboard') ?? dashboards[0]?.id ?? '';
  const alertsScreen = isAlertsScreen(shown, dashboards);
  return {
    endpoint: prometheus,
    dashboards,
    dashboardIndex: alertsScreen ? 0 : dashboardIndex(shown, dashboards),
    ...(alertsScreen ? {alertsScreen} : {}),
    refreshMs,
    rangeSeconds: Math.round(rangeMs / 1000),
    rangeChosen: flags.range !== undefined,
    refreshChosen: flags.refresh !== undefined,
    scrapeIntervalSeconds: Math.round(scrapeMs / 1000),
    alerts: alertsConfig(flags, env, prometheus),
    mode: runMode(flags, env),
  };
}

const kebab = (key: string): string => key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`);

function checkUnknown(flags: CommandLine['flags'], input: readonly string[]): void {
  const known = optionDocs.map((doc) => doc.flag.split(',')[0] ?? doc.flag);
  const unknown = Object.keys(flags).find((key) => !Object.hasOwn(meowFlags, key));
  if (unknown !== undefined) {
    const flag = unknown.length === 1 ? `-${unknown}` : `--${kebab(unknown)}`;
    refuse(usageError(flag, '', 'is not a flag', `one of ${known.join(', ')}`));
  }
  const [first] = input;
  if (first !== undefined) {
    refuse(usageError('argument', first, 'is not a flag', 'flags only (see --help)'));
  }
}

/** A string flag's value; a flag given without a value (or negated) is refused. */
function stringFlag(flags: CommandLine['flags'], key: keyof typeof meowFlags): string | undefined {
  const value = flags[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  refuse(usageError(`--${kebab(key)}`, '', 'needs a value', 'a value after the flag (see --help)'));
  return undefined;
}

function duration(flags: CommandLine['flags'], key: DurationKey, fallback: string): number {
  const limits = durationLimits[key];
  const text = stringFlag(flags, key) ?? fallback;
  const flag = `--${kebab(key)}`;
  const examples = `${limits.examples.slice(0, -1).join(', ')} or ${limits.examples.at(-1) ?? ''}`;
  const accepted = `a duration from ${formatDurationMs(limits.min)} to ${formatDurationMs(limits.max)}, like ${examples}`;
  const ms = parseDuration(text);
  if (ms === undefined) refuse(usageError(flag, text, 'is not a duration', accepted));
  if (ms < limits.min) refuse(usageError(flag, text, 'is too short', accepted));
  if (ms > limits.max) refuse(usageError(flag, text, 'is too long', accepted));
  return ms;
}

/** `alerts`, or the alerts screen's tab number (the one after the last dashboard). */
export function isAlertsScreen(name: string, dashboards: readonly DashboardSpec[]): boolean {
  const wanted = name.trim().toLowerCase();
  return wanted === 'alerts' || wanted === String(dashboards.length + 1);
}

/** By id, by number (1-based, tab order) or by title, ignoring case. */
export function dashboardIndex(name: string, dashboards: readonly DashboardSpec[]): number {
  const wanted = name.trim().toLowerCase();
  const byNumber = /^\d+$/.test(wanted) ? Number(wanted) - 1 : -1;
  const index = dashboards.findIndex(
    (dashboard, position) =>
      position === byNumber ||
      dashboard.id.toLowerCase() === wanted ||
      dashboard.title.toLowerCase() === wanted,
  );
  if (index !== -1) return index;
  const ids = dashboards.map((dashboard) => dashboard.id);
  const accepted = `${ids.join(', ')} or alerts (or 1-${dashboards.length + 1})`;
  return refuse(usageError('--dashboard', name, 'is not a dashboard', accepted));
}

function endpoint(
  flags: CommandLine['flags'],
  env: Environment,
  readFile: ReadFile,
): EndpointConfig {
  const [source, text] = prometheusSource(flags, env);
  const {url, basicAuth: urlAuth} = accept(parsePrometheusUrl(text, source));
  const headers = ((flags.header as readonly string[] | undefined) ?? []).map((header) => {
    const [name, value] = accept(parseHeader(header));
    return value.startsWith('@')
      ? ([name, readHeaderValue(name, value.slice(1), readFile)] as const)
      : ([name, value] as const);
  });
  const basicAuth =
    urlAuth ??
    (env.NOVA_TOP_BASIC_AUTH ? accept(parseBasicAuth(env.NOVA_TOP_BASIC_AUTH)) : undefined);
  const tokenFile = stringFlag(flags, 'bearerTokenFile');
  const bearerToken =
    tokenFile === undefined
      ? envToken(env.NOVA_TOP_BEARER_TOKEN)
      : readBearerToken(tokenFile, readFile);
  if (bearerToken !== undefined && basicAuth !== undefined) {
    const flag = tokenFile === undefined ? 'NOVA_TOP_BEARER_TOKEN' : '--bearer-token-file';
    refuse(
      usageError(flag, '', 'conflicts with basic auth', 'either a bearer token or basic auth'),
    );
  }
  const caFile = stringFlag(flags, 'caFile');
  const ca = caFile === undefined ? undefined : readCa(caFile, readFile);
  return {
    url,
    headers,
    timeoutMs,
    ...(bearerToken === undefined ? {} : {bearerToken}),
    ...(basicAuth === undefined ? {} : {basicAuth}),
    ...(ca === undefined ? {} : {ca}),
  };
}

/** NOVA_TOP_BEARER_TOKEN: one line; a CR or LF in it would smuggle a second header. */
function envToken(text: string | undefined): string | undefined {
  const token = text?.trim();
  if (token === undefined || token === '') return undefined;
  if (hasControlCharacter(token)) {
    refuse(
      usageError('NOVA_TOP_BEARER_TOKEN', redacted, 'holds control characters', 'a one-line token'),
    );
  }
  return token;
}

function prometheusSource(flags: CommandLine['flags'], env: Environment): [string, string] {
  const flag = stringFlag(flags, 'prometheus');
  if (flag !== undefined) return ['--prometheus', flag];
  if (env.NOVA_TOP_PROMETHEUS_URL) return ['NOVA_TOP_PROMETHEUS_URL', env.NOVA_TOP_PROMETHEUS_URL];
  if (env.PROMETHEUS_URL) return ['PROMETHEUS_URL', env.PROMETHEUS_URL];
  return ['--prometheus', defaultPrometheusUrl];
}
