// A text input drawn as a line (the value with a block cursor) and the one-line notice of the
// last write. The input's value is what the user typed, sanitized all the same (a paste may hold
// anything).
import {sanitize} from '../../text/sanitize.js';
import {fitLine, segment} from '../line.js';
import type {Line, Tone} from '../tone.js';

export type InputView = {readonly value: string; readonly cursor: number};
export type NoticeView = {readonly text: string; readonly tone: 'ok' | 'critical' | 'warning'};

/** `prompt value` with the cursor as an inverted-looking block (the focus tone) when editing. */
export function inputLine(
  prompt: string,
  input: InputView,
  editing: boolean,
  error: string | undefined,
  width: number,
): Line {
  const chars = [...sanitize(input.value)];
  const at = Math.min(input.cursor, chars.length);
  const value: Line = editing
    ? [
        segment(chars.slice(0, at).join('')),
        segment(chars[at] ?? ' ', 'focus'),
        segment(chars.slice(at + 1).join('')),
      ]
    : [segment(chars.join(''))];
  const problem: Line = error === undefined ? [] : [segment(`  ${sanitize(error)}`, 'critical')];
  return fitLine([segment(prompt, 'muted'), ...value, ...problem], width);
}

export function noticeLine(notice: NoticeView): Line {
  const tone: Tone = notice.tone;
  return [segment(sanitize(notice.text), tone)];
}
