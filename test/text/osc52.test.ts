// OSC 52 bytes, exactly, as a terminal, tmux and GNU screen receive them, and what is refused.
import {describe, expect, it} from 'vitest';
import {
  checkClipboardText,
  clipboardLimitBytes,
  multiplexerOf,
  osc52Sequence,
} from '../../source/text/osc52.js';

const url = 'https://runbooks.example/HighErrorRate';
// base64 of the URL, computed by hand in a shell: printf %s "$url" | base64 -w0
const encoded = 'aHR0cHM6Ly9ydW5ib29rcy5leGFtcGxlL0hpZ2hFcnJvclJhdGU=';

describe('osc52Sequence', () => {
  it('writes ESC ] 52 ; c ; base64 BEL for a terminal', () => {
    expect(Buffer.from(encoded, 'base64').toString()).toBe(url);
    expect(osc52Sequence(url, 'none')).toBe(`\u001B]52;c;${encoded}\u0007`);
  });

  it("wraps it in tmux's pass-through with every ESC doubled", () => {
    expect(osc52Sequence(url, 'tmux')).toBe(
      `\u001BPtmux;\u001B\u001B]52;c;${encoded}\u0007\u001B\\`,
    );
  });

  it("wraps it in screen's DCS, in parts screen does not cut", () => {
    expect(osc52Sequence(url, 'screen')).toBe(`\u001BP\u001B]52;c;${encoded}\u0007\u001B\\`);
    const long = 'x'.repeat(300);
    const sequence = `\u001B]52;c;${Buffer.from(long).toString('base64')}\u0007`;
    expect(sequence.length).toBe(408);
    expect(osc52Sequence(long, 'screen')).toBe(
      `\u001BP${sequence.slice(0, 252)}\u001B\\\u001BP${sequence.slice(252)}\u001B\\`,
    );
  });

  it('encodes UTF-8', () => {
    expect(osc52Sequence('sum(µ)', 'none')).toBe('\u001B]52;c;c3VtKMK1KQ==\u0007');
  });
});

describe('checkClipboardText', () => {
  it.each([
    ['an ESC', 'https://x/\u001B]52;c;ZXZpbA==\u0007'],
    ['a BEL', 'https://x/\u0007'],
    ['a C1 OSC', 'https://x/\u009D52;c;ZXZpbA==\u009C'],
    ['a carriage return', 'https://x/\rrm -rf ~'],
    ['a tab', 'https://x/\t'],
    ['DEL', 'https://x/\u007F'],
    ['a bidi override', 'https://x/\u202Egnp.exe'],
    ['a zero-width joiner', 'https://x/a\u200Db'],
  ])('refuses text with %s, whole', (_name, text) => {
    expect(checkClipboardText(text)).toEqual({
      ok: false,
      reason: 'it contains control characters',
    });
  });

  it('takes plain text and line feeds between queries', () => {
    expect(checkClipboardText(url)).toEqual({ok: true, text: url});
    expect(checkClipboardText('sum(a)\nsum(b)')).toEqual({ok: true, text: 'sum(a)\nsum(b)'});
  });

  it('refuses nothing and text over the limit', () => {
    expect(checkClipboardText('  ')).toEqual({ok: false, reason: 'nothing to copy'});
    expect(checkClipboardText('a'.repeat(clipboardLimitBytes))).toEqual({
      ok: true,
      text: 'a'.repeat(8192),
    });
    expect(checkClipboardText('é'.repeat(4097))).toEqual({
      ok: false,
      reason: 'it is 8194 bytes, over the 8192-byte limit',
    });
  });
});

describe('multiplexerOf', () => {
  it.each([
    [{TMUX: '/tmp/tmux-0/default,1,0'}, 'tmux'],
    [{STY: '123.pts-0.host'}, 'screen'],
    [{TMUX: '/tmp/t,1,0', STY: '1.x'}, 'tmux'],
    [{TMUX: ''}, 'none'],
    [{}, 'none'],
  ])('%j: %s', (env, multiplexer) => {
    expect(multiplexerOf(env)).toBe(multiplexer);
  });
});
