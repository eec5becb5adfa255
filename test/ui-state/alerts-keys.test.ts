// The alerts screen's keys through the key table and the UI reducer, without Ink: the list, the
// detail, the filter, the silence form, the silences list and its y/n question, and the writes
// they ask for (refused with the reason when nova-top cannot write).
import {describe, expect, it} from 'vitest';
import {narrowAlerts, narrowGroups} from '../../source/alerts/alertmanager-narrow.js';
import {buildAlertRows} from '../../source/alerts/alert-rows.js';
import {sortAlertRows} from '../../source/alerts/alert-order.js';
import {groupedItems, mergeRouteGroups} from '../../source/alerts/route-groups.js';
import {alertPanelPlace} from '../../source/dashboards/alert-panels.js';
import {builtinDashboards} from '../../source/dashboards/dashboards.js';
import type {NewSilence} from '../../source/alerts/types.js';
import {initialUiState, keyContextOf} from '../../source/ui-state/ui-state.js';
import type {AlertsEnv, UiEnv, UiState} from '../../source/ui-state/types.js';
import {updateUi} from '../../source/ui-state/ui-state.js';
import {fixture} from '../alerts/fixtures.js';
import {
  alertRow,
  alertsEnv,
  down,
  enter,
  esc,
  left,
  press,
  right,
  shiftTab,
  tab,
  twoDashboards,
  up,
  type Press,
} from './press.js';

const rows = [alertRow('k0', 'A'), alertRow('k1', 'B'), alertRow('k2', 'C')];
const envOf = (overrides: Partial<AlertsEnv> = {}): UiEnv => ({
  dashboards: twoDashboards,
  alerts: alertsEnv(rows, {silenceIds: ['s1', 's2'], ...overrides}),
});
const env = envOf();
const onAlerts = initialUiState(0, 3600, 'alerts');
const after = (state: UiState, ...keys: Press[]): UiState => press(state, env, ...keys).state;
const silence: NewSilence = {
  matchers: [{name: 'alertname', operator: '=', value: 'A'}],
  startsAt: Date.UTC(2026, 10, 27, 12),
  endsAt: Date.UTC(2026, 10, 27, 13),
  createdBy: 'me',
  comment: 'deploy',
};

describe('the list', () => {
  it('moves the selection with j/k and the arrows, within the list', () => {
    expect(after(onAlerts, 'j').alerts.selected).toBe(1);
    expect(after(onAlerts, down, down, down).alerts.selected).toBe(2);
    expect(after(onAlerts, 'j', up, 'k').alerts.selected).toBe(0);
  });

  it('opens the detail with Enter and goes back with Esc; Esc on the bare list does nothing', () => {
    const detail = after(onAlerts, 'j', enter);
    expect([detail.alerts.view, detail.alerts.selected]).toEqual(['detail', 1]);
    expect(after(detail, esc).alerts.view).toBe('list');
    expect(after(onAlerts, esc)).toBe(onAlerts);
  });

  it('in the detail, ↑↓ go from alert to alert', () => {
    const detail = after(onAlerts, enter, 'j', 'j', 'j');
    expect([detail.alerts.view, detail.alerts.selected]).toEqual(['detail', 2]);
  });

  it('marks the selected row with Space, and unmarks it', () => {
    expect(after(onAlerts, 'j', ' ').alerts.marked).toEqual(['k1']);
    expect(after(onAlerts, 'j', ' ', ' ').alerts.marked).toEqual([]);
  });

  it('leaves h/l alone: they move panels, and there are none here', () => {
    expect(after(onAlerts, 'h', 'l')).toBe(onAlerts);
  });
});

describe('the filter', () => {
  it('takes typed keys as text, q included, and Enter keeps it', () => {
    const typed = after(onAlerts, '/', 'q', 'x');
    expect([keyContextOf(typed), typed.alerts.filter.value]).toEqual(['filter', 'qx']);
    const kept = after(typed, enter);
    expect([keyContextOf(kept), kept.alerts.filter.value]).toEqual(['alerts', 'qx']);
    // Esc then clears the kept filter before it would leave the list.
    expect(after(kept, esc).alerts.filter.value).toBe('');
  });

  it('Esc while typing drops the filter; Ctrl-C still quits', () => {
    const typed = after(onAlerts, '/', 'd');
    expect(after(typed, esc).alerts).toMatchObject({filtering: false, filter: {value: ''}});
    expect(press(typed, env, ['c', {ctrl: true}]).effects).toEqual([{type: 'quit'}]);
  });
});

