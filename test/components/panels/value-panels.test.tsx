import React from 'react';
import {describe, expect, it} from 'vitest';
import {PanelBox} from '../../../source/components/panels/panel-box.js';
import type {PanelSpec} from '../../../source/dashboards/spec.js';
import {breakdownTitle} from '../../../source/view-models/breakdown-view.js';
import {buildPanelView} from '../../../source/view-models/panel-view.js';
import {fresh, instant, minuteWindow, panel, range, repeat, updatedAt} from './panel-data.js';
import {bottomBorder, renderLines, side, topBorder} from './render.js';

const now = updatedAt;

describe('stat panel', () => {
  const connections = panel('connections');
  const window = minuteWindow(38);
  const state = fresh([range(0, window, [[{}, [...repeat(1000, 19), ...repeat(1500, 18), 1234]]])]);

  // The trend from 0 to 2k, the round number above the 1.5k peak: in 16 eighths, 1k is
  // 1 + round(0.5 * 15) = 9, 1.5k is 1 + round(0.75 * 15) = 12, 1234 is 1 + round(0.617 * 15) = 10.
  it('40x7: the current value in big digits, the peak, a two-row trend from zero', () => {
    const element = (
      <PanelBox spec={connections} state={state} width={40} height={7} focused={false} now={now} />
    );
    expect(renderLines(element, 40)).toEqual([
      topBorder('WebSocket connections', 40),
      side('▀█    ▀▀█ ▀▀█'.padEnd(29) + 'peak 1.5k', 40),
      side(' █    █▀▀  ▀█', 40),
      side('▄█▄ ▄ █▄▄ ▄▄█k', 40),
      side('▁'.repeat(19) + '▄'.repeat(18) + '▂', 40),
      side('█'.repeat(38), 40),
      bottomBorder(40),
    ]);
  });

  it('80x7: the same, with the trend drawn at the right edge', () => {
    const element = (
      <PanelBox spec={connections} state={state} width={80} height={7} focused={false} now={now} />
    );
    expect(renderLines(element, 80)).toEqual([
      topBorder('WebSocket connections', 80),
      side('▀█    ▀▀█ ▀▀█'.padEnd(69) + 'peak 1.5k', 80),
      side(' █    █▀▀  ▀█', 80),
      side('▄█▄ ▄ █▄▄ ▄▄█k', 80),
      side(' '.repeat(40) + '▁'.repeat(19) + '▄'.repeat(18) + '▂', 80),
      side(' '.repeat(40) + '█'.repeat(38), 80),
      bottomBorder(80),
    ]);
  });

  it('a short box falls back to one line of small text', () => {
    const view = buildPanelView(connections, state, {width: 40, height: 4}, now);
    expect(view.lines.map((line) => line.map((part) => part.text).join(''))).toEqual([
      // One row: 1 + round(v / 2000 * 7) eighths: 1k and 1234 -> 5, 1.5k -> 6.
      '1.23k  peak 1.5k'.padEnd(38),
      '▅'.repeat(19) + '▆'.repeat(18) + '▅',
    ]);
  });

  it('with reduce, shows the value over the range and says which in the title', () => {
    const mean = {...connections, reduce: 'mean' as const};
    const view = buildPanelView(mean, state, {width: 40, height: 4}, now);
    expect(view.title).toBe('WebSocket connections (mean over range)');
    // (19 x 1000 + 18 x 1500 + 1234) / 38 = 1243: the last point is the value now, counted once.
    expect(view.lines.map((line) => line.map((part) => part.text).join(''))[0]).toBe(
      '1.24k  peak 1.5k'.padEnd(38),
    );
    const first = buildPanelView(
      {...connections, reduce: 'first'},
      state,
      {width: 40, height: 4},
      now,
    );
    expect(first.title).toBe('WebSocket connections (first in range)');
    expect(first.lines[0]?.map((part) => part.text).join('')).toBe('1k  peak 1.5k'.padEnd(38));
  });

  it('a narrow box puts the peak on a line of its own, or leaves it out, and never cuts it', () => {
    const text = (height: number) =>
      buildPanelView(connections, state, {width: 14, height}, now).lines.map((line) =>
        line.map((part) => part.text).join(''),
      );
    // 12 columns inside, "1.23k  peak 1.5k" is 16: the peak goes below, with two trend rows left.
    const tall = text(6);
    expect(tall.slice(0, 2)).toEqual(['1.23k'.padEnd(12), 'peak 1.5k'.padEnd(12)]);
    expect(tall.slice(2)).toEqual([
      expect.stringMatching(/^[ ▁▂▃▄▅▆▇█]{12}$/),
      expect.stringMatching(/^[▁▂▃▄▅▆▇█]{12}$/),
    ]);
    // Two rows inside: the value and one row of trend.
    expect(text(4)).toEqual(['1.23k'.padEnd(12), expect.stringMatching(/^[▁▂▃▄▅▆▇█]{12}$/)]);
  });

  it('thresholds that warn below show the low instead of the peak, and their tone', () => {
    const conversations = panel('conversations');
    const success = fresh([range(0, minuteWindow(38), [[{}, [...repeat(99, 37), 93.5]]])]);
    const element = (
      <PanelBox
        spec={conversations}
        state={success}
        width={40}
        height={7}
        focused={false}
        now={now}
      />
    );
    expect(renderLines(element, 40)).toEqual([
      topBorder('Conversation creation', 40),
      side('█▀█ ▀▀█   █▀▀'.padEnd(29) + 'low 93.5%', 40),
      side('▀▀█  ▀█   ▀▀█'.padEnd(29) + 'warn <95%', 40),
      side('▄▄█ ▄▄█ ▄ ▄▄█%', 40),
      // From zero to 100% (the round number above 99% and the 95% threshold): 99% fills both
      // rows (1 + round(0.99 * 15) = 16 eighths), 93.5% falls one eighth short (15). The 95% line
      // is in the top row, which the bars fill.
      side('█'.repeat(37) + '▇', 40),
      side('█'.repeat(38), 40),
      bottomBorder(40),
    ]);
    const view = buildPanelView(conversations, success, {width: 40, height: 7}, now);
    expect(view.lines[2]).toEqual([
      {text: '▄▄█ ▄▄█ ▄ ▄▄█', tone: 'warning'},
      {text: '%', tone: 'warning'},
      {text: ' '.repeat(24), tone: 'normal'},
    ]);
  });
});

