// What the user has chosen on the alerts screen, as a pure reducer: which view (list, detail,
// silences, silence form), the selection, the `/` filter, the form's fields, a pending y/n and the
// one-line notice of the last write. It is part of the app's UI state (ui-state.ts), whose
// commands become these actions in alerts-commands.ts.
import {silenceDurations, type SilenceForm} from '../alerts/silence-form.js';
import {editText, textInput, type TextInput} from './alerts-text-input.js';
import type {TextEdit} from '../keys/text-keys.js';

export type AlertsView = 'list' | 'detail' | 'silences' | 'form';

export const formFields = ['matchers', 'duration', 'comment', 'author'] as const;
export type FormField = (typeof formFields)[number];

export type FormState = {
  readonly fields: Readonly<Record<FormField, TextInput>>;
  readonly focus: FormField;
  /** How many alerts were selected when the form opened (for the "more than selected" warning). */
  readonly selected: number;
  /** The selection was a route group (the warning says "in the selected group"). */
  readonly group: boolean;
  /** Where Esc returns to. */
  readonly from: 'list' | 'detail';
};

export type Notice = {readonly text: string; readonly tone: 'ok' | 'critical' | 'warning'};

export type AlertsUiState = {
  readonly view: AlertsView;
  /** Index into the filtered, sorted list (with `grouped`: its group headers and rows). */
  readonly selected: number;
  /** The list is arranged by AlertManager route group instead of by severity (`v`). */
  readonly grouped: boolean;
  /** Keys of the rows marked with Space: `s` silences them together. */
  readonly marked: readonly string[];
  readonly selectedSilence: number;
  readonly filter: TextInput;
  /** The filter input has the keyboard. */
  readonly filtering: boolean;
  readonly form?: FormState | undefined;
  /** A silence id waiting for y/n before it is expired. */
  readonly confirmExpire?: string | undefined;
  readonly notice?: Notice;
  /** A write is in flight; another is refused until it ends. */
  readonly writing: boolean;
};

export type AlertsUiAction =
  | {readonly type: 'moveSelection'; readonly by: number; readonly count: number}
  | {readonly type: 'showDetail'}
  | {readonly type: 'toggleMark'; readonly key: string}
  | {readonly type: 'toggleGrouping'}
  | {readonly type: 'back'}
  | {readonly type: 'startFilter'}
  | {readonly type: 'editFilter'; readonly edit: TextEdit}
  | {readonly type: 'endFilter'; readonly keep: boolean}
  | {
      readonly type: 'openForm';
      readonly form: SilenceForm;
      readonly selected: number;
      readonly group?: boolean;
    }
  | {readonly type: 'editForm'; readonly edit: TextEdit}
  | {readonly type: 'moveFormFocus'; readonly by: 1 | -1}
  | {readonly type: 'cycleDuration'; readonly by: 1 | -1}
  | {readonly type: 'showSilences'}
  | {readonly type: 'askExpire'; readonly id: string}
  | {readonly type: 'cancelExpire'}
  | {readonly type: 'writeStarted'}
  | {readonly type: 'writeFinished'; readonly notice: Notice; readonly closeForm: boolean}
  | {readonly type: 'notice'; readonly notice: Notice};

export const initialAlertsUi: AlertsUiState = {
  view: 'list',
  selected: 0,
  grouped: false,
  marked: [],
  selectedSilence: 0,
  filter: textInput(),
  filtering: false,
  writing: false,
};

const clamp = (value: number, count: number) => Math.max(0, Math.min(count - 1, value));

