// The variable picker in the App, over an in-memory variables runtime: the header's variable line,
// `v`, a multi-value selection that changes what the header shows, 5,000 options filtered as
// typed, hostile option texts drawn sanitized, and a dashboard without variables.
import {afterEach, describe, expect, it} from 'vitest';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import type {VariableState} from '../../source/dashboards/variable-spec.js';
import {fakeVariables} from '../fixtures/variables/fake-runtime.js';
import {chainStates, jobVariable, manyOptions} from '../fixtures/variables/states.js';
import {renderApp, type ScreenSize} from './app-fixture.js';
import {eventually, type Harness} from './ink-harness.js';

let current: Harness | undefined;
afterEach(() => current?.unmount());

const down = '\u001B[B';
const up = '\u001B[A';
const enter = '\r';
const escape = '\u001B';
/** The URL, range and refresh the App fixture's header shows. */
const status = 'http://prom:9090  range 1h  refresh 15s';

/** The overview dashboard declaring the variables of `states` (the runtime resolved those). */
function dashboardsWith(states: readonly VariableState[]): readonly DashboardSpec[] {
  const [overview, ...rest] = builtinDashboards as [DashboardSpec, ...DashboardSpec[]];
  return [{...overview, variables: states.map((state) => state.spec)}, ...rest];
}

async function setup(states: readonly VariableState[] | undefined, size: ScreenSize) {
  const variables = states === undefined ? undefined : fakeVariables(states);
  const harness = renderApp(
    states === undefined || variables === undefined
      ? {}
      : {variables, dashboards: dashboardsWith(states)},
    size,
  );
  current = harness;
  const lines = () => harness.lastFrame().split('\n');
  await eventually(() => expect(lines()[1]).toContain('connecting…'));
  const press = async (...keys: readonly string[]) => {
    for (const key of keys) await harness.press(key);
  };
  return {variables, lines, press};
}

/** The picker's filter line: the filter, the count of options it leaves at the right end. */
const filterLine = (filter: string, count: string, width: number) =>
  `filter: ${filter}`.padEnd(width - count.length - 1) + ` ${count}`;

/** The header's second line at this width, before the connection notice. */
const headerLine = (text: string, width: number) =>
  `${status}  ${text}`.padEnd(width - 12) + ' connecting…';

