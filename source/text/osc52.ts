// Copying to the local clipboard over SSH with OSC 52 (`ESC ] 52 ; c ; <base64> BEL`): the
// terminal, not the remote host, sets its clipboard. Only text the user asked to copy goes in,
// and only if it is plain: a URL or a query with a control character in it (ESC, BEL, a C1, a
// bidi override) is refused whole rather than cleaned, so what lands in the clipboard is exactly
// what the screen shows. tmux and GNU screen swallow OSC sequences unless they are wrapped in
// their pass-through DCS (`ESC P ... ESC \`).

/** The most text copied, in UTF-8 bytes before base64 (about 11 KiB encoded: tmux and most terminals take it). */
export const clipboardLimitBytes = 8192;

/** What sits between nova-top and the terminal, from the environment ($TMUX, $STY). */
export type Multiplexer = 'none' | 'tmux' | 'screen';

export function multiplexerOf(env: Readonly<Record<string, string | undefined>>): Multiplexer {
  if ((env['TMUX'] ?? '') !== '') return 'tmux';
  if ((env['STY'] ?? '') !== '') return 'screen';
  return 'none';
}

export type ClipboardCheck =
  {readonly ok: true; readonly text: string} | {readonly ok: false; readonly reason: string};

// C0 controls but the line feed between queries, DEL, C1 controls, format characters (bidi
// overrides, zero-width joiners), lone surrogates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]|\p{Cf}|[\uD800-\uDFFF]/u;

/** The text as it will be copied, or why it will not be. */
export function checkClipboardText(text: string): ClipboardCheck {
  if (text.trim() === '') return {ok: false, reason: 'nothing to copy'};
  if (unsafe.test(text)) return {ok: false, reason: 'it contains control characters'};
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > clipboardLimitBytes) {
    return {ok: false, reason: `it is ${bytes} bytes, over the ${clipboardLimitBytes}-byte limit`};
  }
  return {ok: true, text};
}

const ESC = '\u001B';
const BEL = '\u0007';
const ST = `${ESC}\\`;
/** GNU screen cuts longer DCS strings (256 bytes before 4.2, 768 after): each part is its own. */
const screenChunk = 252;

/**
 * The bytes that copy `text` (already checked with checkClipboardText) to the clipboard, as the
 * multiplexer needs them: tmux's pass-through doubles every ESC inside; screen's is split in parts.
 */
export function osc52Sequence(text: string, multiplexer: Multiplexer): string {
  const sequence = `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
  if (multiplexer === 'tmux') return `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ST}`;
  if (multiplexer === 'screen') {
    const parts: string[] = [];
    for (let at = 0; at < sequence.length; at += screenChunk) {
      parts.push(`${ESC}P${sequence.slice(at, at + screenChunk)}${ST}`);
    }
    return parts.join('');
  }
  return sequence;
}
