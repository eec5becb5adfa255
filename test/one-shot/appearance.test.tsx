// --no-color / NO_COLOR and --ascii in the live UI: every line is drawn by ToneLines, which takes
// colours out (keeping bold and dim) and swaps glyphs for their ASCII stand-ins, cell for cell.
import chalk from 'chalk';
import React from 'react';
import {renderToString} from 'ink';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {AppearanceProvider, type Appearance} from '../../source/components/appearance.js';
import {ToneLines} from '../../source/components/panels/tone-lines.js';
import {runMode} from '../../source/config/run-mode.js';
import {asciiGlyphs, toAscii} from '../../source/view-models/glyphs.js';
import {blocks} from '../../source/view-models/sparkline.js';
import {segment} from '../../source/view-models/line.js';
import {cellWidth} from '../../source/text/fit.js';

// The test environment turns colours off (FORCE_COLOR=0); here they must be on to be taken out.
const level = chalk.level;
beforeAll(() => void (chalk.level = 1));
afterAll(() => void (chalk.level = level));

const lines = [
  [segment('╭─ down ', 'critical'), segment('▁▃▅█', 'series1'), segment(' 5s', 'muted')],
];

/** The foreground colours set (SGR 30-38, 90-97), resets left out. */
const sgrColour = new RegExp(`${String.fromCharCode(27)}\\[(3[0-8]|9[0-7])m`, 'g');
const colours = (text: string): string[] =>
  [...text.matchAll(sgrColour)].map((match) => match[1] ?? '');

function draw(appearance: Appearance): string {
  return renderToString(
    <AppearanceProvider appearance={appearance}>
      <ToneLines lines={lines} width={15} />
    </AppearanceProvider>,
    {columns: 15},
  );
}

describe('appearance', () => {
  it('draws colours by default', () => {
    expect(colours(draw({color: true, ascii: false}))).toEqual(['31', '36', '90']);
  });

  it('draws no colour without it: bold stays, grey becomes dim', () => {
    expect(colours(draw({color: false, ascii: false}))).toEqual([]);
    expect(draw({color: false, ascii: false})).toBe(
      '\u001B[1m╭─ down \u001B[22m▁▃▅█\u001B[2m 5s\u001B[22m',
    );
  });

  it('draws ASCII stand-ins with --ascii', () => {
    expect(draw({color: false, ascii: true})).toBe(
      '\u001B[1m+- down \u001B[22m_:=#\u001B[2m 5s\u001B[22m',
    );
  });

  it('has a one-column ASCII stand-in for every glyph, and one for each sparkline block', () => {
    for (const [glyph, ascii] of Object.entries(asciiGlyphs)) {
      expect(ascii).toMatch(/^[\x21-\x7e]$/);
      expect(cellWidth(glyph)).toBe(1);
    }
    expect(toAscii(blocks.join(''))).toBe('_.:-=+*#');
  });

  it('turns colour off with --no-color or any non-empty NO_COLOR', () => {
    expect(runMode({}, {}).color).toBe(true);
    expect(runMode({color: false}, {}).color).toBe(false);
    expect(runMode({}, {NO_COLOR: '1'}).color).toBe(false);
    expect(runMode({}, {NO_COLOR: ''}).color).toBe(true);
  });
});
