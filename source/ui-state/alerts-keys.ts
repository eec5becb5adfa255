// From a key on the alerts screen to what it does: an alerts action, an effect the app performs
// (open the silence form, post it, expire a silence), or `pass` to the app's global keys. While
// the filter, the form or a y/n question has the keyboard, typed characters are text, not keys.
import {matchKey} from '../keys/match-key.js';
import type {KeyState} from '../keys/bindings.js';
import {textEditFor, type TextKey} from './alerts-text-input.js';
import type {AlertsUiAction, AlertsUiState} from './alerts-ui-state.js';

export type AlertsKeyResult =
  | {readonly kind: 'pass'}
  | {readonly kind: 'ignore'}
  | {readonly kind: 'action'; readonly action: AlertsUiAction}
  | {readonly kind: 'openForm'}
  | {readonly kind: 'submitForm'}
  | {readonly kind: 'expire'; readonly id: string}
  /** Leave for the dashboard panel that mirrors the alert of the detail. */
  | {readonly kind: 'showPanel'};

export type AlertsKeyContext = {
  /** Items in the filtered list: rows, and group headers in the grouped view. */
  readonly alertCount: number;
  /** The selected row's key, to mark it; undefined on a group header. */
  readonly selectedKey?: string | undefined;
  /** Indexes of the group headers in the list (none in the severity view). */
  readonly headerIndexes?: readonly number[];
  /** Ids of the silences in the `S` list, in order. */
  readonly silenceIds: readonly string[];
  readonly readOnly: boolean;
  /** Why, for the notice (default: --read-only). */
  readonly readOnlyReason?: string | undefined;
  /** Why silences cannot be written now (no AlertManager answers); undefined when they can. */
  readonly silencesUnavailable?: string | undefined;
};

export type AlertsKey = KeyState & TextKey;

const pass: AlertsKeyResult = {kind: 'pass'};
const ignore: AlertsKeyResult = {kind: 'ignore'};
const act = (action: AlertsUiAction): AlertsKeyResult => ({kind: 'action', action});
const readOnlyNotice = (context: AlertsKeyContext): AlertsKeyResult =>
  act({
    type: 'notice',
    notice: {
      text:
        context.silencesUnavailable ??
        `read-only: ${context.readOnlyReason ?? 'nova-top was started with --read-only'}`,
      tone: 'warning',
    },
  });

/** Read-only, or no AlertManager to write to: the key says why instead. */
const cannotWrite = (context: AlertsKeyContext): boolean =>
  context.readOnly || context.silencesUnavailable !== undefined;

export function alertsKey(
  state: AlertsUiState,
  input: string,
  key: AlertsKey,
  context: AlertsKeyContext,
): AlertsKeyResult {
  if (!state.open) return pass;
  // Ctrl-C always quits, whatever has the keyboard.
  if (key.ctrl && input === 'c') return pass;
  if (state.confirmExpire !== undefined) return confirmKey(state.confirmExpire, input, key);
  if (state.view === 'form') return formKey(state, input, key);
  if (state.filtering) return filterKey(input, key);
  const match = matchKey(input, key);
  switch (match?.action) {
    case 'focusUp':
    case 'focusDown':
      return moveKey(state, match.action === 'focusUp' ? -1 : 1, context);
    case 'back':
      return state.view === 'list' && state.filter.value === '' ? pass : act({type: 'back'});
    case 'zoom':
      // A group header has no detail of its own.
      return state.view === 'list' && context.selectedKey !== undefined
        ? act({type: 'showDetail'})
        : ignore;
    case 'filterAlerts':
      return act({type: 'startFilter'});
    case 'silenceAlert':
      if (state.view === 'silences' || context.alertCount === 0) return ignore;
      return cannotWrite(context) ? readOnlyNotice(context) : {kind: 'openForm'};
    case 'markAlert':
      if (state.view !== 'list' || context.selectedKey === undefined) return ignore;
      return act({type: 'toggleMark', key: context.selectedKey});
    case 'groupAlerts':
      return state.view === 'list' ? act({type: 'toggleGrouping'}) : ignore;
    case 'listSilences':
      return act({type: 'showSilences'});
    case 'showAlertPanel':
      return state.view === 'detail' ? {kind: 'showPanel'} : ignore;
    case 'expireSilence': {
      const id = context.silenceIds[state.selectedSilence];
      if (state.view !== 'silences' || id === undefined) return ignore;
      return cannotWrite(context) ? readOnlyNotice(context) : act({type: 'askExpire', id});
    }
    default:
      return pass;
  }
}

function moveKey(state: AlertsUiState, by: number, context: AlertsKeyContext): AlertsKeyResult {
  const count = state.view === 'silences' ? context.silenceIds.length : context.alertCount;
  if (state.view !== 'detail') return act({type: 'moveSelection', by, count});
  // The detail goes from alert to alert, over the group headers between them.
  const headers = new Set(context.headerIndexes ?? []);
  let target = state.selected + by;
  while (headers.has(target)) target += by;
  if (target < 0 || target >= count) return ignore;
  return act({type: 'moveSelection', by: target - state.selected, count});
}

function confirmKey(id: string, input: string, key: AlertsKey): AlertsKeyResult {
  if (input === 'y' || input === 'Y') return {kind: 'expire', id};
  if (input === 'n' || input === 'N' || key.escape) return act({type: 'cancelExpire'});
  return ignore;
}

function filterKey(input: string, key: AlertsKey): AlertsKeyResult {
  if (key.escape) return act({type: 'endFilter', keep: false});
  if (key.return) return act({type: 'endFilter', keep: true});
  const edit = textEditFor(input, key);
  return edit === undefined ? ignore : act({type: 'editFilter', edit});
}

function formKey(state: AlertsUiState, input: string, key: AlertsKey): AlertsKeyResult {
  if (key.escape) return act({type: 'back'});
  if (key.return) return state.writing ? ignore : {kind: 'submitForm'};
  if (key.tab || key.upArrow || key.downArrow) {
    const by = key.upArrow || (key.tab && key.shift) ? -1 : 1;
    return act({type: 'moveFormFocus', by});
  }
  if (state.form?.focus === 'duration' && (key.leftArrow || key.rightArrow)) {
    return act({type: 'cycleDuration', by: key.leftArrow ? -1 : 1});
  }
  const edit = textEditFor(input, key);
  return edit === undefined ? ignore : act({type: 'editForm', edit});
}
