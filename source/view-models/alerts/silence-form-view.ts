// The silence form: matchers (editable text), duration (15m/1h/4h/1d with ←/→), comment (required)
// and author, each with its error; then how many current alerts it would silence, the warnings,
// and what Enter does. --read-only says that nothing will be posted.
import type {SilenceCheck} from '../../alerts/silence-form.js';
import {sanitize} from '../../text/sanitize.js';
import type {FormField, FormState} from '../../ui-state/alerts-ui-state.js';
import {fitBlock, segment} from '../line.js';
import type {Line} from '../tone.js';
import {inputLine, noticeLine, type NoticeView} from './input-line.js';

export type SilenceFormInput = {
  readonly form: FormState;
  readonly check: SilenceCheck;
  readonly readOnly: boolean;
  readonly writing: boolean;
  readonly notice?: NoticeView | undefined;
  readonly width: number;
  readonly height: number;
};

const labels: Readonly<Record<FormField, string>> = {
  matchers: 'Matchers ',
  duration: 'Duration ',
  comment: 'Comment  ',
  author: 'Author   ',
};

export function silenceFormLines(input: SilenceFormInput): Line[] {
  const {form, check, width} = input;
  const field = (name: FormField): Line => {
    const focused = form.focus === name;
    const prompt = `${focused ? '›' : ' '} ${labels[name]}`;
    return inputLine(prompt, form.fields[name], focused, check.errors[name], width);
  };
  const matched = `Would silence ${check.matched} current alert${check.matched === 1 ? '' : 's'}`;
  const lines: Line[] = [
    [segment('New silence', 'title')],
    field('matchers'),
    field('duration'),
    [segment('           ←/→: 15m 1h 4h 1d', 'muted')],
    field('comment'),
    field('author'),
    [],
    [segment(matched)],
    ...check.warnings.map((warning): Line => [segment(`! ${sanitize(warning)}`, 'warning')]),
    [],
    actionLine(input),
  ];
  return fitBlock(lines, width, input.height);
}

function actionLine(input: SilenceFormInput): Line {
  if (input.notice !== undefined) return noticeLine(input.notice);
  if (input.readOnly)
    return [segment('read-only: silences cannot be created (Esc back)', 'warning')];
  if (input.writing) return [segment('posting…', 'muted')];
  const ready = input.check.silence !== undefined;
  return [
    segment(ready ? 'Enter silence' : 'fix the fields above to post', ready ? 'ok' : 'muted'),
    segment('  Tab/↑↓ field  Esc cancel', 'muted'),
  ];
}
