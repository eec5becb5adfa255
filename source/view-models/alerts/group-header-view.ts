// A route group's header row in the grouped alert list: its labels and receiver on the left, how
// many of its alerts are shown on the right, in the tone of its most severe alert.
import type {RouteGroup} from '../../alerts/route-groups.js';
import type {AlertRow} from '../../alerts/alert-rows.js';
import {sanitize} from '../../text/sanitize.js';
import {segment, spreadLine} from '../line.js';
import type {Line} from '../tone.js';
import {labelText, severityTone} from './alert-row-view.js';

export type GroupHeaderContext = {
  readonly selected: boolean;
  readonly width: number;
};

/** `› alertname=X  → pager` … `2 alerts`; the pending rows no route has seen say so. */
export function groupHeaderLine(
  group: RouteGroup,
  rows: readonly AlertRow[],
  context: GroupHeaderContext,
): Line {
  const [first] = rows;
  const tone = context.selected
    ? 'focus'
    : first === undefined
      ? 'muted'
      : severityTone[first.severity];
  const labels = labelText(group.labels);
  const title = group.routed
    ? labels === ''
      ? '(no group labels)'
      : labels
    : group.key === 'pending'
      ? 'Not in AlertManager: pending in Prometheus'
      : 'In no route group AlertManager reported';
  const receiver = group.routed ? `  → ${sanitize(group.receiver)}` : '';
  const count = `${rows.length} alert${rows.length === 1 ? '' : 's'}`;
  return spreadLine(
    [
      segment(context.selected ? '› ' : '  ', 'focus'),
      segment(title, tone),
      ...(receiver === '' ? [] : [segment(receiver, 'muted')]),
    ],
    [segment(count, 'muted')],
    context.width,
  );
}