export function reduceAlertsUi(state: AlertsUiState, action: AlertsUiAction): AlertsUiState {
  switch (action.type) {
    case 'moveSelection':
      return state.view === 'silences'
        ? {...state, selectedSilence: clamp(state.selectedSilence + action.by, action.count)}
        : {...state, selected: clamp(state.selected + action.by, action.count)};
    case 'showDetail':
      return {...state, view: 'detail'};
    case 'toggleMark':
      return {
        ...state,
        marked: state.marked.includes(action.key)
          ? state.marked.filter((key) => key !== action.key)
          : [...state.marked, action.key],
      };
    case 'toggleGrouping':
      // The rows move around: start again at the top.
      return {...state, grouped: !state.grouped, selected: 0};
    case 'back':
      return back(state);
    case 'startFilter':
      return {...state, view: 'list', filtering: true};
    case 'editFilter':
      return {...state, filter: editText(state.filter, action.edit), selected: 0};
    case 'endFilter':
      return {
        ...state,
        filtering: false,
        ...(action.keep ? {} : {filter: textInput(), selected: 0}),
      };
    case 'openForm':
      return openForm(state, action.form, action.selected, action.group === true);
    case 'editForm':
      return updateForm(state, (form) => ({
        ...form,
        fields: {...form.fields, [form.focus]: editText(form.fields[form.focus], action.edit)},
      }));
    case 'moveFormFocus':
      return updateForm(state, (form) => {
        const index = formFields.indexOf(form.focus) + action.by;
        const focus = formFields[(index + formFields.length) % formFields.length] ?? 'matchers';
        return {...form, focus};
      });
    case 'cycleDuration':
      return updateForm(state, (form) => ({
        ...form,
        fields: {
          ...form.fields,
          duration: textInput(nextDuration(form.fields.duration.value, action.by)),
        },
      }));
    case 'showSilences':
      return {...state, view: 'silences', filtering: false};
    case 'askExpire':
      return {...state, confirmExpire: action.id};
    case 'cancelExpire':
      return {...state, confirmExpire: undefined};
    case 'writeStarted':
      return {...state, writing: true};
    case 'writeFinished':
      return finishWrite(state, action.notice, action.closeForm);
    case 'notice':
      return {...state, notice: action.notice};
  }
}

function back(state: AlertsUiState): AlertsUiState {
  if (state.view === 'form') return withoutForm(state, state.form?.from ?? 'list');
  if (state.view !== 'list') return {...state, view: 'list'};
  if (state.filter.value !== '') return {...state, filter: textInput(), selected: 0};
  return state;
}

function openForm(
  state: AlertsUiState,
  form: SilenceForm,
  selected: number,
  group: boolean,
): AlertsUiState {
  const from = state.view === 'detail' ? 'detail' : 'list';
  return {
    ...state,
    view: 'form',
    filtering: false,
    form: {
      fields: {
        matchers: textInput(form.matchers),
        duration: textInput(form.duration),
        comment: textInput(form.comment),
        author: textInput(form.author),
      },
      // The comment is the one field always left to type.
      focus: 'comment',
      selected,
      group,
      from,
    },
  };
}

function withoutForm(state: AlertsUiState, view: AlertsView): AlertsUiState {
  return {...state, form: undefined, view};
}

function updateForm(state: AlertsUiState, update: (form: FormState) => FormState): AlertsUiState {
  return state.form === undefined ? state : {...state, form: update(state.form)};
}

function finishWrite(state: AlertsUiState, notice: Notice, closeForm: boolean): AlertsUiState {
  const next = {
    ...state,
    confirmExpire: undefined,
    writing: false,
    notice,
    marked: closeForm ? [] : state.marked,
  };
  return closeForm && state.view === 'form' ? withoutForm(next, state.form?.from ?? 'list') : next;
}

/** The next shortcut after the typed duration (the first when it is none of them). */
export function nextDuration(current: string, by: 1 | -1): string {
  const index = silenceDurations.indexOf(current.trim() as (typeof silenceDurations)[number]);
  const count = silenceDurations.length;
  const next = index === -1 ? (by === 1 ? 0 : count - 1) : (index + by + count) % count;
  return silenceDurations[next] ?? '1h';
}

/** The form's values as the silence-form model reads them. */
export function formValues(form: FormState): SilenceForm {
  return {
    matchers: form.fields.matchers.value,
    duration: form.fields.duration.value,
    comment: form.fields.comment.value,
    author: form.fields.author.value,
  };
}
