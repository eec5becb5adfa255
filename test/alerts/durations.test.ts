import {describe, expect, it} from 'vitest';
import {formatSpan} from '../../source/alerts/durations.js';
import {pendingEta} from '../../source/alerts/pending-eta.js';

const second = 1_000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

describe('formatSpan', () => {
  it.each([
    [0, '0s'],
    [-5 * second, '0s'],
    [45 * second + 999, '45s'],
    [12 * minute + 59 * second, '12m'],
    [hour, '1h'],
    [2 * hour + 5 * minute + 59 * second, '2h 5m'],
    [day, '1d'],
    [3 * day + 4 * hour + 59 * minute, '3d 4h'],
  ])('%d ms -> %s', (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });
});

describe('pendingEta', () => {
  const now = 1_800_000_000_000;
  it.each([
    [undefined, undefined],
    [now - second, 'due now'],
    [now, 'due now'],
    [now + 1, 'fires in ~1 s'],
    [now + 400, 'fires in ~1 s'],
    [now + 15 * second, 'fires in ~15 s'],
    [now + 59 * second, 'fires in ~59 s'],
    [now + 59 * second + 600, 'fires in ~1 min'],
    [now + 60 * second, 'fires in ~1 min'],
    [now + 89 * second, 'fires in ~1 min'],
    [now + 91 * second, 'fires in ~2 min'],
    [now + 50 * minute, 'fires in ~50 min'],
    [now + 90 * minute, 'fires in ~90 min'],
    [now + 2 * hour + 5 * minute, 'fires in ~2h 5m'],
    [now + 2 * day, 'fires in ~2d'],
  ])('%s', (firesAt, text) => {
    expect(pendingEta(firesAt, now)).toBe(text);
  });
});
