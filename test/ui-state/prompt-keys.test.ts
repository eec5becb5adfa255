// The query prompt's keys through the key table and the UI reducer, as exact states: typing,
// Enter (the syntax check before anything is sent), Esc, the history, completion asked as an
// effect and answered as an event, `e`, and the result's unit, pin and Esc.
import {describe, expect, it} from 'vitest';
import {scratchDashboard, scratchPanelSpec} from '../../source/dashboards/scratch.js';
import type {DashboardSpec} from '../../source/dashboards/spec.js';
import {checkPromql} from '../../source/prometheus/promql-check.js';
import {initialUiState, keyContextOf, screensOf, updateUi} from '../../source/ui-state/ui-state.js';
import type {UiEnv, UiState} from '../../source/ui-state/types.js';
import {down, enter, esc, press, tab, twoDashboards, up, type Press} from './press.js';

const env: UiEnv = {dashboards: twoDashboards, history: ['up', 'rate(x_total[1m])']};
const start = initialUiState(0, 3600);
const type = (text: string): Press[] => [...text];
const after = (state: UiState, ...keys: Press[]): UiState => press(state, env, ...keys).state;
const input = (value: string, cursor = [...value].length) => ({value, cursor});
const ctrlC: Press = ['c', {ctrl: true}];

describe('opening and closing the prompt', () => {
  it('`:` opens an empty prompt on a dashboard, and in zoom; Esc closes it and keeps the zoom', () => {
    const opened = after(start, ':');
    expect(keyContextOf(opened)).toBe('prompt');
    expect(opened).toEqual({...start, prompt: {input: input('')}});
    const zoomed = after(start, enter);
    expect(after(zoomed, ':', ...type('up'), esc)).toEqual(zoomed);
  });

  it('types every character as text (q, p, ?, digits are PromQL, not keys)', () => {
    const typed = press(start, env, ':', ...type('q?p 1'));
    expect(typed.state.prompt).toEqual({input: input('q?p 1')});
    expect(typed.effects).toEqual([]);
    expect(press(typed.state, env, ctrlC).effects).toEqual([{type: 'quit'}]);
  });

  it('edits the text: ←, Backspace, Ctrl-U', () => {
    const left: Press = ['', {leftArrow: true}];
    const backspace: Press = ['', {delete: true}];
    expect(after(start, ':', ...type('upx'), left, backspace).prompt).toEqual({
      input: input('ux', 1),
    });
    expect(after(start, ':', ...type('up'), ['u', {ctrl: true}]).prompt).toEqual({
      input: input(''),
    });
  });
});

describe('Enter', () => {
  it('runs a query that parses: the prompt closes, the result shows, the query is remembered', () => {
    const {state, effects} = press(start, env, ':', ...type(' rate(x_total[1m]) '), enter);
    expect(state).toEqual({
      ...start,
      query: {
        panel: {
          id: 'query',
          title: 'rate(x_total[1m])',
          kind: 'timeseries',
          queries: [{expr: 'rate(x_total[1m])'}],
          unit: 'perSecond',
        },
        pinned: false,
      },
    });
    expect(keyContextOf(state)).toBe('query');
    expect(effects).toEqual([{type: 'rememberQuery', query: 'rate(x_total[1m])'}]);
  });

  it('sends nothing for a query that does not parse: the problem is shown, the text kept', () => {
    const text = 'sum(rate(x[1m])';
    const problem = checkPromql(text);
    expect(problem).toBeDefined();
    const {state, effects} = press(start, env, ':', ...type(text), enter);
    expect(state).toEqual({...start, prompt: {input: input(text), problem}});
    expect(effects).toEqual([]);
    // Typing on clears the problem.
    expect(after(state, ')').prompt).toEqual({input: input(`${text})`)});
  });

  it("checks a panel's placeholders as the durations they are sent as", () => {
    const {effects} = press(start, env, ':', ...type('rate(x[$__rate_interval])'), enter);
    expect(effects).toEqual([{type: 'rememberQuery', query: 'rate(x[$__rate_interval])'}]);
  });

  it('closes an empty prompt', () => {
    expect(press(start, env, ':', ' ', enter)).toEqual({state: start, effects: []});
  });
});

describe('the history', () => {
  it('↑ walks back from the newest, ↓ forward and back to the text being typed', () => {
    const typing = after(start, ':', ...type('my'));
    const newest = after(typing, up);
    expect(newest.prompt).toEqual({input: input('rate(x_total[1m])'), historyAt: 1, draft: 'my'});
    const oldest = after(newest, up);
    expect(oldest.prompt).toEqual({input: input('up'), historyAt: 0, draft: 'my'});
    expect(after(oldest, up)).toEqual(oldest);
    expect(after(oldest, down)).toEqual(newest);
    expect(after(oldest, down, down).prompt).toEqual({input: input('my')});
    expect(after(typing, down)).toEqual(typing);
  });
});

