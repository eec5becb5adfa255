// What the screen says of a held time: the header's badge and notice at 80 and 160 columns (in
// the warning tone), and the time input's line with its hint or its one-line error.
import {beforeAll, describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {acceptedTimes} from '../../source/ui-state/parse-time.js';
import {headerLines, type HeaderInput} from '../../source/view-models/header.js';
import {formatHeldTime, timeInputLine} from '../../source/view-models/time-travel-view.js';
import type {Line} from '../../source/view-models/tone.js';

beforeAll(() => {
  process.env['TZ'] = 'UTC';
});

const heldAt = Date.UTC(2026, 11, 1, 3, 10, 0);
const text = (line: Line): string => line.map((part) => part.text).join('');
const tones = (line: Line) =>
  line.filter((part) => part.text.trim() !== '').map((part) => [part.text.trim(), part.tone]);

function header(overrides: Partial<HeaderInput>) {
  return headerLines({
    dashboards: builtinDashboards,
    activeIndex: 0,
    url: 'http://localhost:9090',
    rangeSeconds: 3600,
    refreshMs: 15_000,
    // The held poller's store: its last answer at the held time.
    connection: {status: 'up', lastSuccessAt: heldAt, dataAt: heldAt},
    paused: false,
    now: heldAt,
    width: 80,
    heldAt,
    ...overrides,
  });
}

describe('a held header', () => {
  it('at 80 columns: the badge and notice say plainly it is not live; the tabs give way', () => {
    const [tabs, status] = header({});
    expect(text(tabs)).toBe(
      '[1 overview]  2 websocket   3 messa… ⏸ AT 2026-12-01 03:10 · not live · Esc live',
    );
    expect(tones(tabs).at(-1)).toEqual(['⏸ AT 2026-12-01 03:10 · not live · Esc live', 'warning']);
    expect(text(status)).toBe(
      'http://localhost:9090  range 1h  refresh … not live: data as of 2026-12-01 03:10',
    );
    expect(tones(status).at(-1)).toEqual(['not live: data as of 2026-12-01 03:10', 'warning']);
  });

  it('at 160 columns: every title, the badge in the warning tone, never "updated 0s ago"', () => {
    const [tabs, status] = header({width: 160});
    const badge = '⏸ AT 2026-12-01 03:10 · not live · Esc live';
    const titles =
      '[1 System Overview]  2 WebSocket Health   3 Messaging Performance   4 Error Analysis ';
    expect(text(tabs)).toBe(titles.padEnd(160 - badge.length) + badge);
    expect(tones(tabs).at(-1)).toEqual([badge, 'warning']);
    const left = 'http://localhost:9090  range 1h  refresh 15s';
    const notice = 'not live: data as of 2026-12-01 03:10';
    expect(text(status)).toBe(left.padEnd(160 - notice.length) + notice);
    expect(text(status)).not.toContain('updated');
  });

  it('a failure to fetch the held time still says why', () => {
    const [, status] = header({
      connection: {
        status: 'down',
        downSince: heldAt,
        lastError: {kind: 'unreachable', message: 'connect ECONNREFUSED'},
      },
      width: 120,
    });
    expect(text(status)).toContain('Prometheus unreachable');
  });
});

describe('formatHeldTime', () => {
  it.each([
    [heldAt, '2026-12-01 03:10'],
    [heldAt + 5_000, '2026-12-01 03:10:05'],
    [Date.UTC(2027, 0, 9, 23, 59, 59), '2027-01-09 23:59:59'],
  ])('%d reads %s', (ms, expected) => {
    expect(formatHeldTime(ms)).toBe(expected);
  });
});

describe('the time input line', () => {
  it('is absent while closed', () => {
    expect(timeInputLine({overlay: 'off'}, 80)).toBeUndefined();
  });

  it('shows the typed text, the cursor, and what Enter and Esc do', () => {
    const line = timeInputLine({overlay: 'off', input: {value: '-2h', cursor: 3}}, 80);
    expect(text(line ?? [])).toBe(
      'time: -2h   Enter hold · Esc cancel · e.g. -2h, 03:10, 2026-12-01 03:10'.padEnd(80),
    );
    expect(line?.[2]).toEqual({text: ' ', tone: 'focus'});
  });

  it('a bad entry: one line saying what is accepted, in the critical tone, cut to the width', () => {
    const error = `not a time: ${acceptedTimes}`;
    const state = {overlay: 'off' as const, input: {value: 'x', cursor: 1}, error};
    expect(text(timeInputLine(state, 160) ?? [])).toBe(`time: x   ${error}`.padEnd(160));
    expect(text(timeInputLine(state, 80) ?? [])).toBe(`time: x   ${error}`.slice(0, 79) + '…');
    expect(tones(timeInputLine(state, 160) ?? []).at(-1)).toEqual([error, 'critical']);
  });
});
