// What the shell prints for an error it did not expect.
import {describe, expect, it} from 'vitest';
import {oneLine} from '../../source/config/one-line.js';

describe('oneLine', () => {
  it.each([
    [
      'no stack trace',
      new Error('cannot reach host\n    at stack (file.js:1:1)'),
      'cannot reach host',
    ],
    // A server's text inside an error: no escape sequence, control or bidi override reaches stderr.
    [
      'no escapes from a server',
      new Error('bad \u001B]52;c;cHduZWQ=\u0007answer\u001B[2J \u202Eevil\ttab'),
      'bad answer evil tab',
    ],
    ['a thrown string', 'plain \u009B31mstring', 'plain string'],
    ['nothing left', new Error('\u001B[31m\n'), 'unexpected error'],
    ['a thrown undefined', undefined, 'undefined'],
  ])('%s', (_name, error, expected) => {
    expect(oneLine(error)).toBe(expected);
  });
});
