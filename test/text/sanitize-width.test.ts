// The width nova-top computes for a sanitized server string is the width a terminal draws: the
// sanitized text is written into a reference terminal (@xterm/headless, as VS Code's terminal) and
// the cursor must end where cellWidth says. Zero-width joiners, tag characters, zero-width spaces,
// BOMs, variation selectors and skin-tone modifiers are what made rows overflow before.
import xterm from '@xterm/headless';
import unicode11 from '@xterm/addon-unicode11';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sanitize} from '../../source/text/sanitize.js';
import {cellWidth} from '../../source/text/fit.js';

async function drawnWidth(text: string, unicodeVersion: '6' | '11'): Promise<number> {
  const terminal = new xterm.Terminal({cols: 400, rows: 2, allowProposedApi: true});
  terminal.loadAddon(new unicode11.Unicode11Addon());
  terminal.unicode.activeVersion = unicodeVersion;
  await new Promise<void>((resolve) => terminal.write(text, resolve));
  const x = terminal.buffer.active.cursorX;
  terminal.dispose();
  return x;
}

// Characters whose width every terminal agrees on, in both Unicode modes.
const plain = ['a', 'Z', '0', ' ', '-', 'é', 'e\u0301', 'ß', '東', '京', 'ｱ', 'Ω', '\u1100\u1161'];
// Wide emoji: two cells with Unicode 11 widths (Unicode 6 terminals draw them one cell wide).
const emoji = ['😀', '👍', '👨', '👩', '👧', '\u2764', '🏴', '1'];
// What the sanitizer must take out because terminals disagree on it.
const zeroWidth = [
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // byte order mark
  '\u00AD', // soft hyphen
  '\u{E0067}', // tag latin small g
  '\u{E007F}', // cancel tag
  '\uFE0F', // variation selector 16 (emoji presentation)
  '\uFE0E', // variation selector 15 (text presentation)
  '\u{E0100}', // variation selector 17
  '\u{1F3FD}', // skin tone modifier
  '\u20E3', // combining enclosing keycap
];

const text = (pieces: readonly string[]) =>
  fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join(''));

describe('sanitized text is as wide as a terminal draws it', () => {
  it.each([
    ['emoji ZWJ sequence', '👨\u200D👩\u200D👧', '👨👩👧', 6],
    ['zero-width space', 'a\u200Bb', 'ab', 2],
    ['byte order mark', '\uFEFFab', 'ab', 2],
    ['flag tag sequence', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', '🏴', 2],
    ['emoji presentation selector', '\u2764\uFE0F', '\u2764', 1],
    ['skin tone', '👍\u{1F3FD}', '👍', 2],
    ['soft hyphen', 'a\u00ADb', 'ab', 2],
    ['keycap', '1\uFE0F\u20E3', '1', 1],
  ])('%s', async (_name, input, expected, width) => {
    const clean = sanitize(input);
    expect(clean).toBe(expected);
    expect(cellWidth(clean)).toBe(width);
    expect(await drawnWidth(clean, '11')).toBe(width);
  });

  it('holds for any mix of text and zero-width characters, with Unicode 6 and 11 widths', async () => {
    await fc.assert(
      fc.asyncProperty(text([...plain, ...zeroWidth]), async (input) => {
        const clean = sanitize(input);
        const width = cellWidth(clean);
        expect(await drawnWidth(clean, '6')).toBe(width);
        expect(await drawnWidth(clean, '11')).toBe(width);
      }),
      {numRuns: 300},
    );
  });

  it('holds for emoji with Unicode 11 widths, the widths nova-top measures', async () => {
    await fc.assert(
      fc.asyncProperty(text([...plain, ...emoji, ...zeroWidth]), async (input) => {
        const clean = sanitize(input);
        expect(await drawnWidth(clean, '11')).toBe(cellWidth(clean));
      }),
      {numRuns: 300},
    );
  });
});
