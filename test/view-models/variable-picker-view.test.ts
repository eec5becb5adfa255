// The variable picker's lines at 80 and 160 columns: the list with every selected value; the
// options under the filter with `[x]` on the selected (or marked) ones, only the window that fits
// drawn; the text box's input; server texts sanitized.
import {describe, expect, it} from 'vitest';
import type {VariableState} from '../../source/dashboards/variable-spec.js';
import type {Line} from '../../source/view-models/tone.js';
import {variablePickerLines} from '../../source/view-models/variable-picker-view.js';
import type {VariablePicker} from '../../source/ui-state/variable-picker-state.js';
import {
  chainStates,
  instanceVariable,
  jobVariable,
  manyOptions,
} from '../fixtures/variables/states.js';

const text = (line: Line): string => line.map((part) => part.text).join('');
const draw = (
  picker: VariablePicker,
  width: number,
  height: number,
  variables: readonly VariableState[] = chainStates,
): string[] => variablePickerLines({picker, variables, width, height}).map(text);
const padded = (lines: readonly string[], width: number): string[] =>
  lines.map((line) => line.padEnd(width));
const options = (name: string, filter: string, highlighted: number): VariablePicker => ({
  level: 'options',
  name,
  row: 0,
  filter: {value: filter, cursor: filter.length},
  highlighted,
});

describe('the variable picker', () => {
  it('lists the variables with all their values at 80 and 160 columns', () => {
    const states = chainStates.map((state) =>
      state.name === 'instance'
        ? {...state, selected: ['10.0.0.1:9100', '10.0.0.2:9100', '10.0.0.3:9100']}
        : state,
    );
    const expected = [
      'Variables  ↑/↓ choose, Enter open, Esc close',
      '',
      '  job       node',
      '> instance  10.0.0.1:9100, 10.0.0.2:9100, 10.0.0.3:9100',
      '  interval  5m',
      '  Comment   hi',
      '',
    ];
    for (const width of [80, 160]) {
      expect(draw({level: 'list', highlighted: 1}, width, 7, states)).toEqual(
        padded(expected, width),
      );
    }
  });

  it('says loading and errors in the list', () => {
    const states: VariableState[] = [
      {...jobVariable, status: 'loading'},
      {...instanceVariable, status: 'error', error: 'server said\n\u001B[2Jno'},
    ];
    expect(draw({level: 'list', highlighted: 0}, 80, 4, states)).toEqual(
      padded(
        [
          'Variables  ↑/↓ choose, Enter open, Esc close',
          '',
          '> job       loading…',
          '  instance  ! server said no',
        ],
        80,
      ),
    );
  });

  it("draws a multi-value variable's options under the filter, the selected ones [x]", () => {
    expect(draw(options('instance', '', 0), 80, 6)).toEqual(
      padded(
        [
          'instance  type to filter, Space marks, Enter applies, Esc back',
          'filter:'.padEnd(73) + ' 4 of 4',
          '> [ ] All',
          '  [x] 10.0.0.1:9100',
          '  [ ] 10.0.0.2:9100',
          '  [ ] 10.0.0.3:9100',
        ],
        80,
      ),
    );
    // Marked with Space: the marks, not the selection, until Enter.
    const marked = {...options('instance', '.2', 0), marked: ['10.0.0.2:9100']};
    expect(draw(marked, 160, 4)).toEqual(
      padded(
        [
          'instance  type to filter, Space marks, Enter applies, Esc back',
          'filter: .2'.padEnd(153) + ' 1 of 4',
          '> [x] 10.0.0.2:9100',
          '',
        ],
        160,
      ),
    );
  });

  it('says when the filter leaves nothing, and how a single-value variable is chosen', () => {
    expect(draw(options('job', 'zz', 0), 80, 4)).toEqual(
      padded(
        [
          'job  type to filter, Enter chooses, Esc back',
          'filter: zz'.padEnd(73) + ' 0 of 2',
          'no option matches',
          '',
        ],
        80,
      ),
    );
  });

  it('draws only the window of 5,000 options that fits, the highlighted one in it', () => {
    const many = [manyOptions(5000)];
    const lines = draw(options('host', '', 4321), 80, 6, many);
    expect(lines).toEqual(
      padded(
        [
          'host  type to filter, Space marks, Enter applies, Esc back',
          'filter:'.padEnd(67) + ' 5000 of 5000',
          '  [ ] host-4318',
          '  [ ] host-4319',
          '  [ ] host-4320',
          '> [ ] host-4321',
        ],
        80,
      ),
    );
    // Filtered: host-1999, host-2999, host-3999, host-4999 (and host-999).
    expect(draw(options('host', '999', 0), 80, 8, many).slice(1)).toEqual(
      padded(
        [
          'filter: 999'.padEnd(70) + ' 5 of 5000',
          '> [ ] host-999',
          '  [ ] host-1999',
          '  [ ] host-2999',
          '  [ ] host-3999',
          '  [ ] host-4999',
          '',
        ],
        80,
      ),
    );
  });

  it('shows hostile option texts sanitized', () => {
    const hostile: VariableState = {
      ...jobVariable,
      options: [
        {text: '\u001B]52;c;aGk=\u0007evil\u001B[31m red', value: 'a'},
        {text: 'tab\there\u200F', value: 'b'},
      ],
      selected: ['a'],
    };
    expect(draw(options('job', '', 1), 80, 4, [hostile]).slice(2)).toEqual(
      padded(['  [x] evil red', '> [ ] tab here'], 80),
    );
  });

  it("opens a text box variable's input on its value", () => {
    const picker: VariablePicker = {
      level: 'text',
      name: 'comment',
      row: 3,
      input: {value: 'hi', cursor: 2},
    };
    expect(draw(picker, 80, 4)).toEqual(
      padded(['Comment  Enter applies, Esc back', '', 'value: hi', ''], 80),
    );
  });
});
