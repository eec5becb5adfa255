// The context picker's lines: a title, then one line per context of the config file, the
// highlighted one in the focus tone and the one in use marked `*`; it takes the grid's place.
import {sanitize} from '../text/sanitize.js';
import {fitBlock, fitLine, segment} from './line.js';
import {listWindowStart} from './list-window.js';
import type {Line} from './tone.js';

export type ContextPickerInput = {
  readonly names: readonly string[];
  readonly current: string;
  readonly highlighted: number;
  readonly width: number;
  readonly height: number;
};

export function contextPickerLines(input: ContextPickerInput): Line[] {
  const {names, current, highlighted, width, height} = input;
  const title: Line = [
    segment('Contexts', 'focus'),
    segment('  ↑/↓ choose, Enter switch, Esc close', 'muted'),
  ];
  // Keep the highlighted row on screen when the list is taller than the space.
  const rows = Math.max(1, height - 2);
  const first = listWindowStart(highlighted, names.length, rows);
  const list = names.slice(first, first + rows).map((name, index): Line => {
    const at = first + index;
    const mark = name === current ? '*' : ' ';
    const text = `${at === highlighted ? '>' : ' '} ${mark} ${sanitize(name)}`;
    return [segment(text, at === highlighted ? 'focus' : 'normal')];
  });
  return fitBlock(
    [title, [], ...list].map((line) => fitLine(line, width)),
    width,
    height,
  );
}
