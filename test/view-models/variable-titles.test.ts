import {describe, expect, it} from 'vitest';
import type {DashboardSpec, PanelSpec} from '../../source/dashboards/spec.js';
import {buildPanelView} from '../../source/view-models/panel-view.js';
import {withVariableTitles} from '../../source/view-models/variable-titles.js';

const panel = (id: string, title: string): PanelSpec => ({
  id,
  title,
  kind: 'stat',
  unit: 'count',
  queries: [{expr: 'up{instance=~"$instance"}'}],
});

const dashboard: DashboardSpec = {
  id: 'hosts',
  title: 'Hosts',
  rows: [
    {title: 'Host $instance', panels: [panel('cpu', 'CPU on ${instance}'), panel('up', 'Up')]},
    {panels: [panel('disk', 'Disk [[instance]] of $job')]},
  ],
};

const titles = (spec: DashboardSpec) =>
  spec.rows.map((row) => [row.title, ...row.panels.map((one) => one.title)]);

describe('withVariableTitles', () => {
  it("writes the values' texts into panel and row titles, and leaves the queries alone", () => {
    const titled = withVariableTitles(dashboard, {
      instance: {values: ['10.0.0.1:9100'], texts: ['node-1']},
      job: {values: ['node']},
    });
    expect(titles(titled)).toEqual([
      ['Host node-1', 'CPU on node-1', 'Up'],
      [undefined, 'Disk node-1 of node'],
    ]);
    expect(titled.rows[0]?.panels[0]?.queries).toEqual([{expr: 'up{instance=~"$instance"}'}]);
    // Untouched titles stay the very same panels.
    expect(titled.rows[0]?.panels[1]).toBe(dashboard.rows[0]?.panels[1]);
  });

  it('joins several values with " + " and writes All as All', () => {
    const several = withVariableTitles(dashboard, {instance: {values: ['a', 'b']}});
    expect(titles(several)[0]).toEqual(['Host a + b', 'CPU on a + b', 'Up']);
    const all = withVariableTitles(dashboard, {
      instance: {values: ['a', 'b'], isAll: true, allValue: '.*'},
    });
    expect(titles(all)[0]).toEqual(['Host All', 'CPU on All', 'Up']);
  });

  it('is the same dashboard when no title uses a variable, or before the values are read', () => {
    const plain: DashboardSpec = {...dashboard, rows: [{panels: [panel('up', 'Up')]}]};
    expect(withVariableTitles(plain, {instance: {values: ['a']}})).toBe(plain);
    expect(withVariableTitles(dashboard, undefined)).toBe(dashboard);
    expect(withVariableTitles(dashboard, {})).toBe(dashboard);
  });

  it("keeps a server's value as data: the panel's title is drawn sanitized", () => {
    // An OSC title write, an 8-bit CSI and a right-to-left override.
    const value = '\u001B]0;owned\u0007x\u009B2J\u202Ey';
    const hostile = withVariableTitles(dashboard, {instance: {values: [value]}});
    const spec = hostile.rows[0]?.panels[0];
    if (spec === undefined) throw new Error('the fixture has a panel');
    expect(spec.title).toBe(`CPU on ${value}`);
    const drawn = buildPanelView(spec, undefined, {width: 40, height: 6}, 0).title;
    const talking = [...drawn].filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code < 0x20 || (code >= 0x7f && code <= 0x9f) || /\p{Cf}/u.test(char);
    });
    expect(talking).toEqual([]);
    expect(drawn).toBe('CPU on xy');
  });
});