describe('stat trend with a threshold line', () => {
  it('draws the warning where the bars leave the row it falls in', () => {
    const failures = panel('delivery-failures');
    const values = [...repeat(0.5, 19), ...repeat(1, 19)];
    const state = fresh([range(0, minuteWindow(38), [[{}, values]])]);
    const view = buildPanelView(failures, state, {width: 40, height: 7}, now);
    // From 0% to 2%, the percentage's lowest threshold (warn >2%; 10% is out of reach). In 16
    // eighths: 0.5% is 1 + round(0.25 * 15) = 5, 1% is 1 + round(0.5 * 15) = 9. The 2% line is
    // at the top, in the top row: dotted where the 0.5% bars leave it empty.
    expect(view.lines.slice(3)).toEqual([
      [
        {text: '┄'.repeat(19), tone: 'warning'},
        {text: '▁'.repeat(19), tone: 'series1'},
      ],
      [{text: '▅'.repeat(19) + '█'.repeat(19), tone: 'series1'}],
    ]);
  });
});

describe('breakdown panel', () => {
  const states = panel('connection-states');
  const state = fresh([
    instant(0, [
      [{status: 'failed'}, 60],
      [{status: 'success'}, 900],
      [{status: 'timeout'}, 40],
    ]),
  ]);

  it('40x7: bars proportional to the share of the total, largest first', () => {
    const element = (
      <PanelBox spec={states} state={state} width={40} height={7} focused={false} now={now} />
    );
    expect(renderLines(element, 40)).toEqual([
      topBorder('Connection states (range totals)', 40),
      side('success ' + ('█'.repeat(20) + '▊').padEnd(23) + '  90.0%', 40),
      side('failed  ' + '█▍'.padEnd(23) + '   6.0%', 40),
      side('timeout ' + '▉'.padEnd(23) + '   4.0%', 40),
      side('', 40),
      side('', 40),
      bottomBorder(40),
    ]);
  });

  it('says (range totals) only when its queries total over the range', () => {
    expect(breakdownTitle(states)).toBe('Connection states (range totals)');
    const now: PanelSpec = {...states, queries: [{expr: 'sum by (status) (ws_connections)'}]};
    expect(breakdownTitle(now)).toBe('Connection states');
  });

  it('80x5: wider bars and the values beside the percentages', () => {
    const element = (
      <PanelBox spec={states} state={state} width={80} height={5} focused={false} now={now} />
    );
    expect(renderLines(element, 80)).toEqual([
      topBorder('Connection states (range totals)', 80),
      side('success ' + ('█'.repeat(50) + '▍').padEnd(56) + '  90.0%' + '    900', 80),
      side('failed  ' + ('█'.repeat(3) + '▍').padEnd(56) + '   6.0%' + '     60', 80),
      side('timeout ' + ('█'.repeat(2) + '▎').padEnd(56) + '   4.0%' + '     40', 80),
      bottomBorder(80),
    ]);
  });

  it('merges several queries and folds what does not fit into "+k more"', () => {
    const types = panel('error-types');
    const merged = fresh([
      instant(0, [
        [{error_type: 'timeout'}, 50],
        [{error_type: 'decode'}, 25],
      ]),
      instant(1, [
        [{error_type: 'rejected'}, 15],
        [{error_type: 'expired'}, 10],
      ]),
    ]);
    const view = buildPanelView(types, merged, {width: 40, height: 5}, now);
    expect(view.lines.map((line) => line.map((part) => part.text).join(''))).toEqual([
      'ws timeout ' + '█'.repeat(10).padEnd(20) + '  50.0%',
      'ws decode  ' + '█'.repeat(5).padEnd(20) + '  25.0%',
      '+2 more 25.0%'.padEnd(38),
    ]);
  });
});

