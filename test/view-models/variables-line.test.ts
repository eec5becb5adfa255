// The header's variables: between the refresh and the connection notice on the second line,
// `All`, `…` while loading, `!` and the reason on error, cut with `…` to the room left, sanitized.
import {describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import type {VariableState} from '../../source/dashboards/variable-spec.js';
import {headerLines, type HeaderInput} from '../../source/view-models/header.js';
import type {Line} from '../../source/view-models/tone.js';
import {variablesLine} from '../../source/view-models/variables-line.js';
import {
  chainStates,
  instanceVariable,
  intervalVariable,
  jobVariable,
} from '../fixtures/variables/states.js';

const now = Date.UTC(2026, 11, 2, 8, 0, 0);
const text = (line: Line): string => line.map((part) => part.text).join('');
const tones = (line: Line) =>
  line.filter((part) => part.text.trim() !== '').map((part) => [part.text.trim(), part.tone]);

function header(width: number, variables: readonly VariableState[] | undefined): string[] {
  const input: HeaderInput = {
    dashboards: builtinDashboards,
    activeIndex: 0,
    url: 'http://localhost:9090',
    rangeSeconds: 3600,
    refreshMs: 15_000,
    connection: {status: 'up', lastSuccessAt: now - 12_000},
    paused: false,
    now,
    width,
    ...(variables === undefined ? {} : {variables}),
  };
  return headerLines(input).map(text);
}

const threeInstances: VariableState = {
  ...instanceVariable,
  selected: ['10.0.0.1:9100', '10.0.0.2:9100', '10.0.0.3:9100'],
};
const status = 'http://localhost:9090  range 1h  refresh 15s';

describe("the header's variables", () => {
  it('sit between the refresh and the notice at 160 columns, hidden and constant ones left out', () => {
    const states = chainStates.map((state) => (state.name === 'instance' ? threeInstances : state));
    const [tabs, line] = header(160, states);
    expect(tabs).toBe(header(160, undefined)[0]);
    const variables = 'job node · instance 10.0.0.1:9100 +2 · interval 5m · Comment hi';
    expect(line).toBe(`${status}  ${variables}`.padEnd(144) + ' updated 12s ago');
  });

  it('are cut with … at 80 columns, the URL, range, refresh and notice kept whole', () => {
    const [tabs, line] = header(80, chainStates);
    expect(tabs).toBe(header(80, undefined)[0]);
    expect(line).toBe(`${status}  job node · instan… updated 12s ago`);
    expect(line).toHaveLength(80);
  });

  it('leave the line as it was without variables, and give way to a long notice', () => {
    expect(header(80, [])).toEqual(header(80, undefined));
    const down = headerLines({
      dashboards: builtinDashboards,
      activeIndex: 0,
      url: 'http://localhost:9090',
      rangeSeconds: 3600,
      refreshMs: 15_000,
      connection: {
        status: 'down',
        retryAt: now + 5000,
        lastError: {kind: 'unreachable', message: 'connect ECONNREFUSED'},
      },
      paused: false,
      now,
      width: 80,
      variables: chainStates,
    });
    expect(text(down[1])).not.toContain('job');
  });

  it('show All, … while loading, ! and a short reason on error, the value alone for hide: label', () => {
    const states: VariableState[] = [
      {...instanceVariable, selected: ['$__all']},
      {...jobVariable, status: 'loading'},
      {
        ...intervalVariable,
        spec: {...intervalVariable.spec, hide: 'label'},
      },
      {
        ...jobVariable,
        name: 'node',
        status: 'error',
        options: [],
        selected: [],
        error: 'bad_data: parse error at char 7: unexpected \u001B[31m"}"\n',
      },
    ];
    const line = variablesLine(states);
    expect(text(line)).toBe('instance All · job … · 5m · node ! bad_data: parse error a…');
    expect(tones(line)).toEqual([
      ['instance', 'muted'],
      ['All', 'normal'],
      ['·', 'muted'],
      ['job', 'muted'],
      ['…', 'muted'],
      ['·', 'muted'],
      ['5m', 'normal'],
      ['·', 'muted'],
      ['node', 'muted'],
      ['! bad_data: parse error a…', 'critical'],
    ]);
  });

  it('show option texts, sanitized, and labels in place of names', () => {
    const hostile: VariableState = {
      ...jobVariable,
      spec: {...jobVariable.spec, label: 'Job\u001B]0;title\u0007'},
      options: [{text: '\u001B]52;c;aGk=\u0007evil\u001B[31m red\u202E', value: 'x'}],
      selected: ['x'],
    };
    expect(text(variablesLine([hostile]))).toBe('Job evil red');
  });
});
