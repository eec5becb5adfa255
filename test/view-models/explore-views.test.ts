// The label picker and the copy box as exact lines.
import {describe, expect, it} from 'vitest';
import {copyLines} from '../../source/view-models/copy-view.js';
import {labelPickerLines} from '../../source/view-models/label-picker-view.js';
import type {Line} from '../../source/view-models/tone.js';

const text = (line: Line): string => line.map((part) => part.text).join('');
const pad = (line: string, width: number): string => line.padEnd(width);

describe('labelPickerLines', () => {
  const picker = {
    labels: [
      {name: 'instance', values: 3},
      {name: 'job', values: undefined},
      {name: 'status', values: 1},
    ],
    selected: 1,
  };

  it('lists the labels with their counts, the selected one marked', () => {
    const lines = labelPickerLines(picker, 'Error rate \u001B[31m', 40, 7);
    expect(lines.map(text)).toEqual(
      [
        'Split Error rate  by',
        '  instance  3 values',
        '▶ job       not on the series now',
        '  status    1 value',
        '',
        '↑↓ pick  Enter split  Esc cancel',
        '',
      ].map((line) => pad(line, 40)),
    );
    expect(lines[2]?.[1]).toEqual({text: 'job       ', tone: 'focus'});
  });

  it('scrolls to keep the selected label in view', () => {
    const lines = labelPickerLines({...picker, selected: 2}, 'X', 30, 5);
    expect(lines.map(text)).toEqual(
      [
        'Split X by',
        '  job       not on the series…',
        '▶ status    1 value',
        '',
        '↑↓ pick  Enter split  Esc can…',
      ].map((line) => pad(line, 30)),
    );
  });
});

describe('copyLines', () => {
  it('says what was copied, that the terminal may refuse it, and shows the text whole', () => {
    const url = 'https://runbooks.example/a/very/long/path/to/the/HighErrorRate/runbook';
    const lines = copyLines({what: 'the runbook URL of HighErrorRate', text: url}, 40, 12);
    expect(lines.map(text)).toEqual(
      [
        'Copied the runbook URL of HighErrorRate',
        'Sent to your terminal with OSC 52. It',
        'may refuse it (nova-top cannot know): if',
        'nothing was copied, select the text',
        'below by hand.',
        '',
        'https://runbooks.example/a/very/long/pat',
        'h/to/the/HighErrorRate/runbook',
        '',
        'Any key closes this.',
        '',
        '',
      ].map((line) => pad(line, 40)),
    );
  });

  it('shows each query of a panel on its own line', () => {
    const lines = copyLines({what: 'the PromQL of Latency', text: 'sum(a)\nsum(b)'}, 80, 10);
    expect(lines.slice(3, 6).map(text)).toEqual(['', 'sum(a)', 'sum(b)'].map((l) => pad(l, 80)));
  });

  it('says why nothing was copied', () => {
    const lines = copyLines(
      {
        what: 'the runbook URL of Evil\u001B]52;c;eA==\u0007',
        refused: 'it contains control characters',
      },
      60,
      6,
    );
    expect(lines.map(text)).toEqual(
      [
        'Not copied: the runbook URL of Evil',
        'Nothing was sent: it contains control characters.',
        '(Copies are plain text of at most 8192 bytes.)',
        '',
        'Any key closes this.',
        '',
      ].map((line) => pad(line, 60)),
    );
  });
});
