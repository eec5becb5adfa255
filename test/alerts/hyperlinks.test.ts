import {describe, expect, it} from 'vitest';
import {supportsHyperlinks} from '../../source/alerts/hyperlinks.js';

describe('supportsHyperlinks', () => {
  it.each([
    ['FORCE_HYPERLINK=1 wins, even off a terminal', {FORCE_HYPERLINK: '1'}, false, true],
    [
      'FORCE_HYPERLINK=0 wins on a capable terminal',
      {FORCE_HYPERLINK: '0', TERM_PROGRAM: 'WezTerm'},
      true,
      false,
    ],
    ['not a terminal', {TERM_PROGRAM: 'WezTerm'}, false, false],
    ['TERM=dumb', {TERM: 'dumb', VTE_VERSION: '7000'}, true, false],
    ['CI', {CI: 'true', TERM: 'xterm-kitty'}, true, false],
    ['GNOME Terminal (VTE 0.50+)', {VTE_VERSION: '6003'}, true, true],
    ['old VTE', {VTE_VERSION: '4205'}, true, false],
    ['iTerm 3.4', {TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.19'}, true, true],
    ['iTerm 3.0', {TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.15'}, true, false],
    ['VS Code 1.85', {TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.85.1'}, true, true],
    ['Windows Terminal', {WT_SESSION: 'x'}, true, true],
    ['kitty', {TERM: 'xterm-kitty'}, true, true],
    ['Apple Terminal', {TERM_PROGRAM: 'Apple_Terminal', TERM: 'xterm-256color'}, true, false],
    ['plain xterm (unknown)', {TERM: 'xterm-256color'}, true, false],
  ] as const)('%s', (_name, env, isTTY, expected) => {
    expect(supportsHyperlinks(env, isTTY)).toBe(expected);
  });
});
