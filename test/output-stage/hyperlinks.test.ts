// OSC 8 hyperlinks through the output stage: kept per cell by parseFrame, written by encodeDiff
// around runs of linked cells (and closed before the write ends), and not one byte more for a
// screen without links.
import {describe, expect, it} from 'vitest';
import {encodeDiff, type TerminalState} from '../../source/output-stage/encode-diff.js';
import {blankGrid} from '../../source/output-stage/grid.js';
import {parseFrame} from '../../source/output-stage/parse-frame.js';
import {defaultStyle} from '../../source/output-stage/style.js';
import {createEmulator} from './emulator.js';

const esc = '\u001B';
const open = (url: string) => `${esc}]8;;${url}${esc}\\`;
const close = `${esc}]8;;${esc}\\`;
const home: TerminalState = {cursor: {kind: 'cell', row: 0, column: 0}, style: defaultStyle};

describe('hyperlinks in the output stage', () => {
  it('keeps the link target of each cell, whether the frame ends OSC 8 with ST or BEL', () => {
    const frame = `a ${open('https://r.example/x')}run${close} ${esc}]8;;https://b.example\u0007b${esc}]8;;\u0007`;
    const grid = parseFrame(frame, 8, 1);
    expect(grid.chars.join('')).toBe('a run b ');
    expect([...Array(8).keys()].map((index) => grid.links[index])).toEqual([
      undefined,
      undefined,
      'https://r.example/x',
      'https://r.example/x',
      'https://r.example/x',
      undefined,
      'https://b.example',
      undefined,
    ]);
  });

  it('drops a target with control characters or spaces rather than write it back', () => {
    const grid = parseFrame(`${open('https://x.example/a b')}ab${close}`, 2, 1);
    expect([grid.links[0], grid.links[1]]).toEqual([undefined, undefined]);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'ssh://host', 'HTTPS-ish:x'])(
    'drops a link to %s: nova-top only makes http(s) links',
    (url) => {
      const grid = parseFrame(`${open(url)}ab${close}`, 2, 1);
      expect([grid.links[0], grid.links[1]]).toEqual([undefined, undefined]);
    },
  );

  it('drops bidi controls and zero-width joiners that reach the last door', () => {
    const grid = parseFrame('a\u202Eb\u200Dc\u2066d', 4, 1);
    expect(grid.chars.join('')).toBe('abcd');
  });

  it('writes OSC 8 around the run of linked cells and closes it before the write ends', () => {
    const next = parseFrame(`a ${open('https://r.example/x')}run${close} b`, 7, 1);
    const {text} = encodeDiff(blankGrid(7, 1), next, home);
    // The blank after the link is already on screen: the cursor steps over it (CSI C), and the
    // link is closed before the next cell written, which has none.
    expect(text).toBe(`a ${open('https://r.example/x')}run${esc}[C${close}b`);
  });

  it('rewrites a cell whose link alone changed', () => {
    const before = parseFrame('see', 3, 1);
    const after = parseFrame(`${open('https://r.example/')}see${close}`, 3, 1);
    expect(encodeDiff(before, after, home).text).toBe(`${open('https://r.example/')}see${close}`);
    const back = encodeDiff(after, before, home).text;
    expect(back).toBe('see');
  });

  it('costs nothing when no link is on screen', () => {
    const before = parseFrame('abc def', 7, 1);
    const after = parseFrame('abX dXf', 7, 1);
    // Short gaps are rewritten rather than jumped, exactly as before links existed.
    expect(encodeDiff(before, after, home).text).toBe('abX dX');
  });

  it('shows the same text on a real terminal emulator (the link is invisible)', async () => {
    const next = parseFrame(`go ${open('https://r.example/x')}here${close}!`, 10, 1);
    const emulator = createEmulator(10, 1);
    await emulator.write(encodeDiff(blankGrid(10, 1), next, home).text);
    expect(emulator.lines()).toEqual(['go here!  ']);
  });
});
