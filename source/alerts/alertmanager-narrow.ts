// AlertManager API v2 payloads narrowed into domain types. Fields added after 0.25 (`mutedBy`,
// silence annotations) are read when present; items without the fields that identify them
// (an alert without labels, a silence without id or times) are skipped.
import type {
  AlertGroup,
  AlertmanagerAlert,
  AlertmanagerAlertState,
  AlertmanagerStatus,
  Matcher,
  MatchOperator,
  NewSilence,
  Silence,
  SilenceState,
} from './types.js';
import {
  asArray,
  asRecord,
  asString,
  asStrings,
  asTime,
  malformed,
  optional,
  type WireRecord,
} from './wire.js';
import {narrowLabels} from '../prometheus/wire.js';

const alertStates: readonly AlertmanagerAlertState[] = ['active', 'suppressed', 'unprocessed'];
const silenceStates: readonly SilenceState[] = ['active', 'pending', 'expired'];

export function narrowAlerts(data: unknown): readonly AlertmanagerAlert[] {
  if (!Array.isArray(data)) throw malformed('The AlertManager alert list');
  return data.flatMap((item) => narrowAlert(asRecord(item)) ?? []);
}

function narrowAlert(wire: WireRecord | undefined): AlertmanagerAlert | undefined {
  if (wire === undefined || asRecord(wire['labels']) === undefined) return undefined;
  const labels = narrowLabels(wire['labels']);
  const status = asRecord(wire['status']) ?? {};
  const state = asString(status['state']);
  return {
    fingerprint: asString(wire['fingerprint']) ?? JSON.stringify(labels),
    labels,
    annotations: narrowLabels(wire['annotations']),
    ...optional('startsAt', asTime(wire['startsAt'])),
    ...optional('endsAt', asTime(wire['endsAt'])),
    ...optional('updatedAt', asTime(wire['updatedAt'])),
    ...optional('generatorURL', asString(wire['generatorURL']) || undefined),
    receivers: asArray(wire['receivers']).flatMap((receiver) => {
      const name = asString(asRecord(receiver)?.['name']);
      return name === undefined ? [] : [name];
    }),
    state: alertStates.find((known) => known === state) ?? 'unprocessed',
    silencedBy: asStrings(status['silencedBy']),
    inhibitedBy: asStrings(status['inhibitedBy']),
    ...optional(
      'mutedBy',
      Array.isArray(status['mutedBy']) ? asStrings(status['mutedBy']) : undefined,
    ),
  };
}

export function narrowGroups(data: unknown): readonly AlertGroup[] {
  if (!Array.isArray(data)) throw malformed('The AlertManager alert groups');
  return data.flatMap((item) => {
    const wire = asRecord(item);
    if (wire === undefined) return [];
    return [
      {
        labels: narrowLabels(wire['labels']),
        receiver: asString(asRecord(wire['receiver'])?.['name']) ?? '',
        alerts: asArray(wire['alerts']).flatMap((alert) => narrowAlert(asRecord(alert)) ?? []),
      },
    ];
  });
}

export function narrowSilences(data: unknown): readonly Silence[] {
  if (!Array.isArray(data)) throw malformed('The AlertManager silence list');
  return data.flatMap((item) => narrowSilenceItem(asRecord(item)) ?? []);
}

export function narrowSilence(data: unknown): Silence {
  const silence = narrowSilenceItem(asRecord(data));
  if (silence === undefined) throw malformed('The AlertManager silence');
  return silence;
}

function narrowSilenceItem(wire: WireRecord | undefined): Silence | undefined {
  if (wire === undefined) return undefined;
  const id = asString(wire['id']);
  const startsAt = asTime(wire['startsAt']);
  const endsAt = asTime(wire['endsAt']);
  if (id === undefined || startsAt === undefined || endsAt === undefined) return undefined;
  const state = asString(asRecord(wire['status'])?.['state']);
  return {
    id,
    state: silenceStates.find((known) => known === state) ?? 'expired',
    matchers: asArray(wire['matchers']).flatMap((matcher) => fromWireMatcher(matcher) ?? []),
    startsAt,
    endsAt,
    ...optional('updatedAt', asTime(wire['updatedAt'])),
    createdBy: asString(wire['createdBy']) ?? '',
    comment: asString(wire['comment']) ?? '',
    ...optional('annotations', asRecord(wire['annotations']) && narrowLabels(wire['annotations'])),
  };
}

/** `isEqual` arrived in 0.22; older servers omit it and mean "equal". */
function fromWireMatcher(value: unknown): Matcher | undefined {
  const wire = asRecord(value);
  const name = asString(wire?.['name']);
  const matchValue = asString(wire?.['value']);
  if (wire === undefined || name === undefined || matchValue === undefined) return undefined;
  const isRegex = wire['isRegex'] === true;
  const isEqual = wire['isEqual'] !== false;
  const operator: MatchOperator = isRegex ? (isEqual ? '=~' : '!~') : isEqual ? '=' : '!=';
  return {name, operator, value: matchValue};
}

export function toWireSilence(silence: NewSilence): Readonly<Record<string, unknown>> {
  return {
    ...optional('id', silence.id),
    matchers: silence.matchers.map((matcher) => ({
      name: matcher.name,
      value: matcher.value,
      isRegex: matcher.operator === '=~' || matcher.operator === '!~',
      isEqual: matcher.operator === '=' || matcher.operator === '=~',
    })),
    startsAt: new Date(silence.startsAt).toISOString(),
    endsAt: new Date(silence.endsAt).toISOString(),
    createdBy: silence.createdBy,
    comment: silence.comment,
  };
}

export function narrowCreatedSilence(data: unknown): string {
  const id = asString(asRecord(data)?.['silenceID']);
  if (id === undefined || id === '') throw malformed('The AlertManager answer to a new silence');
  return id;
}

export function narrowStatus(data: unknown): AlertmanagerStatus {
  const wire = asRecord(data);
  if (wire === undefined) throw malformed('The AlertManager status');
  const cluster = asRecord(wire['cluster']) ?? {};
  return {
    ...optional('version', asString(asRecord(wire['versionInfo'])?.['version'])),
    ...optional('startedAt', asTime(wire['uptime'])),
    cluster: {
      status: asString(cluster['status']) ?? 'unknown',
      ...optional('name', asString(cluster['name'])),
      peers: asArray(cluster['peers']).flatMap((peer) => {
        const record = asRecord(peer);
        const name = asString(record?.['name']);
        return name === undefined ? [] : [{name, address: asString(record?.['address']) ?? ''}];
      }),
    },
  };
}
