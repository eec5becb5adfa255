// Links in the alert detail: only http(s) targets without control characters become OSC 8
// hyperlinks, and only when the terminal supports them; everything else is sanitized text.
import React from 'react';
import {renderToString} from 'ink';
import {describe, expect, it} from 'vitest';
import type {AlertRow} from '../../../source/alerts/alert-rows.js';
import {LinkLines} from '../../../source/components/alerts/link-lines.js';
import {
  alertDetailLines,
  linkTarget,
} from '../../../source/view-models/alerts/alert-detail-view.js';

const row: AlertRow = {
  key: 'k',
  alertname: 'DiskFull',
  severity: 'warning',
  labels: {alertname: 'DiskFull', severity: 'warning'},
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
const draw = (hyperlinks: boolean) =>
  renderToString(
    <LinkLines
      lines={alertDetailLines({row, rows: [row], silences: [], now: 60_000, width: 60})}
      width={60}
      hyperlinks={hyperlinks}
    />,
    {columns: 60},
  ).split('\n');

describe('links in the alert detail', () => {
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

  it('wraps the runbook in OSC 8 when hyperlinks are on, and only the runbook', () => {
    const lines = draw(true);
    expect(lines[4]).toBe(
      `  runbook_url: ${esc}]8;;https://runbooks.example/disk?x=1${esc}\\https://runbooks.example/disk?x=1${esc}]8;;${esc}\\`,
    );
    expect(lines[5]).toBe('  dashboard_url: javascript:alert(1)');
    expect(lines[6]).toBe('  summary: disk full');
  });

  it('draws the same text without OSC 8 when they are off', () => {
    expect(draw(false).slice(4, 7)).toEqual([
      '  runbook_url: https://runbooks.example/disk?x=1',
      '  dashboard_url: javascript:alert(1)',
      '  summary: disk full',
    ]);
  });
});
