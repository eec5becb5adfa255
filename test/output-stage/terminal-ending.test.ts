import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {
  isHangupError,
  watchTerminal,
  type Ending,
} from '../../source/output-stage/terminal-ending.js';

const errno = (code: string) => Object.assign(new Error(code), {code});

function watched(gone: boolean) {
  const io = {signals: new EventEmitter(), stdin: new EventEmitter(), stdout: new EventEmitter()};
  const endings: Ending[] = [];
  watchTerminal({...io, isGone: () => gone}, (ending) => endings.push(ending));
  return {...io, endings};
}

describe('watchTerminal', () => {
  it.each([
    ['SIGTERM', false, {status: 143, terminalGone: false}],
    ['SIGHUP', false, {status: 129, terminalGone: false}],
    ['SIGHUP', true, {status: 129, terminalGone: true}],
    ['SIGINT', false, {status: 0, terminalGone: false}],
  ] as const)('%s with the terminal gone: %s ends with %j', (signal, gone, ending) => {
    const run = watched(gone);
    run.signals.emit(signal);
    expect(run.endings).toEqual([ending]);
  });

  it.each([
    ['stdout', errno('EIO'), {status: 129, terminalGone: true}],
    ['stdout', errno('EPIPE'), {status: 129, terminalGone: true}],
    ['stdin', errno('ENXIO'), {status: 129, terminalGone: true}],
    ['stdout', errno('ENOMEM'), {status: 1, terminalGone: false}],
  ] as const)('an error on %s (%s) ends with %j', (stream, error, ending) => {
    const run = watched(false);
    run[stream].emit('error', error);
    expect(run.endings).toEqual([ending]);
  });

  it('ends at the end of input only when the terminal is gone', () => {
    const live = watched(false);
    live.stdin.emit('end');
    expect(live.endings).toEqual([]);
    const gone = watched(true);
    gone.stdin.emit('end');
    expect(gone.endings).toEqual([{status: 129, terminalGone: true}]);
  });

  it('ends once, whatever follows, and keeps catching late write errors', () => {
    const run = watched(false);
    run.signals.emit('SIGTERM');
    run.signals.emit('SIGHUP');
    run.stdout.emit('error', errno('EIO'));
    expect(run.endings).toEqual([{status: 143, terminalGone: false}]);
  });
});

describe('isHangupError', () => {
  it.each([
    [errno('EIO'), true],
    [errno('EPIPE'), true],
    [errno('ENOENT'), false],
    [new Error('EIO'), false],
    [undefined, false],
  ])('%s -> %s', (error, expected) => {
    expect(isHangupError(error)).toBe(expected);
  });
});
