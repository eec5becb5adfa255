// The silences list (`S`): active and pending silences, with how many current alerts each one
// matches, who made it and how long it has left; `x` asks y/n before expiring the selected one.
import type {SilenceRow} from '../../alerts/silence-rows.js';
import {sanitize} from '../../text/sanitize.js';
import {fitBlock, segment, spreadLine} from '../line.js';
import type {Line} from '../tone.js';
import {noticeLine, type NoticeView} from './input-line.js';

export type SilenceListInput = {
  readonly rows: readonly SilenceRow[];
  readonly selected: number;
  readonly confirmExpire?: string | undefined;
  readonly readOnly: boolean;
  readonly notice?: NoticeView | undefined;
  readonly width: number;
  readonly height: number;
};

export function silenceListLines(input: SilenceListInput): Line[] {
  const {width} = input;
  const title = `Silences (${input.rows.length} active or pending)`;
  const head: Line = spreadLine(
    [segment(title, 'title')],
    input.readOnly ? [segment('read-only: x is off', 'warning')] : [],
    width,
  );
  const body = input.rows.flatMap((row, index): Line[] => {
    const selected = index === input.selected;
    const matched = `${row.matched} alert${row.matched === 1 ? '' : 's'}`;
    return [
      spreadLine(
        [
          selected ? segment('› ', 'focus') : segment('  '),
          segment(sanitize(row.matchers), selected ? 'focus' : 'title'),
        ],
        [
          segment(row.timeLeft, row.state === 'active' ? 'normal' : 'muted'),
          segment(`  ${matched}`, row.matched > 0 ? 'normal' : 'muted'),
        ],
        width,
      ),
      [
        segment(
          `    ${sanitize(row.id)}  by ${sanitize(row.createdBy)}: ${sanitize(row.comment)}`,
          'muted',
        ),
      ],
    ];
  });
  if (input.rows.length === 0) body.push([segment('No active or pending silences', 'muted')]);
  const bodyHeight = Math.max(1, input.height - 2);
  const selectedLine = input.selected * 2;
  const top = Math.max(0, Math.min(selectedLine - bodyHeight + 3, body.length - bodyHeight));
  const last = lastLine(input);
  return fitBlock(
    [...fitBlock([head, ...body.slice(top, top + bodyHeight)], width, input.height - 1), last],
    width,
    input.height,
  );
}

function lastLine(input: SilenceListInput): Line {
  if (input.confirmExpire !== undefined) {
    return [segment(`Expire silence ${input.confirmExpire}? y/n`, 'warning')];
  }
  if (input.notice !== undefined) return noticeLine(input.notice);
  return [segment('↑↓ select  x expire  Esc back', 'muted')];
}