describe('Tab completes', () => {
  const asked = press(start, env, ':', ...type('sum(nova_'), tab);
  const answer = (options: readonly string[], to = 9) =>
    updateUi(asked.state, {type: 'completed', asked: 1, completion: {from: 4, to, options}}, env);

  it('asks the app for completions at the cursor', () => {
    expect(asked.effects).toEqual([{type: 'complete', text: 'sum(nova_', cursor: 9, asked: 1}]);
    expect(asked.state.prompt).toEqual({input: input('sum(nova_'), asked: 1, pending: true});
  });

  it('inserts the one option', () => {
    expect(answer(['nova_up']).state.prompt).toEqual({input: input('sum(nova_up'), asked: 1});
  });

  it('inserts the first of several and lists them; Tab again takes the next, round', () => {
    const options = ['nova_a_total', 'nova_b'];
    const listed = answer(options).state;
    expect(listed.prompt).toEqual({
      input: input('sum(nova_a_total'),
      asked: 1,
      choosing: {from: 4, options, chosen: 0},
    });
    expect(after(listed, tab).prompt).toEqual({
      input: input('sum(nova_b'),
      asked: 1,
      choosing: {from: 4, options, chosen: 1},
    });
    expect(after(listed, tab, tab).prompt?.input).toEqual(input('sum(nova_a_total'));
    // Typing ends the choice.
    expect(after(listed, ')').prompt).toEqual({input: input('sum(nova_a_total)'), asked: 1});
  });

  it('says when nothing completes', () => {
    expect(answer([]).state.prompt).toEqual({
      input: input('sum(nova_'),
      asked: 1,
      note: 'nothing to complete here',
    });
  });

  it('drops an answer to an older question, or to text since changed', () => {
    const old = updateUi(
      asked.state,
      {type: 'completed', asked: 0, completion: {from: 4, to: 9, options: ['x']}},
      env,
    );
    expect(old.state).toBe(asked.state);
    const edited = after(asked.state, 'x');
    const late = updateUi(
      edited,
      {type: 'completed', asked: 1, completion: {from: 4, to: 9, options: ['x']}},
      env,
    );
    expect(late.state).toBe(edited);
  });
});

describe('`e` edits a panel query', () => {
  const twoQueries: DashboardSpec = {
    id: 'c',
    title: 'C',
    rows: [
      {
        panels: [
          {
            id: 'c1',
            title: 'Latency',
            kind: 'percentiles',
            unit: 'seconds',
            queries: [{expr: 'histogram_quantile(0.5, x)'}, {expr: 'histogram_quantile(0.99, x)'}],
          },
        ],
      },
    ],
  };

  it("opens the focused panel's query", () => {
    expect(after(start, 'e').prompt).toEqual({input: input('up')});
  });

  it('takes the first of several queries and says so', () => {
    const state = press(initialUiState(0, 3600), {dashboards: [twoQueries]}, 'e').state;
    expect(state.prompt).toEqual({
      input: input('histogram_quantile(0.5, x)'),
      note: '"Latency" has 2 queries: editing its first',
    });
  });

  it("on a result, opens the result's query", () => {
    const result = after(start, ':', ...type('up'), enter);
    expect(after(result, 'e').prompt).toEqual({input: input('up')});
  });
});

describe('the result', () => {
  const zoomed = after(start, 'l', enter);
  const result = after(zoomed, ':', ...type('x_seconds'), enter);
  const panel = scratchPanelSpec('x_seconds', 'seconds');

  it('u steps through the units', () => {
    expect(result.query).toEqual({panel, pinned: false});
    expect(after(result, 'u').query?.panel.unit).toBe('perSecond');
    // Round the eight units (guess-unit.ts unitCycle) and back.
    expect(after(result, ...Array<string>(8).fill('u')).query?.panel.unit).toBe('seconds');
  });

  it('W asks the app to save it as a panel, and shows how that went until the result changes', () => {
    const asked = press(result, env, 'W');
    expect(asked.effects).toEqual([{type: 'saveQuery', panel}]);
    expect(asked.state).toEqual(result);
    const outcome = {ok: true, text: 'saved as panel query of /c/saved.yaml'};
    const saved = updateUi(result, {type: 'querySaved', outcome}, env).state;
    expect(saved.query).toEqual({panel, pinned: false, saved: outcome});
    expect(after(saved, 'u').query).toEqual({panel: {...panel, unit: 'perSecond'}, pinned: false});
    // A save that ends after the result was closed changes nothing.
    const closed = after(result, esc);
    expect(updateUi(closed, {type: 'querySaved', outcome}, env).state).toEqual(closed);
  });

  it('P pins it once to the scratch dashboard, which becomes a screen after the dashboards', () => {
    const pinned = after(result, 'P', 'P');
    expect(pinned).toEqual({...result, query: {panel, pinned: true}, scratch: [panel]});
    const scratch = scratchDashboard(pinned.scratch);
    expect(scratch?.rows).toEqual([{panels: [{...panel, id: 'pinned-1'}]}]);
    const withScratch: UiEnv = {dashboards: [...twoDashboards, scratch as DashboardSpec]};
    expect(screensOf(withScratch).at(-1)).toEqual({kind: 'dashboard', index: 2});
    const onScratch = press(after(pinned, esc), withScratch, '3').state;
    expect(onScratch).toMatchObject({dashboardIndex: 2, zoomed: false, scratch: [panel]});
  });

  it('Esc goes back to where the user was (the zoomed panel)', () => {
    expect(after(result, 'u', esc)).toEqual(zoomed);
  });

  it('keeps range, refresh, pause and help; focus keys do nothing', () => {
    expect(after(result, '+').rangeSeconds).toBe(3 * 3600);
    expect(after(result, 'j', 'h', 'a')).toEqual(result);
    expect(after(result, '?', esc)).toEqual(result);
  });
});
