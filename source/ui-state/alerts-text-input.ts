// A one-line text input as a pure reducer (ink-ui's text-input state): the value and where the
// cursor is. The silence form and the alert filter both use it; useInput adapters feed it.

export type TextInput = {readonly value: string; readonly cursor: number};

export type TextEdit =
  | {readonly type: 'insert'; readonly text: string}
  | {readonly type: 'deleteBack'}
  | {readonly type: 'deleteForward'}
  | {readonly type: 'left'}
  | {readonly type: 'right'}
  | {readonly type: 'home'}
  | {readonly type: 'end'}
  | {readonly type: 'clear'}
  | {readonly type: 'set'; readonly value: string};

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

/** The parts of Ink's key argument a text input reads. */
export type TextKey = {
  readonly leftArrow?: boolean;
  readonly rightArrow?: boolean;
  readonly backspace?: boolean;
  readonly delete?: boolean;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
  readonly home?: boolean;
  readonly end?: boolean;
};

/**
 * From a key to an edit, or undefined for keys a text input does not take. Ink reports the
 * Backspace key of most terminals (DEL, 0x7f) as `delete`, so both erase backwards.
 */
export function textEditFor(input: string, key: TextKey): TextEdit | undefined {
  if (key.leftArrow) return {type: 'left'};
  if (key.rightArrow) return {type: 'right'};
  if (key.backspace || key.delete) return {type: 'deleteBack'};
  if (key.home || (key.ctrl && input === 'a')) return {type: 'home'};
  if (key.end || (key.ctrl && input === 'e')) return {type: 'end'};
  if (key.ctrl && input === 'u') return {type: 'clear'};
  if (key.ctrl || key.meta || input === '') return undefined;
  return {type: 'insert', text: input};
}
