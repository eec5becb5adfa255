// The alert detail draws through ToneLines like every other screen: --no-color/NO_COLOR takes its
// colours out and --ascii its glyphs, and links stay OSC 8 hyperlinks where the terminal has them.
// Only http(s) targets without control characters become links; everything else is sanitized text.
import chalk from 'chalk';
import React from 'react';
import {renderToString} from 'ink';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {AlertRow} from '../../../source/alerts/alert-rows.js';
import {initialAlertsState} from '../../../source/alerts/alerts-state.js';
import {AlertDetail} from '../../../source/components/alerts/alert-detail.js';
import {AppearanceProvider, type Appearance} from '../../../source/components/appearance.js';
import {linkTarget} from '../../../source/view-models/alerts/alert-detail-view.js';
import type {PrometheusClient} from '../../../source/prometheus/client.js';

// The test environment turns colours off (FORCE_COLOR=0); here they must be on to be taken out.
const level = chalk.level;
beforeAll(() => void (chalk.level = 1));
afterAll(() => void (chalk.level = level));

const row: AlertRow = {
  key: 'k',
  alertname: 'DiskFull',
  severity: 'critical',
  labels: {alertname: 'DiskFull', severity: 'critical'},
  annotations: {
    runbook_url: 'https://runbooks.example/disk?x=1',
    dashboard_url: 'javascript:alert(1)',
    summary: 'disk \u001b]8;;https://evil.example\u0007full\u001b]8;;\u0007',
  },
  state: 'firing',
  since: 0,
  sources: ['am1'],
  silencedBy: [],
  inhibitedBy: [],
  mutedBy: [],
};

const esc = '\u001B';
const now = 60_000;
const state = {...initialAlertsState(['am1']), rows: [row]};

function draw(appearance: Appearance, hyperlinks: boolean): string {
  return renderToString(
    <AppearanceProvider appearance={appearance}>
      <AlertDetail
        row={row}
        state={state}
        hyperlinks={hyperlinks}
        prometheus={undefined}
        width={60}
        height={10}
        now={now}
        rangeSeconds={3600}
        clock={() => now}
      />
    </AppearanceProvider>,
    {columns: 60},
  );
}

/** The foreground colours set (SGR 30-38, 90-97), resets left out. */
const sgrColour = new RegExp(`${esc}\\[(3[0-8]|9[0-7])m`, 'g');
const colours = (text: string): string[] =>
  [...text.matchAll(sgrColour)].map((match) => match[1] ?? '');
/** The text without SGR sequences (OSC 8 kept). */
const plain = (text: string): string[] =>
  text.replace(new RegExp(`${esc}\\[[0-9;]*m`, 'g'), '').split('\n');

describe('the alert detail', () => {
  it.each([
    ['https://runbooks.example/a', 'https://runbooks.example/a'],
    ['http://h:1/p?q=1', 'http://h:1/p?q=1'],
    ['javascript:alert(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['https://a.example/\u001b[31m', undefined],
    ['not a url', undefined],
  ] as const)('linkTarget(%j)', (text, expected) => {
    expect(linkTarget(text)).toBe(expected);
  });

  it('draws in colour by default', () => {
    expect(colours(draw({color: true, ascii: false}, false))).toContain('31');
  });

  it('draws no colour at all without it, and ASCII glyphs with --ascii', () => {
    const drawn = draw({color: false, ascii: true}, false);
    expect(colours(drawn)).toEqual([]);
    // Printable ASCII only, once the SGR sequences (bold, dim) are left out.
    expect(plain(drawn).join('')).toMatch(/^[ -~]*$/);
    expect(plain(drawn).at(-1)?.trimEnd()).toBe('Esc back  ^v next alert  s silence  +/- range');
  });

  it('wraps the runbook in OSC 8 when hyperlinks are on, and only the runbook', () => {
    const lines = plain(draw({color: false, ascii: true}, true));
    const link = 'https://runbooks.example/disk?x=1';
    expect(lines[4]).toBe(`  runbook_url: ${esc}]8;;${link}${esc}\\${link}${esc}]8;;${esc}\\`);
    expect(lines[5]).toBe('  dashboard_url: javascript:alert(1)');
    expect(lines[6]).toBe('  summary: disk full');
  });

  it('draws the same text without OSC 8 when they are off', () => {
    expect(plain(draw({color: true, ascii: false}, false)).slice(4, 7)).toEqual([
      '  runbook_url: https://runbooks.example/disk?x=1',
      '  dashboard_url: javascript:alert(1)',
      '  summary: disk full',
    ]);
  });
});

describe('the expression chart', () => {
  const charted: AlertRow = {...row, generatorURL: 'http://prom:9090/graph?g0.expr=up+%3E+0'};
  const pending = () => new Promise<never>(() => {});
  const prometheus: PrometheusClient = {queryRange: pending, query: pending};
  const drawAt = (height: number) =>
    renderToString(
      <AlertDetail
        row={charted}
        state={{...state, rows: [charted]}}
        hyperlinks={false}
        prometheus={prometheus}
        width={60}
        height={height}
        now={now}
        rangeSeconds={3600}
        clock={() => now}
      />,
      {columns: 60},
    );

  it('says how many rows it lacks instead of leaving them blank', () => {
    // 9 lines of text and the hints leave 4 rows at height 14: the chart needs 8.
    const lines = drawAt(14)
      .split('\n')
      .map((line) => line.replaceAll(new RegExp(`${esc}\\[[\\d;]*m`, 'g'), ''));
    expect(lines).toHaveLength(14);
    expect(lines[9]).toBe('(the expression chart needs 4 more rows)');
    expect(lines.slice(10, 13).every((line) => line.trim() === '')).toBe(true);
  });

  it('draws the chart, and no hint, when there is room', () => {
    const frame = drawAt(40);
    expect(frame).not.toContain('the expression chart needs');
    expect(frame).toContain('Expression, threshold 0');
  });
});