describe('the silence form', () => {
  it('s opens the form on the comment for the selected row; typing fills it', () => {
    const form = after(onAlerts, 'j', 's', 'h', 'i');
    expect(keyContextOf(form)).toBe('form');
    expect(form.alerts.form).toMatchObject({focus: 'comment', selected: 1, from: 'list'});
    expect(form.alerts.form?.fields.comment.value).toBe('hi');
    expect(form.alerts.form?.fields.matchers.value).toContain('alertname="B"');
  });

  it('s silences the marked rows together', () => {
    const form = after(onAlerts, ' ', 'j', 'j', ' ', 's');
    expect(form.alerts.form?.selected).toBe(2);
  });

  it('Tab and ↑↓ move between the fields; ←→ on the duration pick the next duration', () => {
    const form = after(onAlerts, 's');
    expect(after(form, tab).alerts.form?.focus).toBe('author');
    expect(after(form, shiftTab).alerts.form?.focus).toBe('duration');
    expect(after(form, up, up, down).alerts.form?.focus).toBe('duration');
    expect(after(form, up, right).alerts.form?.fields.duration.value).toBe('4h');
    expect(after(form, up, left).alerts.form?.fields.duration.value).toBe('15m');
    // Elsewhere ←→ move the cursor.
    const typed = after(form, 'a', 'c', left, 'b');
    expect(typed.alerts.form?.fields.comment.value).toBe('abc');
  });

  it('Esc closes it back where it came from', () => {
    expect(after(onAlerts, enter, 's', esc).alerts).toMatchObject({
      view: 'detail',
      form: undefined,
    });
    expect(after(onAlerts, 's', esc).alerts).toMatchObject({view: 'list', form: undefined});
  });

  it('Enter with fields in error says so; with a silence, posts it once', () => {
    const form = after(onAlerts, 's');
    expect(after(form, enter).alerts.notice).toEqual({
      text: 'fix the fields marked above first',
      tone: 'warning',
    });
    const valid = envOf({check: {errors: {}, warnings: [], matched: 1, silence}});
    const posted = press(form, valid, enter);
    expect(posted.effects).toEqual([{type: 'createSilence', silence}]);
    expect(posted.state.alerts.writing).toBe(true);
    expect(press(posted.state, valid, enter).effects).toEqual([]);
  });

  it('closes when the post succeeds, clears the marks; stays open when it fails', () => {
    const writing = press(
      after(onAlerts, ' ', 's'),
      envOf({check: {errors: {}, warnings: [], matched: 1, silence}}),
      enter,
    ).state;
    const done = updateUi(
      writing,
      {type: 'writeFinished', notice: {text: 'silenced', tone: 'ok'}, closeForm: true},
      env,
    ).state;
    expect(done.alerts).toMatchObject({view: 'list', writing: false, marked: [], form: undefined});
    expect(done.alerts.notice?.text).toBe('silenced');
    const failed = updateUi(
      writing,
      {type: 'writeFinished', notice: {text: 'failed', tone: 'critical'}, closeForm: false},
      env,
    ).state;
    expect(failed.alerts).toMatchObject({view: 'form', writing: false, marked: ['k0']});
  });
});

describe('the silences list', () => {
  const silences = after(onAlerts, 'S', 'j');

  it('S lists the silences; j selects the next one; x asks before expiring it', () => {
    expect([silences.alerts.view, silences.alerts.selectedSilence]).toEqual(['silences', 1]);
    const asked = after(silences, 'x');
    expect([keyContextOf(asked), asked.alerts.confirmExpire]).toEqual(['confirm', 's2']);
  });

  it('y expires, n or Esc cancel, other keys wait', () => {
    const asked = after(silences, 'x');
    expect(press(asked, env, 'y').effects).toEqual([{type: 'expireSilence', id: 's2'}]);
    expect(after(asked, 'n').alerts.confirmExpire).toBeUndefined();
    expect(after(asked, esc).alerts.confirmExpire).toBeUndefined();
    expect(after(asked, 'q', 'j', '1')).toBe(asked);
  });

  it('s and Space do nothing there', () => {
    expect(after(silences, 's', ' ')).toBe(silences);
  });
});

