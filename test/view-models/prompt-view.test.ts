// The query prompt's lines, exact: the text with its cursor (scrolled to keep it in view), the
// syntax problem's caret under its position, the completions with the inserted one marked, a
// note, and the keys when there is nothing to say.
import {describe, expect, it} from 'vitest';
import type {PromptState} from '../../source/ui-state/prompt-state.js';
import {promptLines} from '../../source/view-models/prompt-view.js';
import type {Line} from '../../source/view-models/tone.js';

const text = (line: Line | undefined): string => (line ?? []).map((part) => part.text).join('');
const tones = (line: Line | undefined): string[] =>
  (line ?? [])
    .filter((part) => part.text.trim() !== '')
    .map((part) => `${part.tone}:${part.text.trim()}`);
const prompt = (value: string, rest: Partial<PromptState> = {}): PromptState => ({
  input: {value, cursor: [...value].length},
  ...rest,
});
const hint = 'Enter run · Esc cancel · ↑↓ history · Tab complete';

describe.each([80, 160])('the prompt at %i columns', (width) => {
  it('shows the text after `: `, the cursor a block after it, and the keys under it', () => {
    const lines = promptLines(prompt('rate(x[1m])'), width);
    expect(lines.map(text)).toEqual([': rate(x[1m])'.padEnd(width), hint.padEnd(width)]);
    expect(tones(lines[0])).toEqual(['focus::', 'normal:rate(x[1m])']);
    expect(lines[0]?.[2]).toEqual({text: ' ', tone: 'focus'});
    expect(tones(lines[1])).toEqual([`muted:${hint}`]);
  });

  it('draws the cursor on the character it is on', () => {
    const [line] = promptLines({input: {value: 'up', cursor: 0}}, width);
    expect(text(line)).toBe(': up'.padEnd(width));
    expect(tones(line)).toEqual(['focus::', 'focus:u', 'normal:p']);
  });

  it('scrolls a long text so that the cursor stays in view', () => {
    const long = `sum by (job) (rate(${'a'.repeat(200)}_total[5m]))`;
    const [line] = promptLines(prompt(long), width);
    // The text's last width - 3 characters, then the cursor's cell.
    expect(text(line)).toBe(`: ${long.slice(long.length - (width - 3))} `);
  });

  it('points at a syntax problem with a caret under it, and says what it is', () => {
    const problem = {from: 4, to: 9, message: 'unexpected identifier "rate"'};
    const lines = promptLines(prompt('sum(rate x[1m])', {problem}), width);
    expect(text(lines[1])).toBe(`      ^^^^^ unexpected identifier "rate"`.padEnd(width));
    expect(tones(lines[1])).toEqual(['critical:^^^^^', 'critical:unexpected identifier "rate"']);
  });

  it('points at the end of the text for a problem there (a caret of one cell)', () => {
    const problem = {from: 15, to: 15, message: 'unclosed left parenthesis'};
    const lines = promptLines(prompt('sum(rate(x[1m])', {problem}), width);
    expect(text(lines[1])).toBe(`${' '.repeat(17)}^ unclosed left parenthesis`.padEnd(width));
  });

  it('lists the completions, the one inserted marked', () => {
    const choosing = {from: 4, options: ['nova_a_total', 'nova_b', 'nova_c_seconds'], chosen: 1};
    const lines = promptLines(prompt('sum(nova_b', {choosing}), width);
    expect(text(lines[1])).toBe('Tab nova_a_total  nova_b  nova_c_seconds'.padEnd(width));
    expect(tones(lines[1])).toEqual([
      'muted:Tab',
      'normal:nova_a_total',
      'focus:nova_b',
      'normal:nova_c_seconds',
    ]);
  });

  it('starts the list at the chosen one when it would be off the line', () => {
    const options = Array.from({length: 20}, (_, index) => `nova_metric_${index}_total`);
    const choosing = {from: 0, options, chosen: 19};
    const [, line] = promptLines(prompt(options[19] ?? '', {choosing}), width);
    expect(text(line)).toBe('Tab … nova_metric_19_total'.padEnd(width));
    const early = promptLines(prompt('x', {choosing: {...choosing, chosen: 1}}), width)[1];
    expect(text(early).startsWith('Tab nova_metric_0_total  nova_metric_1_total  ')).toBe(true);
  });

  it('says it is completing while Prometheus is asked', () => {
    const lines = promptLines(prompt('nova_', {asked: 1, pending: true}), width);
    expect(text(lines[1])).toBe('completing…'.padEnd(width));
  });

  it('shows a note', () => {
    const note = '"Latency" has 2 queries: editing its first';
    expect(text(promptLines(prompt('x', {note}), width)[1])).toBe(note.padEnd(width));
  });

  it('sanitizes what a paste or a server could put in it', () => {
    const lines = promptLines(
      prompt('up', {choosing: {from: 0, options: ['a\u001b[31mb'], chosen: 0}}),
      width,
    );
    expect(text(lines[1])).not.toContain('\u001b');
  });
});
