// The query prompt (`:`) as a pure reducer: the one-line input, walking the history, completion
// (asked of the app as an effect, answered as an event), the syntax check before anything is
// sent; Enter shows the result (query-result-state.ts). `e` opens a panel's query in it.
import type {PanelSpec} from '../dashboards/spec.js';
import {scratchPanelSpec} from '../dashboards/scratch.js';
import type {KeyCommand} from '../keys/match-key.js';
import {guessUnit} from '../prometheus/guess-unit.js';
import {checkPromql, type PromqlProblem} from '../prometheus/promql-check.js';
import type {Completion} from '../prometheus/promql-complete.js';
import {editText, textInput, type TextInput} from './alerts-text-input.js';
import type {QueryHost} from './query-result-state.js';

/** The prompt's part of the UI state, and the result its Enter shows. */
export type PromptHost = QueryHost & {readonly prompt?: PromptState | undefined};

/** Several completions: the one inserted at text[from, from + its length), Tab takes the next. */
export type Choosing = {
  readonly from: number;
  readonly options: readonly string[];
  readonly chosen: number;
};

export type PromptState = {
  readonly input: TextInput;
  /** Walking the history: the entry shown; undefined while the text is the user's own. */
  readonly historyAt?: number;
  /** The user's own text, kept while walking the history. */
  readonly draft?: string;
  /** Enter found this problem: shown under the text, nothing sent. */
  readonly problem?: PromqlProblem;
  readonly choosing?: Choosing;
  /** Completions asked so far: an answer to an older question is dropped. */
  readonly asked?: number;
  /** Waiting for completions of this text. */
  readonly pending?: boolean;
  /** One line about the text: which query `e` took, that nothing completes. */
  readonly note?: string;
};

export type PromptEffect =
  | {
      readonly type: 'complete';
      readonly text: string;
      readonly cursor: number;
      readonly asked: number;
    }
  | {readonly type: 'rememberQuery'; readonly query: string};

export type PromptEvent = {
  readonly type: 'completed';
  readonly asked: number;
  readonly completion: Completion;
};

export type PromptUpdate<S> = {readonly state: S; readonly effects: readonly PromptEffect[]};

export const openPrompt = (text = '', note?: string): PromptState => ({
  input: textInput(text),
  ...(note === undefined ? {} : {note}),
});

/** Code points before the cursor as a string index (completions count UTF-16 units). */
const indexOf = (input: TextInput): number =>
  [...input.value].slice(0, input.cursor).join('').length;

/** Dashboard placeholders are sent substituted: checked as durations of the same length. */
export function checkQuery(text: string): PromqlProblem | undefined {
  const asSent = text.replace(
    /\$__(?:rate_interval|range)\b/g,
    (name) => `${'0'.repeat(name.length - 2)}1s`,
  );
  return checkPromql(asSent);
}

export function updatePrompt<S extends PromptHost>(
  state: S,
  prompt: PromptState,
  command: KeyCommand | PromptEvent,
  history: readonly string[],
): PromptUpdate<S> {
  const set = (next: PromptState | undefined): PromptUpdate<S> => ({
    state: next === prompt ? state : {...state, prompt: next},
    effects: [],
  });
  switch (command.type) {
    case 'editText': {
      const input = editText(prompt.input, command.edit);
      if (input === prompt.input) return set(prompt);
      return set(prompt.asked === undefined ? {input} : {input, asked: prompt.asked});
    }
    case 'back':
      return set(undefined);
    case 'submit':
      return submit(state, prompt);
    case 'historyBack':
    case 'historyForward':
      return set(walkHistory(prompt, history, command.type === 'historyBack' ? -1 : 1));
    case 'complete':
      return complete(state, prompt);
    case 'completed':
      return set(completed(prompt, command));
    default:
      return set(prompt);
  }
}

function submit<S extends PromptHost>(state: S, prompt: PromptState): PromptUpdate<S> {
  const query = prompt.input.value.trim();
  if (query === '') return {state: {...state, prompt: undefined}, effects: []};
  const problem = checkQuery(prompt.input.value);
  if (problem !== undefined) {
    return {state: {...state, prompt: {input: prompt.input, problem}}, effects: []};
  }
  const panel = scratchPanelSpec(query, guessUnit(query));
  return {
    state: {...state, prompt: undefined, query: {panel, pinned: false}},
    effects: [{type: 'rememberQuery', query}],
  };
}

function walkHistory(prompt: PromptState, history: readonly string[], by: -1 | 1): PromptState {
  const at = (prompt.historyAt ?? history.length) + by;
  if (prompt.historyAt === undefined && by === 1) return prompt;
  if (at < 0) return prompt;
  const draft = prompt.draft ?? prompt.input.value;
  if (at >= history.length) return {input: textInput(draft)};
  return {input: textInput(history[at] ?? ''), historyAt: at, draft};
}

function complete<S extends PromptHost>(state: S, prompt: PromptState): PromptUpdate<S> {
  const choosing = prompt.choosing;
  if (choosing !== undefined) {
    const chosen = (choosing.chosen + 1) % choosing.options.length;
    const input = replace(
      prompt.input,
      choosing.from,
      choosing.options[choosing.chosen] ?? '',
      choosing.options[chosen] ?? '',
    );
    const next = {input, asked: prompt.asked ?? 0, choosing: {...choosing, chosen}};
    return {state: {...state, prompt: next}, effects: []};
  }
  const asked = (prompt.asked ?? 0) + 1;
  return {
    state: {...state, prompt: {input: prompt.input, asked, pending: true}},
    effects: [{type: 'complete', text: prompt.input.value, cursor: indexOf(prompt.input), asked}],
  };
}

/** text[from, from + old.length) becomes `option`, the cursor after it. */
function replace(input: TextInput, from: number, old: string, option: string): TextInput {
  const value = input.value.slice(0, from) + option + input.value.slice(from + old.length);
  return {value, cursor: [...(input.value.slice(0, from) + option)].length};
}

function completed(prompt: PromptState, event: PromptEvent): PromptState {
  if (prompt.asked !== event.asked || prompt.pending !== true) return prompt;
  const {from, to, options} = event.completion;
  const {asked} = prompt;
  if (options.length === 0) return {input: prompt.input, asked, note: 'nothing to complete here'};
  const first = options[0] ?? '';
  const input = replace(prompt.input, from, prompt.input.value.slice(from, to), first);
  if (options.length === 1) return {input, asked};
  return {input, asked, choosing: {from, options, chosen: 0}};
}

/** `e`: the panel's first query in the prompt, and a note when it has more. */
export function editPanelQuery(panel: PanelSpec | undefined): PromptState | undefined {
  const expr = panel?.queries[0]?.expr;
  if (panel === undefined || expr === undefined) return undefined;
  const count = panel.queries.length;
  return count > 1
    ? openPrompt(expr, `"${panel.title}" has ${count} queries: editing its first`)
    : openPrompt(expr);
}
