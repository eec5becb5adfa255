// One alert row as text: the alertname, the labels that tell it apart from its siblings and its
// summary on the left; its state, age and (with several AlertManagers) its source on the right.
// Every server string is sanitized here, before it is measured or cut.
import type {AlertRow, AlertRowState, Severity} from '../../alerts/alert-rows.js';
import {pendingEta} from '../../alerts/pending-eta.js';
import type {Labels} from '../../prometheus/types.js';
import {sanitize} from '../../text/sanitize.js';
import {formatAge} from '../age.js';
import {segment, spreadLine} from '../line.js';
import type {Line, Tone} from '../tone.js';

export const severityTone: Readonly<Record<Severity, Tone>> = {
  critical: 'critical',
  warning: 'warning',
  info: 'normal',
  other: 'muted',
};

/** `firing`, `pending, fires in ~3 min`, `silenced`, `inhibited`. */
export function stateText(row: AlertRow, now: number): string {
  if (row.state !== 'pending') return row.state;
  const eta = pendingEta(row.firesAt, now);
  return eta === undefined ? 'pending' : `pending, ${eta}`;
}

const stateTone = (state: AlertRowState, severity: Severity): Tone =>
  state === 'firing' ? severityTone[severity] : state === 'pending' ? 'warning' : 'muted';

export const labelText = (labels: Labels): string =>
  Object.entries(labels)
    .map(([name, value]) => `${sanitize(name)}=${sanitize(value)}`)
    .join(' ');

export type RowContext = {
  readonly distinguishing: Labels;
  readonly selected: boolean;
  /** Marked with Space for a group silence. */
  readonly marked?: boolean;
  /** Show which AlertManagers reported it (only when there are several). */
  readonly showSource: boolean;
  readonly now: number;
  readonly width: number;
};

export function alertRowLine(row: AlertRow, context: RowContext): Line {
  const labels = labelText(context.distinguishing);
  const summary = sanitize(row.annotations['summary'] ?? '').trim();
  const left: Line = [
    context.selected
      ? segment(context.marked === true ? '›*' : '› ', 'focus')
      : segment(context.marked === true ? ' *' : '  ', 'focus'),
    segment(sanitize(row.alertname), context.selected ? 'focus' : 'title'),
    ...(labels === '' ? [] : [segment(` ${labels}`, 'muted')]),
    ...(summary === '' ? [] : [segment(`  ${summary}`)]),
  ];
  const age = row.since === undefined ? '' : `  ${formatAge(context.now - row.since)}`;
  const source = context.showSource ? `  ${row.sources.map(sanitize).join(',')}` : '';
  const right: Line = [
    segment(stateText(row, context.now), stateTone(row.state, row.severity)),
    segment(age, 'muted'),
    ...(source === '' ? [] : [segment(source, 'muted')]),
  ];
  return spreadLine(left, right, context.width);
}
