// The one sanitizer for every string that comes from a server (label names and values, error
// messages): nothing it returns can move the cursor, change colours, set the clipboard (OSC 52),
// make links (OSC 8), reorder text (bidi overrides) or otherwise talk to the terminal.

// Escape sequences are removed whole, so that their payload (a base64 clipboard write, a URL, a
// window title) does not show up as text. Tried left to right at each position:
// - string sequences OSC, DCS, SOS, PM, APC (7-bit `ESC ] P X ^ _` or 8-bit U+0090/98/9D/9E/9F),
//   ending at BEL, ST (`ESC \` or U+009C), just before the next ESC, or at the end of the text;
// - CSI (`ESC [` or U+009B): parameter bytes, intermediate bytes, a final byte;
// - any other escape: intermediate bytes and a final byte.
const escapeSequence = [
  String.raw`(?:\u001B[\]PX^_]|[\u0090\u0098\u009D-\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u009C|\u001B\\)?`,
  String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?`,
  String.raw`\u001B[\u0020-\u002F]*[\u0030-\u007E]?`,
].join('|');

// Whitespace controls and line/paragraph separators would break a one-line cell: they become a space.
const spacing = String.raw`[\t\n\v\f\r\u2028\u2029]`;

// Every other C0 control, DEL and the C1 controls are dropped, and so is every character that has
// no width of its own but changes how wide its neighbours are drawn, which terminals disagree on:
// - format characters (\p{Cf}): the bidi controls (LRM, RLM, ALM, the embeddings, overrides and
//   isolates), zero-width space, (non-)joiners (an emoji ZWJ sequence is one glyph in some
//   terminals and three in others), word joiner, BOM, soft hyphen, tag characters;
// - variation selectors (VS16 turns a narrow symbol into a wide emoji in some terminals only);
// - emoji skin-tone modifiers (two glyphs or one, depending on the terminal) and the combining
//   keycap (string-width counts `1` + keycap as a wide emoji, terminals draw one cell).
// What is left is drawn as wide as string-width measures it by every terminal with Unicode 11
// widths (test/text/sanitize-width.test.ts replays it into a reference terminal).
const invisible = String.raw`[\u0000-\u001F\u007F-\u009F]|\p{Cf}|\p{Variation_Selector}|\p{Emoji_Modifier}|\u20E3`;

// With the `u` flag a surrogate pair is one code point, so only lone halves match.
const loneSurrogate = String.raw`[\uD800-\uDFFF]`;

const hostile = new RegExp(
  `(${escapeSequence})|(${spacing})|(${invisible})|(${loneSurrogate})`,
  'gu',
);

const replace = (
  _match: string,
  sequence: string | undefined,
  space: string | undefined,
  dropped: string | undefined,
): string => {
  if (sequence !== undefined || dropped !== undefined) return '';
  if (space !== undefined) return ' ';
  return '\uFFFD';
};

/** Removes every control character and escape sequence; lone surrogates become U+FFFD. */
export function sanitize(text: string): string {
  return text.replace(hostile, replace);
}
