// `o` in the alert detail: the key asks to leave for the mirroring panel (nowhere else), and the
// UI reducer opens that panel zoomed on its dashboard.
import {describe, expect, it} from 'vitest';
import {alertPanelPlace} from '../../source/dashboards/alert-panels.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import {matchKey} from '../../source/keys/match-key.js';
import {alertsKey, type AlertsKeyContext} from '../../source/ui-state/alerts-keys.js';
import {initialAlertsUi} from '../../source/ui-state/alerts-ui-state.js';
import {createUiReducer, initialUiState, uiCommandFor} from '../../source/ui-state/ui-state.js';

const context: AlertsKeyContext = {
  alertCount: 3,
  selectedKey: 'k',
  silenceIds: [],
  readOnly: false,
};
const open = {...initialAlertsUi, open: true};

describe('the alert panel key', () => {
  it('is o, an alerts action', () => {
    const match = matchKey('o', {});
    expect(match).toEqual({action: 'showAlertPanel'});
    expect(match && uiCommandFor(match)).toEqual({type: 'alerts', action: 'showAlertPanel'});
  });

  it.each([
    ['detail', {kind: 'showPanel'}],
    ['list', {kind: 'ignore'}],
    ['silences', {kind: 'ignore'}],
  ] as const)('in the %s view: %j', (view, expected) => {
    expect(alertsKey({...open, view}, 'o', {}, context)).toEqual(expected);
  });

  it('types an o into the filter rather than leaving', () => {
    const filtering = {...open, view: 'detail' as const, filtering: true};
    expect(alertsKey(filtering, 'o', {}, context)).toMatchObject({
      kind: 'action',
      action: {type: 'editFilter'},
    });
  });
});

describe('showPanel', () => {
  const reduce = createUiReducer(builtinDashboards);
  it('opens the panel of the alert zoomed, on its dashboard', () => {
    const place = alertPanelPlace('IdleConversationsTooHigh');
    expect(place && [place.dashboard.id, place.panel.id, place.row, place.column]).toEqual([
      'websocket',
      'idle-conversations',
      2,
      2,
    ]);
    const state = reduce(initialUiState(3, 3600), {
      type: 'showPanel',
      dashboardIndex: place?.dashboardIndex ?? -1,
      focus: {row: place?.row ?? 0, column: place?.column ?? 0},
    });
    expect(state).toMatchObject({dashboardIndex: 1, focus: {row: 2, column: 2}, zoomed: true});
  });

  it('ignores a dashboard that does not exist', () => {
    const start = initialUiState(0, 3600);
    expect(reduce(start, {type: 'showPanel', dashboardIndex: 9, focus: {row: 0, column: 0}})).toBe(
      start,
    );
  });
});