describe('writes nova-top cannot make', () => {
  const notice = (text: string) => ({text, tone: 'warning'});

  it('--read-only: s and x say so instead', () => {
    const readOnly = envOf({readOnly: true});
    expect(press(onAlerts, readOnly, 's').state.alerts.notice).toEqual(
      notice('read-only: nova-top was started with --read-only'),
    );
    const asked = press(onAlerts, readOnly, 'S', 'x').state.alerts;
    expect([asked.confirmExpire, asked.notice]).toEqual([
      undefined,
      notice('read-only: nova-top was started with --read-only'),
    ]);
  });

  it('no AlertManager answers: s says why', () => {
    const why = 'silences need AlertManager, which is unreachable';
    const state = press(onAlerts, envOf({silencesUnavailable: why}), 's').state;
    expect([state.alerts.view, state.alerts.notice]).toEqual(['list', notice(why)]);
  });
});

describe('the grouped view', () => {
  const amRows = sortAlertRows(
    buildAlertRows({alertmanagers: [{name: 'am1', alerts: narrowAlerts(fixture('alerts'))}]}),
  );
  const groups = mergeRouteGroups([{name: 'am1', groups: narrowGroups(fixture('groups'))}]);
  const items = groupedItems(amRows, groups);
  const grouped: UiEnv = {
    dashboards: twoDashboards,
    alerts: alertsEnv(amRows, {items}),
  };
  const kinds = items.map((item) => item.kind).join(' ');

  it('v toggles grouping on the list and starts at the top', () => {
    expect(kinds).toBe('group row row group row group row');
    const state = press(onAlerts, env, 'j', 'v').state;
    expect([state.alerts.grouped, state.alerts.selected]).toEqual([true, 0]);
    expect(press(state, env, 'v').state.alerts.grouped).toBe(false);
    expect(press(onAlerts, env, 'S', 'v').state.alerts.grouped).toBe(false);
  });

  it('s on a header opens the form for the group; Enter and Space on a header do nothing', () => {
    const state = {...onAlerts, alerts: {...onAlerts.alerts, grouped: true}};
    expect(press(state, grouped, enter, ' ').state).toBe(state);
    const form = press(state, grouped, 's').state.alerts.form;
    expect([form?.group, form?.selected]).toEqual([true, 2]);
  });

  it('↑↓ in the detail go from alert to alert over the headers', () => {
    const state = {...onAlerts, alerts: {...onAlerts.alerts, grouped: true}};
    const detail = press(state, grouped, 'j', enter).state;
    expect(detail.alerts).toMatchObject({view: 'detail', selected: 1});
    expect(press(detail, grouped, 'j', 'j').state.alerts.selected).toBe(4);
    expect(press(detail, grouped, 'k').state).toBe(detail);
  });
});

describe('o in the alert detail', () => {
  const idle = alertRow('idle', 'IdleConversationsTooHigh');
  const panels: UiEnv = {dashboards: builtinDashboards, alerts: alertsEnv([idle])};

  it('opens the panel that mirrors the alert, zoomed, on its dashboard', () => {
    const place = alertPanelPlace('IdleConversationsTooHigh');
    expect(place && [place.dashboard.id, place.panel.id, place.row, place.column]).toEqual([
      'websocket',
      'idle-conversations',
      2,
      2,
    ]);
    const state = press(initialUiState(3, 3600, 'alerts'), panels, enter, 'o').state;
    expect(state).toMatchObject({
      screen: 'dashboard',
      dashboardIndex: 1,
      focus: {row: 2, column: 2},
      zoomed: true,
    });
  });

  it('does nothing in the list, nor for an alert no panel mirrors', () => {
    const list = initialUiState(0, 3600, 'alerts');
    expect(press(list, panels, 'o').state).toBe(list);
    const other: UiEnv = {dashboards: builtinDashboards, alerts: alertsEnv(rows)};
    const detail = press(list, other, enter).state;
    expect(press(detail, other, 'o').state).toBe(detail);
  });

  it('types an o into the filter rather than leaving', () => {
    const filtering = press(initialUiState(0, 3600, 'alerts'), panels, enter, '/', 'o').state;
    expect([filtering.screen, filtering.alerts.filter.value]).toEqual(['alerts', 'o']);
  });
});
