// The replay keys, from the key to the intent the app hands to the replay clock, and the speeds.
import {describe, expect, it} from 'vitest';
import {initialUiState} from '../../source/ui-state/ui-state.js';
import {formatSpeed, replayBadge, replayNotice} from '../../source/view-models/replay-status.js';

import {press, twoDashboards} from '../ui-state/press.js';

/** The effect a key asks of the app (the replay clock's intents). */
const command = (input: string, key = {}) =>
  press(initialUiState(0, 3600), {dashboards: twoDashboards}, [input, key]).effects[0];

describe('replay keys', () => {
  it.each([
    [',', {}, 'replayStepBack'],
    ['.', {}, 'replayStepForward'],
    ['g', {}, 'replayToStart'],
    ['', {home: true}, 'replayToStart'],
    ['G', {shift: true}, 'replayToEnd'],
    ['', {end: true}, 'replayToEnd'],
    ['[', {}, 'replaySlower'],
    [']', {}, 'replayFaster'],
  ])('%j %j asks for %s', (input, key, action) => {
    expect(command(input, key)).toEqual({type: 'replay', action});
  });

  it('names the speeds', () => {
    expect([0.25, 0.5, 1, 16].map(formatSpeed)).toEqual(['1/4x', '1/2x', '1x', '16x']);
  });
});

describe('the replay in the header', () => {
  const status = {at: 65_000, start: 0, end: 180_000, paused: false, speed: 2, truncated: false};
  const text = (line: readonly {text: string}[]) => line.map((part) => part.text).join('');
  const clock = (ms: number) => `T+${ms / 1000}`;

  it('says replay and its speed, paused, or at the end', () => {
    expect(text(replayBadge(status))).toBe('REPLAY 2x');
    expect(text(replayBadge({...status, paused: true}))).toBe('REPLAY PAUSED');
    expect(text(replayBadge({...status, at: 180_000}))).toBe('REPLAY END');
  });

  it('shows the recorded time and where it is, and that a cut file ends early', () => {
    expect(text(replayNotice(status, clock))).toBe('recorded T+65, 1:05 of 3:00');
    expect(replayNotice({...status, truncated: true}, clock).at(-1)).toEqual({
      text: ' · recording ends early',
      tone: 'warning',
    });
  });
});
