// The two header lines: dashboard tabs (the active one in brackets) and PAUSED; then the
// Prometheus URL, range and refresh interval, with the age of the last successful update or, while
// Prometheus is down, since when and when the next try is; between them the dashboard's variables.
import type {DashboardSpec} from '../dashboards/spec.js';
import {formatDurationMs} from '../config/duration.js';
import type {ConnectionState} from '../store/panel-state.js';
import {sanitize} from '../text/sanitize.js';
import {formatAge} from './age.js';
import {fitLine, lineWidth, segment, spreadLine} from './line.js';
import {replayBadge, replayNotice, type ReplayStatus} from './replay-status.js';
import type {Line} from './tone.js';
import {heldBadge, heldNotice} from './time-travel-view.js';
import {fitVariables} from './variables-line.js';
import type {VariableState} from '../dashboards/variable-spec.js';

export type HeaderInput = {
  readonly dashboards: readonly DashboardSpec[];
  readonly activeIndex: number;
  /** Without credentials (config/endpoint.ts takes userinfo out). */
  readonly url: string;
  readonly rangeSeconds: number;
  readonly refreshMs: number;
  readonly connection: ConnectionState;
  readonly paused: boolean;
  readonly now: number;
  readonly width: number;
  /** Clock time as the user reads it; local HH:MM:SS unless a test pins it. */
  readonly clockText?: (ms: number) => string;
  /** The alerts tab after the dashboards and the firing counts (view-models/alerts). */
  readonly alerts?: {
    readonly active: boolean;
    readonly counts: Line;
    /** Tried before the compact counts (e.g. a shorter notice beside them). */
    readonly shortCounts?: Line;
    /** Shorter counts (`1C 0W 0I`) for when the tabs and the counts do not fit side by side. */
    readonly compactCounts?: Line;
  };
  /** While replaying a snapshot: shown instead of PAUSED and the connection notice. */
  readonly replay?: ReplayStatus;
  /** The time (ms) the dashboards are held at (time travel): marked plainly as not live. */
  readonly heldAt?: number;
  /** The dashboard's variables, between the refresh and the notice (variables-line.ts). */
  readonly variables?: readonly VariableState[];
};

const localClock = (ms: number): string => new Date(ms).toTimeString().slice(0, 8);

type TabNames = 'titles' | 'active-title' | 'ids';

function tabs(
  dashboards: readonly DashboardSpec[],
  active: number,
  names: TabNames,
  alertsTab?: {readonly active: boolean},
): Line {
  const dashboardTabs = dashboards.flatMap((dashboard, index) => {
    const isActive = index === active;
    const useTitle = names === 'titles' || (names === 'active-title' && isActive);
    const name = `${index + 1} ${useTitle ? dashboard.title : dashboard.id}`;
    const tab = isActive ? segment(`[${name}]`, 'focus') : segment(` ${name} `, 'muted');
    return index === 0 ? [tab] : [segment(' '), tab];
  });
  if (alertsTab === undefined) return dashboardTabs;
  const name = `${dashboards.length + 1} ${names === 'ids' && !alertsTab.active ? 'alerts' : 'Alerts'}`;
  const tab = alertsTab.active ? segment(`[${name}]`, 'focus') : segment(` ${name} `, 'muted');
  return [...dashboardTabs, segment(' '), tab];
}

/** Which counts: `counts`, `shortCounts`, then `compactCounts`, the first that fits. */
type CountsForm = 'full' | 'short' | 'compact';

