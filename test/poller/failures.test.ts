import {describe, expect, it} from 'vitest';
import {HttpError} from '../../source/http/types.js';
import {backoffDelay, isConnectionError, toPanelError} from '../../source/poller/failures.js';

describe('backoffDelay', () => {
  it.each([
    // failures, refresh, cap, random -> delay
    [1, 15_000, 60_000, 0, 15_000],
    [2, 15_000, 60_000, 0, 30_000],
    [3, 15_000, 60_000, 0, 60_000],
    [9, 15_000, 60_000, 0, 60_000],
    [2, 15_000, 60_000, 0.5, 31_500],
    [3, 15_000, 60_000, 0.999, 65_994],
    [1, 300_000, 60_000, 0, 300_000],
    [4, 300_000, 60_000, 0, 300_000],
    [60, 1_000, 60_000, 0, 60_000],
  ])(
    '%i failures, refresh %i ms, cap %i, random %d -> %i ms',
    (failures, refresh, cap, random, delay) => {
      expect(backoffDelay(failures, refresh, cap, () => random)).toBe(delay);
    },
  );
});

describe('failures', () => {
  it('counts only unanswered requests (and gateway errors) as the server being down', () => {
    const cases = [
      [new HttpError('unreachable', 'x'), true],
      [new HttpError('timeout', 'x'), true],
      [new HttpError('http', 'x', {status: 502}), true],
      [new HttpError('http', 'x', {status: 401}), false],
      [new HttpError('prometheus', 'x', {status: 503, errorType: 'unavailable'}), false],
      [new HttpError('malformed', 'x'), false],
      [new Error('bug'), false],
    ] as const;
    expect(cases.map(([error]) => isConnectionError(error))).toEqual(cases.map(([, down]) => down));
  });

  it('shows no error for an aborted request', () => {
    expect(toPanelError(new HttpError('aborted', 'request cancelled'))).toBeUndefined();
    expect(toPanelError(new HttpError('timeout', 'no answer'))).toEqual({
      kind: 'timeout',
      message: 'no answer',
    });
    expect(toPanelError(new TypeError('x is undefined'))).toEqual({
      kind: 'malformed',
      message: 'unexpected failure: x is undefined',
    });
  });
});
