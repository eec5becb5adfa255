// The pure half of the variables runtime: order of resolution, what a change refreshes, which
// selection survives new options, and the values queries see.
import {describe, expect, it} from 'vitest';
import type {VariableSpec, VariableState} from '../../source/dashboards/variable-spec.js';
import {
  dependentsOf,
  resolutionOrder,
  scopeOf,
  settleSelection,
  valueOfState,
  variableUses,
  withAll,
} from '../../source/poller/variable-states.js';

const query = (name: string, text: string, extra: Partial<VariableSpec> = {}): VariableSpec =>
  ({name, kind: 'query', query: text, ...extra}) as VariableSpec;

// Declared out of order: instance uses node, which uses job; cycle a <-> b.
const specs: readonly VariableSpec[] = [
  query('instance', 'label_values(up{node="$node"}, instance)'),
  query('job', 'label_values(job)'),
  query('node', 'label_values(up{job=~"${job:regex}"}, node)', {regex: '/$prefix(.*)/'}),
  {name: 'prefix', kind: 'constant', value: 'n'},
  query('a', 'label_values(up{x="$b"}, a)'),
  query('b', 'label_values(up{x="$a"}, b)'),
];

describe('order of resolution', () => {
  const uses = variableUses(specs);
  it('reads what each variable uses from its query and regex', () => {
    expect(Object.fromEntries([...uses].map(([name, used]) => [name, [...used]]))).toEqual({
      instance: ['node'],
      job: [],
      node: ['job', 'prefix'],
      prefix: [],
      a: ['b'],
      b: ['a'],
    });
  });

  it('resolves each after the ones it uses, breaking a cycle in the declared order', () => {
    expect(resolutionOrder(specs, uses)).toEqual(['job', 'prefix', 'node', 'instance', 'a', 'b']);
  });

  it('refreshes every variable that uses a changed one, through others', () => {
    expect([...dependentsOf('job', uses)]).toEqual(['node', 'instance']);
    expect([...dependentsOf('instance', uses)]).toEqual([]);
    expect([...dependentsOf('a', uses)]).toEqual(['b']);
  });
});

describe('settleSelection', () => {
  const options = [
    {text: 'x', value: 'x'},
    {text: 'y', value: 'y'},
  ];
  const spec = (extra: Partial<VariableSpec>) => query('v', 'q', extra);
  it.each<[string, Partial<VariableSpec>, boolean, readonly string[], readonly string[]]>([
    ['keeps a selection still offered', {}, false, ['y'], ['y']],
    ['keeps what is still offered of several', {multi: true}, false, ['z', 'y', 'x'], ['y', 'x']],
    ['one value when not multi', {}, false, ['y', 'x'], ['y']],
    ['falls back to current', {current: ['y']}, false, ['z'], ['y']],
    ['then to the first option', {current: ['q']}, false, ['z'], ['x']],
    ['All when included and nothing else fits', {includeAll: true}, true, ['z'], ['$__all']],
    ['keeps All', {includeAll: true, multi: true}, true, ['$__all', 'x'], ['$__all']],
    ['current All', {includeAll: true, current: ['$__all']}, true, [], ['$__all']],
  ])('%s', (_name, extra, all, previous, expected) => {
    const given = spec({...extra, ...(all ? {includeAll: true} : {})});
    expect(settleSelection(given, withAll(given, options), previous)).toEqual(expected);
  });

  it('selects nothing when there is no option', () => {
    expect(settleSelection(spec({}), [], ['x'])).toEqual([]);
  });
});

describe('the values queries see', () => {
  const state = (extra: Partial<VariableState>): VariableState => ({
    name: 'v',
    spec: query('v', 'q', {includeAll: true}),
    options: [
      {text: 'All', value: '$__all'},
      {text: 'X', value: 'x'},
      {text: 'Y', value: 'y'},
    ],
    selected: ['y'],
    status: 'ok',
    ...extra,
  });
  it.each<[string, Partial<VariableState>, unknown]>([
    ['the selection with its texts', {}, {values: ['y'], texts: ['Y']}],
    [
      'All: every value',
      {selected: ['$__all']},
      {values: ['x', 'y'], texts: ['X', 'Y'], isAll: true},
    ],
    [
      'All with allValue',
      {selected: ['$__all'], spec: query('v', 'q', {includeAll: true, allValue: '.*'})},
      {values: ['x', 'y'], texts: ['X', 'Y'], isAll: true, allValue: '.*'},
    ],
    [
      'loading with a saved value: that value',
      {status: 'loading', options: [], selected: ['a']},
      {values: ['a'], texts: ['a']},
    ],
    [
      'loading with nothing: none ($v stays)',
      {status: 'loading', options: [], selected: []},
      undefined,
    ],
    [
      'loading with All and no option yet: none',
      {status: 'loading', options: [], selected: ['$__all']},
      undefined,
    ],
    ['resolved to no option: empty', {options: [], selected: []}, {values: [], texts: []}],
    [
      'an error keeps the last value',
      {status: 'error', error: 'down'},
      {values: ['y'], texts: ['Y']},
    ],
  ])('%s', (_name, extra, expected) => {
    expect(valueOfState(state(extra))).toEqual(expected);
  });

  it('makes a scope of the variables that have a value', () => {
    const waiting = state({name: 'w', status: 'loading', options: [], selected: []});
    expect(scopeOf([state({}), waiting])).toEqual({v: {values: ['y'], texts: ['Y']}});
  });
});
