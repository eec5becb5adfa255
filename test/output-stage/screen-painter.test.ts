import {describe, expect, test} from 'vitest';
import {createScreenPainter} from '../../source/output-stage/screen-painter.js';
import {isFrame} from '../../source/output-stage/terminal-output.js';

const esc = '\u001B';
const begin = `${esc}[?2026h`;
const end = `${esc}[?2026l`;
const clear = `${esc}[m${esc}[H${esc}[2J`;

describe('createScreenPainter', () => {
  test('the first frame enters the alternate screen, hides the cursor and paints on a cleared screen', () => {
    const painter = createScreenPainter({alternateScreen: true});
    expect(painter.paint('ab\n c', 4, 2)).toEqual({
      text: `${esc}[?1049h${esc}[?25l${clear}${begin}ab${esc}[B\bc${end}`,
      fullRepaint: true,
    });
  });

  test('an unchanged frame writes nothing; a change writes only the changed cells', () => {
    const painter = createScreenPainter({alternateScreen: true});
    painter.paint('ab\n c', 4, 2);
    expect(painter.paint('ab\n c', 4, 2)).toEqual({text: '', fullRepaint: false});
    expect(painter.paint('ab\n d', 4, 2)).toEqual({
      text: `${begin}\b${'d'}${end}`,
      fullRepaint: false,
    });
  });

  test('after repaintNext the screen is cleared and painted whole, once', () => {
    const painter = createScreenPainter({alternateScreen: true});
    painter.paint('ab', 4, 1);
    painter.repaintNext();
    expect(painter.paint('ab', 4, 1)).toEqual({
      text: `${clear}${begin}ab${end}`,
      fullRepaint: true,
    });
    expect(painter.paint('ab', 4, 1).text).toBe('');
  });

  test('a new size after repaintNext is painted at that size', () => {
    const painter = createScreenPainter({alternateScreen: true});
    painter.paint('ab', 4, 1);
    painter.repaintNext();
    expect(painter.paint('abcdef', 3, 2).text).toBe(`${clear}${begin}abc${end}`);
  });

  test('leave gives the terminal back, and is empty if nothing was painted', () => {
    const alternate = createScreenPainter({alternateScreen: true});
    expect(alternate.leave()).toBe('');
    alternate.paint('x', 4, 2);
    expect(alternate.leave()).toBe(`${esc}[m${esc}[?25h${esc}[?1049l`);
    const inline = createScreenPainter({alternateScreen: false});
    inline.paint('x\ny\n\n', 4, 4);
    expect(inline.leave()).toBe(`${esc}[m${esc}[3H${esc}[?25h`);
    const full = createScreenPainter({alternateScreen: false});
    full.paint('x\ny', 4, 2);
    expect(full.leave()).toBe(`${esc}[m${esc}[2H\r\n${esc}[?25h`);
  });
});

describe('isFrame', () => {
  const cases: readonly [string, string, boolean][] = [
    ['text', 'hello', true],
    ['coloured text', `${esc}[31mhi${esc}[39m`, true],
    ['an empty write', '', false],
    ['a lone line feed (Ink under CI, on unmount)', '\n', false],
    ['cursor show (Ink on unmount)', `${esc}[?25h`, false],
    ['keyboard protocol query', `${esc}[?u`, false],
    ['a frame of blank lines with text', '\n\n x', true],
  ];
  test.each(cases)('%s', (_name, text, expected) => {
    expect(isFrame(text)).toBe(expected);
  });
});
