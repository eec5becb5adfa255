// The times `t` accepts, against a fixed clock in a fixed time zone (Berlin: UTC+1 in December,
// so a local time and UTC differ and a wrong zone shows).
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {acceptedTimes, parseTime} from '../../source/ui-state/parse-time.js';

const zone = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Europe/Berlin';
});
afterAll(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

/** 2026-12-02 05:30:45 in Berlin (04:30:45 UTC). */
const now = Date.UTC(2026, 11, 2, 4, 30, 45);
const utc = (text: string): number => Date.parse(text);
const notATime = `not a time: ${acceptedTimes}`;
const future = 'that time is in the future: nothing to show yet';

describe('parseTime', () => {
  it.each([
    ['-2h', now - 2 * 3_600_000],
    ['-30m', now - 30 * 60_000],
    ['-1d', now - 86_400_000],
    ['-1h30m', now - 90 * 60_000],
    ['  -45s ', now - 45_000],
    ['2026-12-01 03:10', utc('2026-12-01T02:10:00Z')],
    ['2026-12-01 03:10:30', utc('2026-12-01T02:10:30Z')],
    ['2026-12-01T03:10', utc('2026-12-01T02:10:00Z')],
    ['2026-12-01', utc('2026-11-30T23:00:00Z')],
    ['03:10', utc('2026-12-02T02:10:00Z')],
    ['3:10:05', utc('2026-12-02T02:10:05Z')],
    ['2026-12-01T03:10:00Z', utc('2026-12-01T03:10:00Z')],
    ['2026-12-01T03:10:00+05:30', utc('2026-11-30T21:40:00Z')],
    ['2026-12-01T03:10:00.750Z', utc('2026-12-01T03:10:00Z')],
    ['1764558600', 1_764_558_600_000],
    // Summer time in Berlin is UTC+2.
    ['2026-07-01 12:00', utc('2026-07-01T10:00:00Z')],
  ])('reads %j', (text, at) => {
    expect(parseTime(text, now)).toEqual({ok: true, at});
  });

  it.each([
    ['', notATime],
    ['yesterday', notATime],
    ['-2', notATime],
    ['-0s', notATime],
    ['+2h', notATime],
    ['2026-02-30 03:10', notATime],
    ['25:00', notATime],
    ['03:61', notATime],
    ['2026-12-01 03', notATime],
    ['12345', notATime],
    ['06:00', future],
    ['2026-12-03', future],
    ['2026-12-02T05:00:00Z', future],
  ])('refuses %j', (text, error) => {
    expect(parseTime(text, now)).toEqual({ok: false, error});
  });

  it('says what is accepted in one line', () => {
    expect(notATime).toBe(
      'not a time: use 2026-12-01 03:10, 03:10 (today), ISO 8601 with a zone, Unix seconds, ' +
        'or -2h / -30m / -1d',
    );
  });
});