function tabsLine(input: HeaderInput, form: CountsForm = 'full'): Line {
  const paused: Line = input.replay
    ? replayBadge(input.replay)
    : input.heldAt !== undefined
      ? heldBadge(input.heldAt)
      : input.paused
        ? [segment('PAUSED', 'warning')]
        : [];
  const shorter = form === 'short' ? input.alerts?.shortCounts : input.alerts?.compactCounts;
  const counts = (form === 'full' ? undefined : shorter) ?? input.alerts?.counts ?? [];
  const right: Line = [
    ...paused,
    ...(paused.length > 0 && counts.length > 0 ? [segment(' ')] : []),
    ...counts,
  ];
  const room = input.width - (right.length > 0 ? lineWidth(right) + 1 : 0);
  const choices: readonly TabNames[] = ['titles', 'active-title', 'ids'];
  const active = input.alerts?.active === true ? -1 : input.activeIndex;
  const tabsOf = (names: TabNames) => tabs(input.dashboards, active, names, input.alerts);
  const found = choices.map(tabsOf).find((line) => lineWidth(line) <= room);
  if (found === undefined && form === 'full' && input.alerts?.shortCounts !== undefined) {
    return tabsLine(input, 'short');
  }
  if (found === undefined && form !== 'compact' && input.alerts?.compactCounts !== undefined) {
    return tabsLine(input, 'compact');
  }
  return spreadLine(found ?? tabsOf('ids'), right, input.width);
}

/** What the right end of the second line says about the connection. */
export function connectionNotice(
  connection: ConnectionState,
  now: number,
  clockText: (ms: number) => string = localClock,
): Line {
  if (connection.status === 'down') {
    const since =
      connection.downSince === undefined ? '' : ` since ${clockText(connection.downSince)}`;
    const wait =
      connection.retryAt === undefined ? undefined : Math.ceil((connection.retryAt - now) / 1000);
    const retry = wait === undefined ? '' : wait > 0 ? `, retrying in ${wait}s` : ', retrying now';
    const reason = connection.lastError ? `: ${sanitize(connection.lastError.message).trim()}` : '';
    // Never reached at all: perhaps there is no Prometheus here; the demo works without one.
    const demo = connection.lastSuccessAt === undefined ? ' (try --demo)' : '';
    return [segment(`Prometheus unreachable${demo}${since}${retry}${reason}`, 'critical')];
  }
  if (connection.status === 'up' && connection.lastError !== undefined) {
    // It answers, but nothing it says can be read: not "updated 0s ago".
    const read =
      connection.lastSuccessAt === undefined
        ? ''
        : `, last read ${formatAge(now - connection.lastSuccessAt)} ago`;
    const reason = sanitize(connection.lastError.message).trim();
    return [segment(`nothing readable${read}: ${reason}`, 'critical')];
  }
  if (connection.lastSuccessAt === undefined) return [segment('connecting…', 'muted')];
  // The age of the newest data read, not of the last request that was answered.
  const dataAt = connection.dataAt ?? connection.lastSuccessAt;
  return [segment(`updated ${formatAge(now - dataAt)} ago`, 'muted')];
}

/** Room the URL, range and refresh keep on the second line when a long notice needs space. */
const minimumLeft = 24;

function statusLine(input: HeaderInput): Line {
  const left: Line = [
    segment(input.url),
    segment(`  range ${formatDurationMs(input.rangeSeconds * 1000)}`, 'muted'),
    segment(`  refresh ${formatDurationMs(input.refreshMs)}`, 'muted'),
  ];
  const {connection, heldAt} = input;
  // Held, the answers are as of that time; a failure to get them still says why.
  const failing = connection.status === 'down' || connection.lastError !== undefined;
  const notice = input.replay
    ? replayNotice(input.replay, input.clockText ?? localClock)
    : heldAt !== undefined && !failing
      ? heldNotice(heldAt)
      : connectionNotice(connection, input.now, input.clockText);
  const noticeRoom = Math.max(0, input.width - 1 - Math.min(minimumLeft, lineWidth(left)));
  const right = lineWidth(notice) > noticeRoom ? fitLine(notice, noticeRoom) : notice;
  // The variables take what the URL, range, refresh and notice leave (two cells before them).
  const variablesRoom = input.width - lineWidth(left) - lineWidth(right) - 3;
  const variables = fitVariables(input.variables ?? [], variablesRoom);
  const middle = variables.length === 0 ? [] : [segment('  '), ...variables];
  return spreadLine([...left, ...middle], right, input.width);
}

/** Two lines, each exactly `width` cells. */
export function headerLines(input: HeaderInput): readonly [Line, Line] {
  return [tabsLine(input), statusLine(input)];
}
