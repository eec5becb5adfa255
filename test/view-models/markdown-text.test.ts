import {describe, expect, it} from 'vitest';
import {inlineText, markdownBlocks} from '../../source/view-models/markdown-text.js';

describe('inlineText', () => {
  it.each([
    ['[docs](https://x.example/a)', 'docs (https://x.example/a)'],
    ['[https://x.example](https://x.example)', 'https://x.example'],
    ['[docs](https://x.example "title")', 'docs (https://x.example)'],
    ['<https://x.example/b>', 'https://x.example/b'],
    ['![logo](https://x.example/logo.png)', 'logo'],
    ['run `rate(x[5m])` now', 'run rate(x[5m]) now'],
    ['**bold** and __strong__', 'bold and strong'],
    ['*it* and _em_, snake_case_name', 'it and em, snake_case_name'],
    ['~~gone~~', 'gone'],
    ['a \\* star', 'a * star'],
  ])('%s -> %s', (markdown, text) => {
    expect(inlineText(markdown)).toBe(text);
  });
});

describe('markdownBlocks', () => {
  it('headings, lists, quotes, code, rules and HTML as plain blocks', () => {
    const markdown = [
      '## Disk *usage* ##',
      'Line one',
      'line two.',
      '',
      '',
      '1. first',
      '* second',
      '> quoted',
      '---',
      '```',
      '  kubectl get pods',
      '```',
      '<p>Para &amp; <a href="https://x.example">link</a></p><br>end',
    ].join('\n');
    expect(markdownBlocks(markdown)).toEqual([
      {kind: 'heading', text: 'Disk usage'},
      {kind: 'paragraph', text: 'Line one line two.'},
      {kind: 'blank', text: ''},
      {kind: 'item', text: '1. first'},
      {kind: 'item', text: '• second'},
      {kind: 'paragraph', text: '│ quoted'},
      {kind: 'rule', text: ''},
      {kind: 'code', text: '  kubectl get pods'},
      {kind: 'paragraph', text: 'Para & link (https://x.example)'},
      {kind: 'blank', text: ''},
      {kind: 'paragraph', text: 'end'},
    ]);
  });
});
