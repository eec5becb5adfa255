// Keys typed into a one-line text input (the alert filter, the silence form): which edit each key
// means. ui-state/alerts-text-input.ts applies the edits.

/** What a key does to a text input. */
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
