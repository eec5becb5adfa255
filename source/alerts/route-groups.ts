// AlertManager's route groups (`/api/v2/alerts/groups`): the alerts a route notifies about
// together, keyed by the route's group_by labels and its receiver. Groups reported by several
// AlertManagers (an HA pair, several clusters) with the same labels and receiver are one group.
// The list's grouped view shows rows under their group; `s` on a group silences it as
// AlertManager's own UI does, with the group's labels as matchers.
import type {Labels} from '../prometheus/types.js';
import {labelKey, type AlertRow} from './alert-rows.js';
import type {AlertGroup, Matcher} from './types.js';

export type RouteGroup = {
  /** The group's labels and receiver, canonical: the same group from two AlertManagers. */
  readonly key: string;
  readonly labels: Labels;
  readonly receiver: string;
  /** Row keys (alert label sets) of its alerts, once each, across AlertManagers. */
  readonly rowKeys: readonly string[];
  /** False for rows in no reported group: key `pending` (Prometheus' pending alerts, which
   * never reach AlertManager) or `ungrouped` (AlertManager reported no group for them). */
  readonly routed: boolean;
};

export type GroupSource = {readonly name: string; readonly groups: readonly AlertGroup[]};

export function mergeRouteGroups(sources: readonly GroupSource[]): readonly RouteGroup[] {
  const merged = new Map<string, {labels: Labels; receiver: string; rowKeys: Set<string>}>();
  for (const source of sources) {
    for (const group of source.groups) {
      const key = `${labelKey(group.labels)} ${group.receiver}`;
      const seen = merged.get(key) ?? {
        labels: group.labels,
        receiver: group.receiver,
        rowKeys: new Set<string>(),
      };
      for (const alert of group.alerts) seen.rowKeys.add(labelKey(alert.labels));
      merged.set(key, seen);
    }
  }
  return [...merged].map(([key, group]) => ({
    key,
    labels: group.labels,
    receiver: group.receiver,
    rowKeys: [...group.rowKeys],
    routed: true,
  }));
}

export type AlertListItem =
  | {
      readonly kind: 'group';
      readonly group: RouteGroup;
      /** Its rows that pass the filter, in list order. */
      readonly rows: readonly AlertRow[];
    }
  | {readonly kind: 'row'; readonly row: AlertRow};

/**
 * The grouped list: each group with at least one shown row, then its rows in the given (severity,
 * then age) order. Groups come in the order of their first row, so the group of the newest
 * critical alert is on top. An alert routed to several groups (`continue: true`) is under each;
 * rows in no group close the list: those no group was reported for, then the pending ones.
 */
export function groupedItems(
  rows: readonly AlertRow[],
  groups: readonly RouteGroup[],
): readonly AlertListItem[] {
  const position = new Map(rows.map((row, index) => [row.key, index]));
  const withRows = groups.flatMap((group) => {
    const members = group.rowKeys.flatMap((key) => {
      const at = position.get(key);
      return at === undefined ? [] : [at];
    });
    if (members.length === 0) return [];
    const sorted = members.sort((a, b) => a - b);
    return [{group, rows: sorted.flatMap((at) => rows[at] ?? []), first: sorted[0] ?? 0}];
  });
  withRows.sort((a, b) => a.first - b.first || compare(a.group.key, b.group.key));
  const routed = new Set(groups.flatMap((group) => group.rowKeys));
  const unrouted = rows.filter((row) => !routed.has(row.key));
  // Pending alerts never reach AlertManager; other rows are in no group AlertManager reported
  // (an AlertManager older than the groups API, or a recording made without it).
  for (const pending of [false, true]) {
    const members = unrouted.filter((row) => (row.state === 'pending') === pending);
    if (members.length === 0) continue;
    const group: RouteGroup = {
      key: pending ? 'pending' : 'ungrouped',
      labels: {},
      receiver: '',
      rowKeys: members.map((row) => row.key),
      routed: false,
    };
    withRows.push({group, rows: members, first: rows.length});
  }
  return withRows.flatMap(({group, rows: members}): AlertListItem[] => [
    {kind: 'group', group, rows: members},
    ...members.map((row): AlertListItem => ({kind: 'row', row})),
  ]);
}

/** The flat list's items: every row on its own. */
export const rowItems = (rows: readonly AlertRow[]): readonly AlertListItem[] =>
  rows.map((row) => ({kind: 'row', row}));

/** What AlertManager's UI silences for a group: one equality matcher per group label. */
export function groupMatchers(group: RouteGroup): readonly Matcher[] {
  return Object.entries(group.labels).map(([name, value]) => ({name, operator: '=', value}));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
