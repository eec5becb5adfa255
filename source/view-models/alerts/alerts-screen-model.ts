// What the alerts screen shows from the alerts state and its UI state at `now`: the rows the filter
// lets through, the list items (by severity, or by route group with grouping on), the silences,
// and the open silence form's check.
import {allSilences, type AlertsState} from '../../alerts/alerts-state.js';
import {groupedItems, rowItems, type AlertListItem} from '../../alerts/route-groups.js';
import {checkSilenceForm, type SilenceCheck} from '../../alerts/silence-form.js';
import {silenceRows, type SilenceRow} from '../../alerts/silence-rows.js';
import {formValues, type AlertsUiState} from '../../ui-state/alerts-ui-state.js';
import {visibleAlerts, type VisibleAlerts} from './alert-list-view.js';

export type AlertsScreenView = {
  readonly visible: VisibleAlerts;
  /** What the list shows, in order: rows, and with grouping on the route groups' headers. */
  readonly items: readonly AlertListItem[];
  readonly silences: readonly SilenceRow[];
  /** The open silence form's check; undefined without a form. */
  readonly check: SilenceCheck | undefined;
};

/** The parts of the UI state the screen's content depends on. */
export type AlertsScreenUi = Pick<AlertsUiState, 'filter' | 'grouped' | 'form'>;

export function alertsScreenModel(
  state: AlertsState,
  ui: AlertsScreenUi,
  now: number,
): AlertsScreenView {
  const visible = visibleAlerts(state.rows, ui.filter.value);
  const alerts = state.rows.map((row) => row.labels);
  return {
    visible,
    items: ui.grouped ? groupedItems(visible.rows, state.groups) : rowItems(visible.rows),
    silences: silenceRows(allSilences(state), alerts, now),
    check:
      ui.form === undefined
        ? undefined
        : checkSilenceForm(formValues(ui.form), {
            now,
            alerts,
            selected: ui.form.selected,
            group: ui.form.group,
          }),
  };
}
