// What the alerts screen shows, computed from the alerts state and its UI state: the filtered and
// sorted rows, the list items with and without grouping, the silences with the alerts they match,
// and the silence form's check; and the header's alert counts.
import {describe, expect, it} from 'vitest';
import type {AlertRow} from '../../source/alerts/alert-rows.js';
import {initialAlertsState, type AlertsState} from '../../source/alerts/alerts-state.js';
import {initialSilenceForm} from '../../source/alerts/silence-form.js';
import type {Silence} from '../../source/alerts/types.js';
import {initialAlertsUi, reduceAlertsUi} from '../../source/ui-state/alerts-ui-state.js';
import {textInput} from '../../source/ui-state/alerts-text-input.js';
import {alertsScreenModel} from '../../source/view-models/alerts/alerts-screen-model.js';
import {headerAlerts} from '../../source/view-models/alerts/header-alerts.js';
import type {Line} from '../../source/view-models/tone.js';

const now = 1_800_000_000_000;
const row = (alertname: string, severity: AlertRow['severity']): AlertRow => ({
  key: alertname,
  alertname,
  severity,
  labels: {alertname, severity},
  annotations: {},
  state: 'firing',
  since: now - 60_000,
  sources: ['am1'],
  silencedBy: [],
  inhibitedBy: [],
  mutedBy: [],
});
const disk = row('DiskFull', 'critical');
const slow = row('SlowReplies', 'warning');
const silence: Silence = {
  id: 's1',
  state: 'active',
  matchers: [{name: 'alertname', operator: '=', value: 'SlowReplies'}],
  startsAt: now - 60_000,
  endsAt: now + 3_600_000,
  createdBy: 'ann',
  comment: 'deploy',
};
const base = initialAlertsState(['am1']);
const state: AlertsState = {
  ...base,
  alertmanagers: [{name: 'am1', alerts: [], silences: [silence], groups: [], lastSuccessAt: now}],
  rows: [slow, disk],
  groups: [
    {key: 'g', labels: {team: 'db'}, receiver: 'pager', rowKeys: ['DiskFull'], routed: true},
  ],
  lastCycleAt: now,
};
const ui = initialAlertsUi;
const names = (rows: readonly AlertRow[]) => rows.map((one) => one.alertname);

describe('alertsScreenModel', () => {
  it('lists every row, critical first, and each silence with the alerts it matches', () => {
    const model = alertsScreenModel(state, ui, now);
    expect(names(model.visible.rows)).toEqual(['DiskFull', 'SlowReplies']);
    expect(model.items.map((item) => item.kind)).toEqual(['row', 'row']);
    expect(model.silences.map((one) => [one.id, one.matched, one.timeLeft])).toEqual([
      ['s1', 1, 'ends in 1h'],
    ]);
    expect(model.check).toBeUndefined();
  });

  it('lets the filter through only what matches', () => {
    const model = alertsScreenModel(state, {...ui, filter: textInput('slow')}, now);
    expect(names(model.visible.rows)).toEqual(['SlowReplies']);
    expect(model.visible.filterError).toBeUndefined();
  });

  it('reads filter regexes as RE2, and says in one line why one does not compile', () => {
    const alpha = alertsScreenModel(
      state,
      {...ui, filter: textInput('alertname=~"\\pL+Full"')},
      now,
    );
    expect(names(alpha.visible.rows)).toEqual(['DiskFull']);
    const broken = alertsScreenModel(state, {...ui, filter: textInput('alertname=~"(Disk"')}, now);
    expect(names(broken.visible.rows)).toEqual(['DiskFull', 'SlowReplies']);
    expect(broken.visible.filterError).toBe(
      'invalid regex in alertname=~"(Disk": missing closing )',
    );
  });

  it('counts what a silence with a catastrophic regex matches without stalling', () => {
    const long = row('x'.repeat(10_000), 'info');
    const hostile: Silence = {
      ...silence,
      matchers: [{name: 'alertname', operator: '=~', value: '(.*.*)*X'}],
    };
    const withHostile: AlertsState = {
      ...state,
      alertmanagers: [
        {name: 'am1', alerts: [], silences: [hostile], groups: [], lastSuccessAt: now},
      ],
      rows: [slow, disk, long, row(`${'x'.repeat(10_000)}X`, 'info')],
    };
    expect(alertsScreenModel(withHostile, ui, now).silences.map((one) => one.matched)).toEqual([1]);
  });

  it('puts route group headers before their rows with grouping on', () => {
    const model = alertsScreenModel(state, {...ui, grouped: true}, now);
    expect(
      model.items.map((item) => (item.kind === 'group' ? `[${item.group.key}]` : item.row.key)),
    ).toEqual(['[g]', 'DiskFull', '[ungrouped]', 'SlowReplies']);
  });

  it('checks the open silence form: a comment is required, and it counts what it would mute', () => {
    const form = initialSilenceForm([disk], state.rows, 'ann');
    const open = reduceAlertsUi(ui, {type: 'openForm', form, selected: 1});
    expect(alertsScreenModel(state, open, now).check).toEqual({
      errors: {comment: 'a comment is required'},
      warnings: [],
      matched: 1,
    });
  });
});

const shown = (line: Line) => line.map((part) => `${part.text}<${part.tone}>`).join('');

describe('headerAlerts', () => {
  it('counts the firing alerts, full and compact', () => {
    const {counts, compactCounts} = headerAlerts(state, now, false);
    expect(shown(counts)).toBe('1 crit<critical> <normal>1 warn<warning> <normal>0 info<muted>');
    expect(shown(compactCounts)).toBe('1C<critical> <normal>1W<warning> <normal>0I<muted>');
  });

  it('says READ-ONLY, waiting before any answer, and stale when every AlertManager fails', () => {
    expect(shown(headerAlerts(base, now, true).counts)).toBe(
      'READ-ONLY<warning> <normal>alerts …<muted>',
    );
    const failing = {
      ...state,
      alertmanagers: state.alertmanagers.map((am) => ({...am, error: 'down'})),
    };
    expect(shown(headerAlerts(failing, now, false).counts)).toBe(
      '1 crit<critical> <normal>1 warn<warning> <normal>0 info<muted> (stale)<warning>',
    );
  });

  it('flashes a new critical alert from the poll that found it, even when the clock lags', () => {
    const found = {...state, newCriticalAt: now, lastCycleAt: now};
    expect(headerAlerts(found, now - 5_000, false).counts[0]).toEqual({
      text: '!1 crit!',
      tone: 'focus',
    });
  });
});
