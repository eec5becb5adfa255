// AlertManager API v2 client. It takes the request function (source/http) as a parameter, narrows
// every answer once, and turns AlertManager's own error bodies into an HttpError of kind
// 'alertmanager' carrying AlertManager's message.
import {HttpResponseError} from '../http/response-error.js';
import {HttpError, type RequestFn} from '../http/types.js';
import {
  narrowAlerts,
  narrowCreatedSilence,
  narrowGroups,
  narrowSilence,
  narrowSilences,
  narrowStatus,
  toWireSilence,
} from './alertmanager-narrow.js';
import type {
  AlertGroup,
  AlertmanagerAlert,
  AlertmanagerStatus,
  NewSilence,
  Silence,
} from './types.js';
import {asRecord, asString} from './wire.js';

export type AlertmanagerClient = {
  /** Active, silenced and inhibited alerts (resolved ones are not listed by AlertManager). */
  alerts(signal?: AbortSignal): Promise<readonly AlertmanagerAlert[]>;
  groups(signal?: AbortSignal): Promise<readonly AlertGroup[]>;
  /** Every silence AlertManager still keeps: active, pending and recently expired. */
  silences(signal?: AbortSignal): Promise<readonly Silence[]>;
  silence(id: string, signal?: AbortSignal): Promise<Silence>;
  /** Returns the new silence's id. */
  createSilence(silence: NewSilence, signal?: AbortSignal): Promise<string>;
  expireSilence(id: string, signal?: AbortSignal): Promise<void>;
  status(signal?: AbortSignal): Promise<AlertmanagerStatus>;
};

const maxMessageLength = 300;

export function createAlertmanagerClient(request: RequestFn): AlertmanagerClient {
  const call = async <T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    narrow: (data: unknown) => T,
    options: {readonly body?: unknown; readonly signal?: AbortSignal | undefined} = {},
  ): Promise<T> => {
    try {
      const response = await request({
        method,
        path,
        ...(options.body === undefined ? {} : {body: options.body}),
        ...(options.signal === undefined ? {} : {signal: options.signal}),
      });
      return narrow(response.data);
    } catch (error) {
      throw toAlertmanagerError(error);
    }
  };
  const silencePath = (id: string) => `/api/v2/silence/${encodeURIComponent(id)}`;
  return {
    alerts: (signal) => call('GET', '/api/v2/alerts', narrowAlerts, {signal}),
    groups: (signal) => call('GET', '/api/v2/alerts/groups', narrowGroups, {signal}),
    silences: (signal) => call('GET', '/api/v2/silences', narrowSilences, {signal}),
    silence: (id, signal) =>
      call('GET', silencePath(id), narrowSilence, {signal}).catch((error: unknown) => {
        throw notFound(error, `no silence with id ${id}`);
      }),
    createSilence: (silence, signal) =>
      call('POST', '/api/v2/silences', narrowCreatedSilence, {
        body: toWireSilence(silence),
        signal,
      }),
    expireSilence: (id, signal) =>
      call('DELETE', silencePath(id), () => undefined, {signal}).catch((error: unknown) => {
        throw notFound(error, `no silence with id ${id}`);
      }),
    status: (signal) => call('GET', '/api/v2/status', narrowStatus, {signal}),
  };
}

/**
 * AlertManager answers errors as `{"code": 601, "message": "..."}` (request validation) or as a
 * bare JSON string (`"Failed to create silence: ..."`); both become kind 'alertmanager'.
 */
export function toAlertmanagerError(error: unknown): unknown {
  if (!(error instanceof HttpResponseError)) return error;
  const body = error.body;
  const message = typeof body === 'string' ? body : asString(asRecord(body)?.['message']);
  // A proxy's HTML error page is not AlertManager speaking.
  const text = (message ?? '').trim().split('\n')[0]?.slice(0, maxMessageLength) ?? '';
  if (text === '' || text.startsWith('<')) return error;
  return new HttpError('alertmanager', text, {
    ...(error.status === undefined ? {} : {status: error.status}),
  });
}

function notFound(error: unknown, message: string): unknown {
  return error instanceof HttpError && error.status === 404
    ? new HttpError('alertmanager', message, {status: 404})
    : error;
}