describe('the variable picker in the App', () => {
  it('changes a multi-value variable and the header shows the new values, at 160x48', async () => {
    const {variables, lines, press} = await setup(chainStates, {columns: 160, rows: 48});
    await eventually(() =>
      expect(lines()[1]).toBe(
        headerLine('job node · instance 10.0.0.1:9100 · interval 5m · Comment hi', 160),
      ),
    );
    await press('v', down, enter);
    await eventually(() =>
      expect(lines().slice(2, 9)).toEqual([
        'instance  type to filter, Space marks, Enter applies, Esc back',
        filterLine('', '4 of 4', 160),
        '  [ ] All',
        '> [x] 10.0.0.1:9100',
        '  [ ] 10.0.0.2:9100',
        '  [ ] 10.0.0.3:9100',
        '',
      ]),
    );
    await eventually(() =>
      expect(lines().at(-1)).toBe('↑↓ move  Space mark  Enter apply  Esc back  Ctrl-C quit'),
    );
    await press(down, ' ', down, ' ');
    await eventually(() =>
      expect(lines().slice(4, 8)).toEqual([
        '  [ ] All',
        '  [x] 10.0.0.1:9100',
        '  [x] 10.0.0.2:9100',
        '> [x] 10.0.0.3:9100',
      ]),
    );
    await press(enter);
    await eventually(() =>
      expect(variables?.selects).toEqual([
        ['instance', ['10.0.0.1:9100', '10.0.0.2:9100', '10.0.0.3:9100']],
      ]),
    );
    // Back on the list, which shows every value; the header the first and how many more.
    await eventually(() =>
      expect(lines().slice(2, 8)).toEqual([
        'Variables  ↑/↓ choose, Enter open, Esc close',
        '',
        '  job       node',
        '> instance  10.0.0.1:9100, 10.0.0.2:9100, 10.0.0.3:9100',
        '  interval  5m',
        '  Comment   hi',
      ]),
    );
    await press(escape);
    await eventually(() =>
      expect(lines()[1]).toBe(
        headerLine('job node · instance 10.0.0.1:9100 +2 · interval 5m · Comment hi', 160),
      ),
    );
    await eventually(() => expect(lines()[2]).toContain('Service health'));
    // All, marked with Space, replaces the values.
    await press('v', down, enter, up, ' ', enter, escape);
    await eventually(() => expect(variables?.selects.at(-1)).toEqual(['instance', ['$__all']]));
    await eventually(() =>
      expect(lines()[1]).toBe(
        headerLine('job node · instance All · interval 5m · Comment hi', 160),
      ),
    );
  });

  it('filters 5,000 options as they are typed and applies the one chosen, at 80x24', async () => {
    const {variables, lines, press} = await setup([manyOptions(5000)], {columns: 80, rows: 24});
    await press('v', enter);
    // The grid's 20 rows: the title, the filter, 18 options.
    await eventually(() =>
      expect(lines().slice(2, 22)).toEqual([
        'host  type to filter, Space marks, Enter applies, Esc back',
        filterLine('', '5000 of 5000', 80),
        '> [x] host-0',
        ...Array.from({length: 17}, (_, index) => `  [ ] host-${index + 1}`),
      ]),
    );
    await press('4', '9', '9', '9');
    await eventually(() =>
      expect(lines().slice(3, 6)).toEqual([
        filterLine('4999', '1 of 5000', 80),
        '> [ ] host-4999',
        '',
      ]),
    );
    // host-499, host-1499 … host-4499 and host-4990 … host-4999.
    await press('\u007F');
    await eventually(() => expect(lines()[3]).toBe(filterLine('499', '15 of 5000', 80)));
    await press('9', enter, escape);
    await eventually(() => expect(variables?.selects).toEqual([['host', ['host-4999']]]));
    await eventually(() => expect(lines()[1]).toBe(headerLine('host host-4999', 80)));
  });

  it('takes a filter and its Enter that arrive in one chunk (tmux, a slow link)', async () => {
    const {variables, press} = await setup([manyOptions(5000)], {columns: 80, rows: 24});
    await press('v', enter);
    await press(`4999${enter}`);
    await eventually(() => expect(variables?.selects).toEqual([['host', ['host-4999']]]));
  });

  it('draws hostile option texts sanitized, in the header and the picker', async () => {
    const hostile: VariableState = {
      ...jobVariable,
      options: [
        {text: '\u001B]52;c;aGk=\u0007evil\u001B[31m red', value: 'a'},
        {text: 'b\u001B[2J\u001B[Hc', value: 'b'},
      ],
      selected: ['a'],
    };
    const {lines, press} = await setup([hostile], {columns: 80, rows: 24});
    await eventually(() => expect(lines()[1]).toBe(headerLine('job evil red', 80)));
    await press('v', enter);
    await eventually(() => expect(lines().slice(4, 6)).toEqual(['> [x] evil red', '  [ ] bc']));
    const frame = lines().join('\n');
    await eventually(() =>
      expect([frame.includes('\u001B'), frame.includes('\u0007')]).toEqual([false, false]),
    );
  });

  it('says a dashboard without variables has none, until the next key', async () => {
    const {lines, press} = await setup(undefined, {columns: 80, rows: 24});
    await press('v');
    await eventually(() => expect(lines().at(-1)).toBe('this dashboard has no variables'));
    await eventually(() => expect(lines()[2]).toContain('Service health'));
    await press('+');
    await eventually(() => expect(lines().at(-1)).toContain('? help'));
    await eventually(() => expect(lines()[1]).toContain('range 3h'));
  });
});
