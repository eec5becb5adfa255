// The copy box (`y`), in the panel grid's place until the next key: what was copied with OSC 52,
// that the terminal may have refused it (nova-top cannot know), and the text itself, whole and
// without borders so that it can be selected by hand; or why nothing was copied.
import type {Copied} from '../ui-state/copy.js';
import {clipboardLimitBytes} from '../text/osc52.js';
import {sanitize} from '../text/sanitize.js';
import {wrapToWidth} from '../text/wrap.js';
import {fitBlock, segment} from './line.js';
import type {Line} from './tone.js';

const explanation =
  'Sent to your terminal with OSC 52. It may refuse it (nova-top cannot know): ' +
  'if nothing was copied, select the text below by hand.';

/** Exactly width x height. */
export function copyLines(copied: Copied, width: number, height: number): Line[] {
  const what = sanitize(copied.what);
  const lines: Line[] =
    'refused' in copied
      ? [
          [segment(`Not copied: ${what}`, 'warning')],
          [segment(`Nothing was sent: ${sanitize(copied.refused)}.`, 'muted')],
          [segment(`(Copies are plain text of at most ${clipboardLimitBytes} bytes.)`, 'muted')],
        ]
      : [
          [segment(`Copied ${what}`, 'ok')],
          ...wrapToWidth(explanation, width, 4).map((text): Line => [segment(text, 'muted')]),
          [],
          ...textLines(copied.text, width, Math.max(1, height - 8)),
        ];
  return fitBlock([...lines, [], [segment('Any key closes this.', 'muted')]], width, height);
}

/** The copied text, each of its lines wrapped (URLs break anywhere), as much as there is room for. */
function textLines(text: string, width: number, room: number): Line[] {
  const wrapped = text
    .split('\n')
    .flatMap((line) => wrapToWidth(sanitize(line), width, room))
    .slice(0, room);
  return wrapped.map((line): Line => [segment(line)]);
}