describe('status panel', () => {
  const health = panel('health');
  const state = fresh([
    instant(0, [
      [{job: 'api', instance: '10.0.0.1:8080'}, 1],
      [{job: 'ws', instance: '10.0.0.2:8080'}, 0],
      [{job: 'db', instance: '10.0.0.3:9187'}, 1],
      [{job: 'search', instance: '10.0.0.4:9200'}, Number.NaN],
    ]),
  ]);

  it('40x7: a summary, then down targets first, unknown, then up', () => {
    const element = (
      <PanelBox spec={health} state={state} width={40} height={7} focused={false} now={now} />
    );
    expect(renderLines(element, 40)).toEqual([
      topBorder('Service health', 40),
      side('2 up  1 down  1 unknown', 40),
      side('▼ ws 10.0.0.2:8080', 40),
      side('? search 10.0.0.4:9200', 40),
      side('● api 10.0.0.1:8080', 40),
      side('● db 10.0.0.3:9187', 40),
      bottomBorder(40),
    ]);
  });

  it('80x5: a grid of targets, balanced over the rows, the down one in critical tone', () => {
    const element = (
      <PanelBox spec={health} state={state} width={80} height={5} focused={false} now={now} />
    );
    const cell = (text: string) => text.padEnd(22);
    expect(renderLines(element, 80)).toEqual([
      topBorder('Service health', 80),
      side('2 up  1 down  1 unknown', 80),
      side(cell('▼ ws 10.0.0.2:8080') + '  ' + cell('? search 10.0.0.4:9200'), 80),
      side(cell('● api 10.0.0.1:8080') + '  ' + cell('● db 10.0.0.3:9187'), 80),
      bottomBorder(80),
    ]);
    const view = buildPanelView(health, state, {width: 80, height: 5}, now);
    expect(view.lines[1]?.[0]).toEqual({text: cell('▼ ws 10.0.0.2:8080'), tone: 'critical'});
    expect(view.lines[2]?.[0]).toEqual({text: cell('● api 10.0.0.1:8080'), tone: 'ok'});
    expect(view.lines[0]?.[2]).toEqual({text: '1 down', tone: 'critical'});
  });

  it('67x5 (a 100-column overview): two gateways stay apart, the shared middle shortened', () => {
    const stack = fresh([
      instant(0, [
        [{job: 'alertmanager', instance: '127.0.0.1:9093'}, 1],
        [{job: 'nova-analytics', instance: 'analytics-1'}, 1],
        [{job: 'nova-messaging-api', instance: 'messaging-1'}, 1],
        [{job: 'nova-websocket', instance: 'ws-gateway-1'}, 1],
        [{job: 'nova-websocket', instance: 'ws-gateway-2'}, 0],
        [{job: 'prometheus', instance: '127.0.0.1:9090'}, 1],
        [{job: 'nova-sim', instance: '127.0.0.1:9464'}, 1],
      ]),
    ]);
    const element = (
      <PanelBox spec={health} state={stack} width={67} height={5} focused={false} now={now} />
    );
    expect(renderLines(element, 67)).toEqual([
      topBorder('Service health', 67),
      side('6 up  1 down  +1 more', 67),
      side('▼ nova-websoc…eway-2  ● alertmanager 127.…  ● nova-analytics an…', 67),
      side('● nova-messaging-ap…  ● nova-sim 127.0.0.…  ● nova-websoc…eway-1', 67),
      bottomBorder(67),
    ]);
  });

  it('more targets than cells: down ones stay visible, the rest are counted', () => {
    const many = fresh([
      instant(
        0,
        Array.from(
          {length: 8},
          (_, index) => [{job: `job${index}`, instance: 'h:1'}, index === 7 ? 0 : 1] as const,
        ),
      ),
    ]);
    const view = buildPanelView(health, many, {width: 30, height: 5}, now);
    expect(view.lines.map((line) => line.map((part) => part.text).join(''))).toEqual([
      '7 up  1 down  +4 more'.padEnd(28),
      '▼ job7 h:1  ● job0 h:1'.padEnd(28),
      '● job1 h:1  ● job2 h:1'.padEnd(28),
    ]);
  });
});

