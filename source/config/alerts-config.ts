// The AlertManager endpoints and the alert switches (--no-bell, --read-only), from the same flags
// and environment as Prometheus. Headers, the bearer token and the CA apply to every server;
// userinfo in an AlertManager URL is that AlertManager's own basic auth, and Prometheus' userinfo
// never travels to an AlertManager.
import {parseBasicAuth, parsePrometheusUrl, type EndpointConfig} from './endpoint.js';
import {accept, refuse, usageError, type UsageError} from './usage-error.js';

export const defaultAlertmanagerUrl = 'http://localhost:9093';

export type AlertsConfig = {
  /** One per --alertmanager, in the order given. */
  readonly alertmanagers: readonly EndpointConfig[];
  /** Ring the terminal bell when a new critical alert fires (off with --no-bell). */
  readonly bell: boolean;
  /** No silences are created or expired (--read-only). */
  readonly readOnly: boolean;
};

type ParsedUrl = Exclude<ReturnType<typeof parsePrometheusUrl>, UsageError>;

type Environment = Readonly<Record<string, string | undefined>>;

const amAccepted = 'an http or https URL like http://localhost:9093 or https://host/alertmanager';

/**
 * `prometheus` is the Prometheus endpoint already built from the same flags: its headers, token,
 * CA and timeout are shared; its basic auth is not (it may come from Prometheus' own userinfo).
 */
export function alertsConfig(
  flags: Readonly<Record<string, unknown>>,
  env: Environment,
  prometheus: EndpointConfig,
): AlertsConfig {
  const sources = alertmanagerSources(flags, env);
  const envAuth = env.NOVA_TOP_BASIC_AUTH
    ? accept(parseBasicAuth(env.NOVA_TOP_BASIC_AUTH))
    : undefined;
  const shared: EndpointConfig = {
    url: prometheus.url,
    headers: prometheus.headers,
    timeoutMs: prometheus.timeoutMs,
    ...(prometheus.bearerToken === undefined ? {} : {bearerToken: prometheus.bearerToken}),
    ...(prometheus.ca === undefined ? {} : {ca: prometheus.ca}),
  };
  const alertmanagers = sources.map(([source, text]): EndpointConfig => {
    const {url, basicAuth: urlAuth} = accept(alertmanagerUrl(text, source));
    const basicAuth = urlAuth ?? envAuth;
    if (basicAuth !== undefined && prometheus.bearerToken !== undefined) {
      refuse(
        usageError(source, '', 'conflicts with basic auth', 'either a bearer token or basic auth'),
      );
    }
    return {...shared, url, ...(basicAuth === undefined ? {} : {basicAuth})};
  });
  return {alertmanagers, bell: flags['bell'] !== false, readOnly: flags['readOnly'] === true};
}

/** parsePrometheusUrl's checks, with an AlertManager example in the message. */
function alertmanagerUrl(text: string, source: string): ParsedUrl | UsageError {
  const result = parsePrometheusUrl(text, source);
  if (!('message' in result)) return result;
  const error: UsageError = result;
  const problem = error.message.slice(0, error.message.lastIndexOf('; expected '));
  return {...error, accepted: amAccepted, message: `${problem}; expected ${amAccepted}`};
}

function alertmanagerSources(
  flags: Readonly<Record<string, unknown>>,
  env: Environment,
): readonly (readonly [string, string])[] {
  const given = flags['alertmanager'];
  const values = Array.isArray(given) ? (given as unknown[]) : given === undefined ? [] : [given];
  if (values.length > 0) {
    return values.map((value) => {
      if (typeof value !== 'string' || value === '') {
        refuse(
          usageError('--alertmanager', '', 'needs a value', 'a value after the flag (see --help)'),
        );
      }
      return ['--alertmanager', value] as const;
    });
  }
  if (env.NOVA_TOP_ALERTMANAGER_URL) {
    return [['NOVA_TOP_ALERTMANAGER_URL', env.NOVA_TOP_ALERTMANAGER_URL]];
  }
  if (env.ALERTMANAGER_URL) return [['ALERTMANAGER_URL', env.ALERTMANAGER_URL]];
  return [['--alertmanager', defaultAlertmanagerUrl]];
}

/** How an AlertManager is named on screen: host:port (its URL has no credentials). */
export function alertmanagerName(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return url;
  }
}
