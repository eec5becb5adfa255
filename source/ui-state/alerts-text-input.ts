// A one-line text input as a pure reducer (ink-ui's text-input state): the value and where the
// cursor is. The silence form and the alert filter both use it; useInput adapters feed it the
// edits keys/text-keys.ts reads from keys.
import type {TextEdit} from '../keys/text-keys.js';

export type TextInput = {readonly value: string; readonly cursor: number};

export const textInput = (value = ''): TextInput => ({value, cursor: [...value].length});

/** Works on code points, so the cursor never splits a surrogate pair. */
export function editText(input: TextInput, edit: TextEdit): TextInput {
  const chars = [...input.value];
  const at = Math.min(input.cursor, chars.length);
  switch (edit.type) {
    case 'insert': {
      // Typed or pasted text: control characters (a pasted newline, escapes) are not input.
      const text = [...edit.text].filter((char) => char >= ' ' && char !== '\u007f');
      if (text.length === 0) return input;
      return {
        value: [...chars.slice(0, at), ...text, ...chars.slice(at)].join(''),
        cursor: at + text.length,
      };
    }
    case 'deleteBack':
      if (at === 0) return input;
      return {value: [...chars.slice(0, at - 1), ...chars.slice(at)].join(''), cursor: at - 1};
    case 'deleteForward':
      if (at === chars.length) return input;
      return {value: [...chars.slice(0, at), ...chars.slice(at + 1)].join(''), cursor: at};
    case 'left':
      return {...input, cursor: Math.max(0, at - 1)};
    case 'right':
      return {...input, cursor: Math.min(chars.length, at + 1)};
    case 'home':
      return {...input, cursor: 0};
    case 'end':
      return {...input, cursor: chars.length};
    case 'clear':
      return textInput();
    case 'set':
      return textInput(edit.value);
  }
}
