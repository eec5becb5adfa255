// Drill-down's label picker, in the panel grid's place: the focused panel's labels with how many
// values each has now, the selected one marked; the list scrolls to keep it in view.
import type {LabelPicker} from '../ui-state/label-picker.js';
import {sanitize} from '../text/sanitize.js';
import {fitBlock, segment} from './line.js';
import {listWindowStart} from './list-window.js';
import type {Line} from './tone.js';

/** Exactly width x height. */
export function labelPickerLines(
  picker: LabelPicker,
  panelTitle: string,
  width: number,
  height: number,
): Line[] {
  const room = Math.max(1, height - 3);
  const first = listWindowStart(picker.selected, picker.labels.length, room);
  const nameWidth = Math.max(...picker.labels.map((label) => label.name.length));
  const rows = picker.labels.slice(first, first + room).map((label, index): Line => {
    const selected = first + index === picker.selected;
    const count =
      label.values === undefined
        ? 'not on the series now'
        : `${label.values} value${label.values === 1 ? '' : 's'}`;
    return [
      segment(selected ? '▶ ' : '  ', 'focus'),
      segment(label.name.padEnd(nameWidth + 2), selected ? 'focus' : 'normal'),
      segment(count, 'muted'),
    ];
  });
  return fitBlock(
    [
      [segment(`Split ${sanitize(panelTitle)} by`, 'title')],
      ...rows,
      [],
      [segment('↑↓ pick  Enter split  Esc cancel', 'muted')],
    ],
    width,
    height,
  );
}
