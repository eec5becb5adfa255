// The query prompt's lines: `: ` and the text with a block cursor (scrolled so the cursor stays
// in view), then one line of what the prompt has to say: the syntax problem with a caret under
// its position, the completions with the inserted one marked, or a note.
import {sanitize} from '../text/sanitize.js';
import type {PromptState} from '../ui-state/prompt-state.js';
import {fitLine, segment, textLine} from './line.js';
import type {Line} from './tone.js';

const promptText = ': ';
const hint = 'Enter run · Esc cancel · ↑↓ history · Tab complete';

/** The first character shown: the cursor stays in the line with a cell for it at the end. */
function scrollOf(cursor: number, room: number): number {
  return Math.max(0, cursor - room + 1);
}

export function promptLines(prompt: PromptState, width: number): readonly Line[] {
  const chars = [...sanitize(prompt.input.value)];
  const at = Math.min(prompt.input.cursor, chars.length);
  const room = Math.max(1, width - promptText.length);
  const from = scrollOf(at, room);
  const input = fitLine(
    [
      segment(promptText, 'focus'),
      segment(chars.slice(from, at).join('')),
      segment(chars[at] ?? ' ', 'focus'),
      segment(chars.slice(at + 1).join('')),
    ],
    width,
  );
  return [input, detailLine(prompt, from, width)];
}

function detailLine(prompt: PromptState, scroll: number, width: number): Line {
  const {problem, choosing, note} = prompt;
  if (problem !== undefined) {
    // Positions count UTF-16 units; the caret is drawn under code points.
    const value = prompt.input.value;
    const start = [...value.slice(0, problem.from)].length;
    const length = Math.max(1, [...value.slice(problem.from, problem.to)].length);
    const column = Math.max(0, start - scroll) + promptText.length;
    return fitLine(
      [
        segment(' '.repeat(column)),
        segment('^'.repeat(length), 'critical'),
        segment(` ${sanitize(problem.message)}`, 'critical'),
      ],
      width,
    );
  }
  if (choosing !== undefined) {
    const names = choosing.options.map((option) => sanitize(option));
    // The list starts at the chosen one when the ones before would push it off the line.
    const upTo = names.slice(0, choosing.chosen + 1).join('  ').length;
    const first = 'Tab '.length + upTo > width ? choosing.chosen : 0;
    const options = names
      .slice(first)
      .flatMap((name, index) => [
        segment(index === 0 ? '' : '  '),
        segment(name, first + index === choosing.chosen ? 'focus' : 'normal'),
      ]);
    return fitLine([segment(first === 0 ? 'Tab ' : 'Tab … ', 'muted'), ...options], width);
  }
  if (prompt.pending === true) return textLine('completing…', width, 'muted');
  if (note !== undefined) return textLine(sanitize(note), width, 'muted');
  return textLine(hint, width, 'muted');
}
