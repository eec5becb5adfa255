import {describe, expect, it} from 'vitest';
import {helpOverlayLines, tooSmallLines} from '../../source/view-models/help.js';
import type {Line} from '../../source/view-models/tone.js';

const text = (line: Line): string => line.map((part) => part.text).join('');

describe('tooSmallLines', () => {
  it.each([
    [
      70,
      20,
      ['Terminal too small: 70x20', 'nova-top needs 80x24', '(10 more columns, 4 more rows)'],
    ],
    [79, 40, ['Terminal too small: 79x40', 'nova-top needs 80x24', '(1 more column)']],
    [120, 23, ['Terminal too small: 120x23', 'nova-top needs 80x24', '(1 more row)']],
    [20, 3, ['Terminal too small:…', 'nova-top needs 80x24']],
  ])('at %dx%d', (columns, rows, lines) => {
    const drawn = tooSmallLines({columns, rows}, {columns: 80, rows: 24});
    expect(drawn.map(text)).toEqual(lines.map((line) => line.padEnd(columns)));
  });
});

describe('helpOverlayLines', () => {
  it('boxes the key table in exactly width x height, the title in the border', () => {
    // One row per binding (46) and the border.
    const lines = helpOverlayLines(50, 48).map(text);
    expect(lines).toHaveLength(48);
    expect(lines.every((line) => line.length === 50)).toBe(true);
    expect(lines.slice(0, 3)).toEqual([
      '╭─ Keys (? or Esc closes) ' + '─'.repeat(23) + '╮',
      '│ ' + '← / Shift-Tab  Previous dashboard'.padEnd(46) + ' │',
      '│ ' + '→ / Tab        Next dashboard'.padEnd(46) + ' │',
    ]);
    expect(lines.at(-11)).toBe('│ ' + 'Ctrl-L         Redraw the whole screen'.padEnd(46) + ' │');
    expect(lines.at(-2)).toBe('│ ' + 'q / Ctrl-C     Quit'.padEnd(46) + ' │');
    expect(lines.at(-1)).toBe('╰' + '─'.repeat(48) + '╯');
  });

  it('puts the keys in columns when they do not fit the height, so none is cut off', () => {
    const table = [
      {
        action: 'refresh',
        keys: [{input: 'r'}],
        contexts: ['dashboard'],
        label: 'r',
        help: 'Refresh now',
      },
      // A key told of in another's help has no line of its own.
      {action: 'quit', keys: [{input: 'c', ctrl: true}], contexts: ['dashboard']},
      {
        action: 'togglePause',
        keys: [{input: 'p'}],
        contexts: ['dashboard'],
        label: 'p',
        help: 'Pause',
      },
      {
        action: 'redraw',
        keys: [{input: 'l', ctrl: true}],
        contexts: ['dashboard'],
        label: 'Ctrl-L',
        help: 'Redraw',
      },
    ] as const;
    const lines = helpOverlayLines(40, 4, table).map(text);
    // 2 rows inside the border: 3 keys need 2 columns of (36 - 3) / 2 = 16 cells.
    expect(lines.slice(1, 3)).toEqual([
      '│ ' + 'r  Refresh now'.padEnd(16) + '   ' + 'Ctrl-L  Redraw'.padEnd(17) + ' │',
      '│ ' + 'p  Pause'.padEnd(16) + '   ' + ''.padEnd(17) + ' │',
    ]);
  });

  it('shows every binding at 80x24, quit included', () => {
    const lines = helpOverlayLines(80, 20).map(text).join('\n');
    expect(lines).toContain('q / Ctrl-C');
    expect(lines).toContain('Ctrl-L');
  });
});
