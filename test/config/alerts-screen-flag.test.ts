// `--dashboard alerts` (or the alerts tab's number, 5) starts on the alerts screen; the
// dashboards keep their names and numbers.
import {describe, expect, it} from 'vitest';
import {parseArgv} from './command-line.js';

const shown = (...argv: string[]) => {
  const result = parseArgv(argv);
  if (!result.ok) return result.error.message;
  return [result.config.dashboardIndex, result.config.alertsScreen === true];
};

describe('--dashboard alerts', () => {
  it.each([
    [
      ['-d', 'alerts'],
      [0, true],
    ],
    [
      ['--dashboard', 'Alerts'],
      [0, true],
    ],
    [
      ['-d', '5'],
      [0, true],
    ],
    [
      ['-d', '4'],
      [3, false],
    ],
    [
      ['-d', 'errors'],
      [3, false],
    ],
    [[], [0, false]],
  ])('%j', (argv, expected) => {
    expect(shown(...argv)).toEqual(expected);
  });
});
