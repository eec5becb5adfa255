import {describe, expect, it} from 'vitest';
import {wrapToWidth} from '../../source/text/wrap.js';

describe('wrapToWidth', () => {
  it.each<[string, string, number, number, string[]]>([
    ['fits on one line', 'no data', 10, 3, ['no data']],
    [
      'breaks at spaces',
      'parse error: unclosed left parenthesis',
      14,
      4,
      ['parse error:', 'unclosed left', 'parenthesis'],
    ],
    ['a word that fits exactly stays on its line', 'abc def ghi', 7, 3, ['abc def', 'ghi']],
    [
      'a word longer than the line is cut inside',
      'sum(message_queue_depth)',
      10,
      3,
      ['sum(messag', 'e_queue_de', 'pth)'],
    ],
    [
      'the last line ends with an ellipsis when text is left',
      'one two three four five',
      9,
      2,
      ['one two', 'three fo…'],
    ],
    ['wide characters are measured in cells', '東京 東京 東京', 5, 3, ['東京', '東京', '東京']],
    ['no room: nothing', 'text', 0, 3, []],
    ['no lines: nothing', 'text', 5, 0, []],
    ['empty text: nothing', '   ', 5, 2, []],
  ])('%s', (_name, text, cells, lines, expected) => {
    expect(wrapToWidth(text, cells, lines)).toEqual(expected);
  });
});
