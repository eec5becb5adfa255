import {describe, expect, it} from 'vitest';
import {labelsText, legendName} from '../../source/view-models/legend.js';

describe('legendName', () => {
  it.each<[string, string | undefined, Record<string, string>, string]>([
    ['fills a label', '{{job}}', {job: 'api'}, 'api'],
    [
      'fills several labels and keeps the text',
      'ws {{error_type}} {{instance}}',
      {error_type: 'timeout', instance: 'a:1'},
      'ws timeout a:1',
    ],
    ['allows spaces inside the braces', '{{ job }}', {job: 'api'}, 'api'],
    ['a missing label is empty', 'ws {{error_type}} {{instance}}', {instance: 'a:1'}, 'ws a:1'],
    ['a literal legend', 'pending', {}, 'pending'],
    [
      'a template that leaves nothing falls back to labels',
      '{{job}}',
      {instance: 'a:1'},
      '{instance="a:1"}',
    ],
    [
      'no template: labels sorted',
      undefined,
      {status: 'ok', job: 'api'},
      '{job="api", status="ok"}',
    ],
    ['no template: metric name first', undefined, {__name__: 'up', job: 'api'}, 'up{job="api"}'],
    ['no labels', undefined, {}, '{}'],
    ['label values are sanitized', '{{job}}', {job: 'a\u001B[2Jb\u202Ec'}, 'abc'],
    [
      'label values in the fallback are sanitized',
      undefined,
      {job: 'x\u001B]52;c;QQ==\u0007y'},
      '{job="xy"}',
    ],
    ['newlines in values become spaces', '{{job}}', {job: 'a\nb'}, 'a b'],
  ])('%s', (_name, template, labels, expected) => {
    expect(legendName(template, labels)).toBe(expected);
  });

  it('labelsText writes Prometheus notation', () => {
    expect(labelsText({__name__: 'up', b: '2', a: '1'})).toBe('up{a="1", b="2"}');
  });
});
