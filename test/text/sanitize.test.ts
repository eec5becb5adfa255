import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sanitize} from '../../source/text/sanitize.js';

const ESC = '\u001B';
const BEL = '\u0007';
const ST = `${ESC}\\`;

// Anything that could reach the terminal as a control: C0, DEL, C1, bidi controls, lone surrogates.
const control = new RegExp(
  String.raw`[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]`,
  'u',
);

describe('sanitize', () => {
  it.each([
    ['plain text is unchanged', 'api-gateway:8080', 'api-gateway:8080'],
    ['wide and combining characters are kept', '東京 e\u0301 😀', '東京 e\u0301 😀'],
    ['CSI colour', `a${ESC}[31mred${ESC}[0m`, 'ared'],
    ['CSI with private parameters (alternate screen)', `a${ESC}[?1049hb`, 'ab'],
    ['CSI cursor movement and erase', `up${ESC}[2A${ESC}[2Kdown`, 'updown'],
    ['8-bit CSI U+009B', 'a\u009B31mb', 'ab'],
    ['OSC 52 clipboard write ended by BEL', `x${ESC}]52;c;cm0gLXJmIH4=${BEL}y`, 'xy'],
    ['OSC 52 clipboard write ended by ST', `x${ESC}]52;c;cm0gLXJmIH4=${ST}y`, 'xy'],
    [
      'OSC 8 hyperlink keeps only the visible text',
      `${ESC}]8;;http://evil.example${ST}link${ESC}]8;;${ST}`,
      'link',
    ],
    ['OSC window title', `${ESC}]0;pwned${BEL}title`, 'title'],
    ['unterminated OSC runs to the end', `x${ESC}]0;no terminator`, 'x'],
    ['OSC cut short by the next escape', `x${ESC}]0;t${ESC}[1mbold`, 'xbold'],
    ['8-bit OSC U+009D ended by 8-bit ST U+009C', 'a\u009D52;c;Zm9v\u009Cb', 'ab'],
    ['DCS', `a${ESC}P+q544e${ST}b`, 'ab'],
    ['APC', `a${ESC}_Gf=100;AAAA${ST}b`, 'ab'],
    ['PM', `a${ESC}^private${ST}b`, 'ab'],
    ['SOS', `a${ESC}Xstring${ST}b`, 'ab'],
    ['charset designation', `a${ESC}(0b`, 'ab'],
    ['reset and keypad escapes', `a${ESC}c${ESC}=b`, 'ab'],
    ['lone ESC at the end', `a${ESC}`, 'a'],
    [
      'C1 controls NEL and IND are dropped, CSI U+009B takes its final byte',
      'a\u0085b\u0084c\u009B2Jd',
      'abcd',
    ],
    ['C1 CSI in its ESC form', `a${ESC}[1;31mb`, 'ab'],
    ['tabs and newlines become spaces', 'a\tb\nc\r\nd', 'a b c  d'],
    ['line and paragraph separators become spaces', 'a\u2028b\u2029c', 'a b c'],
    ['other C0 controls and DEL are dropped', 'a\u0000b\u0007c\u0008d\u007Fe', 'abcde'],
    ['bidi overrides', 'user\u202Egnp.exe\u202C', 'usergnp.exe'],
    ['bidi embeddings and isolates', '\u202Aa\u202Bb\u2066c\u2067d\u2068e\u2069', 'abcde'],
    ['bidi marks', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
    [
      'zero-width joiner, non-joiner, space and word joiner',
      'a\u200Db\u200Cc\u200Bd\u2060e',
      'abcde',
    ],
    ['byte order mark and soft hyphen', '\uFEFFa\u00ADb', 'ab'],
    ['tag characters', 'a\u{E0041}\u{E007F}b', 'ab'],
    ['variation selectors and skin tones', '\u2764\uFE0F\u{1F44D}\u{1F3FD}', '\u2764\u{1F44D}'],
    ['lone high surrogate', 'a\uD800b', 'a\uFFFDb'],
    ['lone low surrogate', 'a\uDC00b', 'a\uFFFDb'],
    ['reversed pair is two lone surrogates', '\uDE00\uD83D', '\uFFFD\uFFFD'],
    ['a valid pair is kept', '\uD83D\uDE00', '😀'],
    ['empty string', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('shows invalid UTF-8 bytes as U+FFFD once decoded, and keeps them', () => {
    // 0xFF never occurs in UTF-8; 0xC3 0x28 is a truncated two-byte sequence.
    const bytes = new Uint8Array([0x61, 0xff, 0x62, 0xc3, 0x28, 0x1b, 0x5b, 0x32, 0x4a]);
    const decoded = new TextDecoder().decode(bytes);
    expect(decoded).toBe(`a\uFFFDb\uFFFD(${ESC}[2J`);
    expect(sanitize(decoded)).toBe('a\uFFFDb\uFFFD(');
  });

  it('cleans a 10,000-character hostile value quickly and completely', () => {
    const unit = `ok${ESC}[31m\u009B2J${ESC}]52;c;QUFB${BEL}\u202E\uD800\t`;
    const input = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
    const started = performance.now();
    const output = sanitize(input);
    const elapsed = performance.now() - started;
    expect(output).not.toMatch(control);
    expect(output.startsWith('ok\uFFFD ok\uFFFD ok')).toBe(true);
    // Generous: this takes well under a millisecond; a backtracking regex would take seconds.
    expect(elapsed).toBeLessThan(500);
  });

  it('leaves no control character in any mix of the hostile pieces', () => {
    const pieces = [
      ESC,
      '[',
      ']',
      '\u009B',
      '\u009D',
      '\u009C',
      BEL,
      '\\',
      'P',
      '_',
      '\uD800',
      '\u202E',
      'x',
      '1',
      ';',
    ];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          expect(sanitize(a + b + c)).not.toMatch(control);
        }
  });

  it('leaves no control or format character in any string, and is idempotent', () => {
    const anything = new RegExp(
      String.raw`[\u0000-\u001F\u007F-\u009F]|\p{Cf}|[\uD800-\uDFFF]`,
      'u',
    );
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 60}), (input) => {
        const output = sanitize(input);
        expect(output).not.toMatch(anything);
        expect(sanitize(output)).toBe(output);
      }),
      {numRuns: 2000},
    );
  });
});
