import {describe, expect, it} from 'vitest';
import {formatDurationMs, parseDuration} from '../../source/config/duration.js';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1d', 86_400_000],
    ['1w', 604_800_000],
    ['1y', 31_536_000_000],
    ['2h15m10s250ms', 8_110_250],
    ['0', 0],
    ['0s', 0],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '5', '5x', '1.5h', '30m1h', '1h1h', ' 5m', '-5m', 'm', '5M', '1e3s'])(
    '%j is not a duration',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe('formatDurationMs', () => {
  it.each([
    [0, '0s'],
    [500, '500ms'],
    [15_000, '15s'],
    [5_400_000, '1h30m'],
    [86_400_000, '1d'],
    [604_800_000, '7d'],
    [2_592_000_000, '30d'],
    [90_061_001, '1d1h1m1s1ms'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatDurationMs(ms)).toBe(text);
  });
});