describe('topn panel', () => {
  const sources = panel('top-sources');
  const state = fresh([
    instant(0, [
      [{error_type: 'timeout', instance: 'a:1'}, 120],
      [{error_type: 'auth', instance: 'b:2'}, 3400],
    ]),
    instant(1, [
      [{error_type: 'expired', instance: 'c:3'}, 560],
      [{error_type: 'rejected', instance: 'a:1'}, 45],
      [{error_type: 'bounced', instance: 'b:2'}, 7],
      [{error_type: 'spam', instance: 'c:3'}, 1],
    ]),
  ]);

  it('40x7: the 5 largest across both queries, sorted', () => {
    const element = (
      <PanelBox spec={sources} state={state} width={40} height={7} focused={false} now={now} />
    );
    expect(renderLines(element, 40)).toEqual([
      topBorder('Top error sources', 40),
      side('1. ws auth b:2'.padEnd(32) + '  3.4k', 40),
      side('2. delivery expired c:3'.padEnd(32) + '   560', 40),
      side('3. ws timeout a:1'.padEnd(32) + '   120', 40),
      side('4. delivery rejected a:1'.padEnd(32) + '    45', 40),
      side('5. delivery bounced b:2'.padEnd(32) + '     7', 40),
      bottomBorder(40),
    ]);
  });

  it('80x7: the value column moves to the right edge', () => {
    const lines = renderLines(
      <PanelBox spec={sources} state={state} width={80} height={7} focused={false} now={now} />,
      80,
    );
    expect(lines[1]).toBe(side('1. ws auth b:2'.padEnd(72) + '  3.4k', 80));
    expect(lines[5]).toBe(side('5. delivery bounced b:2'.padEnd(72) + '     7', 80));
  });
});
