// --once from the version-1 fixture snapshot (recorded from the real stack): the exact text at 80
// and 120 columns, the verdict under the screen. Replaying makes it deterministic: the screen shows the recording's last poll.
// The same file is the "previous format version" test once the format moves past version 1.
import {describe, expect, it} from 'vitest';
import {onceFromFixture} from './fixture.js';

const at80 = [
  '[1 System Overview]  2 websocket   3 messaging   4 errors             REPLAY END',
  'replay v1-overview.jsonl.gz  range 5m  refresh … recorded 05:50:14, 0:16 of 0:16',
  '╭ Service health ───────────────────────────────────╮╭ WebSocket connections ──╮',
  '│1 up                                               ││█ █ ▀▀█           peak 42│',
  '│● nova 127.0.0.1:41621                             ││▀▀█ █▀▀                  │',
  '│                                                   ││  █ █▄▄                  │',
  '│                                                   ││                       ▄▄│',
  '│                                                   ││                       ██│',
  '│                                                   ││                       ██│',
  '╰───────────────────────────────────────────────────╯╰─────────────────────────╯',
  '╭ Message throughput ──────────────────╮╭ Error rate ──────────────────────────╮',
  '│sent    3.43/s  min 3.43/s  max 3.43/s││ws errors        10%  min 10%  max 10%│',
  '│                                      ││                                      │',
  '│                                    ▄▄││                                      │',
  '│                                    ██││┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄│',
  '│                                    ██││                                      │',
  '│                                    ██││                                      │',
  '│received        3.08/s ↓3.08/s ↑3.08/s││                                    ▁▁│',
  '│                                      ││                                    ██│',
  '│                                    ▁▁││                                    ██│',
  '│                                    ██││┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄██│',
  '│                                    ██││                                    ██│',
  '│                                    ██││                                    ██│',
  '│scale 0/s–5/s                         ││                                    ██│',
  '│                                      ││warn >5% crit >15% · scale 0%–20%     │',
  '╰──────────────────────────────────────╯╰──────────────────────────────────────╯',
  '╭ Queue depths ────────────────────────────────────────────────────────────────╮',
  '│pending                                                  120  min 120  max 120│',
  '│                                                                              │',
  '│                                                                          ▇▇▇▇│',
  '│                                                                          ████│',
  '│failed                                                         7  min 7  max 7│',
  '│                                                                              │',
  '│                                                                              │',
  '│                                                                          ▂▂▂▂│',
  '│retry                                                          3  min 3  max 3│',
  '│                                                                              │',
  '│                                                                              │',
  '│                                                                          ▁▁▁▁│',
  '│pending warn >1k · failed crit >500 · scale 0–200                             │',
  '│                                                                              │',
  '╰──────────────────────────────────────────────────────────────────────────────╯',
  'Alerts: 7 pending (FailedMessageQueueCritical, PersistentHighErrorRate, WebSock…',
  "Exit 1 (warning) from 7 panels of 4 dashboards and AlertManager's alerts",
  '  warning   System Overview / Error rate / ws errors 10%',
  // The fixture recorded the overview only: the other dashboards' panels are not counted.
  'Not in the recording, not counted: 15 panels',
];

const at120 = [
  '[1 System Overview]  2 WebSocket Health   3 Messaging Performance   4 Error Analysis                          REPLAY END',
  'replay v1-overview.jsonl.gz  range 5m  refresh 2s                                        recorded 05:50:14, 0:16 of 0:16',
  '╭ Service health ──────────────────────────────────────────────────────────────╮╭ WebSocket connections ───────────────╮',
  '│1 up                                                                          ││█ █ ▀▀█                        peak 42│',
  '│● nova 127.0.0.1:41621                                                        ││▀▀█ █▀▀                               │',
  '│                                                                              ││  █ █▄▄                               │',
  '│                                                                              ││                                    ▄▄│',
  '│                                                                              ││                                    ██│',
  '│                                                                              ││                                    ██│',
  '╰──────────────────────────────────────────────────────────────────────────────╯╰──────────────────────────────────────╯',
  '╭ Message throughput ──────────────────────────────────────╮╭ Error rate ──────────────────────────────────────────────╮',
  '│sent                        3.43/s  min 3.43/s  max 3.43/s││ws errors                            10%  min 10%  max 10%│',
  '│                                                          ││                                                          │',
  '│                                                       ▄▄▄││                                                          │',
  '│                                                       ███││┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄│',
  '│                                                       ███││                                                          │',
  '│                                                       ███││                                                          │',
  '│received                    3.08/s  min 3.08/s  max 3.08/s││                                                       ▁▁▁│',
  '│                                                          ││                                                       ███│',
  '│                                                       ▁▁▁││                                                       ███│',
  '│                                                       ███││┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄███│',
  '│                                                       ███││                                                       ███│',
  '│                                                       ███││                                                       ███│',
  '│scale 0/s–5/s                                             ││                                                       ███│',
  '│                                                          ││warn >5% crit >15% · scale 0%–20%                         │',
  '╰──────────────────────────────────────────────────────────╯╰──────────────────────────────────────────────────────────╯',
  '╭ Queue depths ────────────────────────────────────────────────────────────────────────────────────────────────────────╮',
  '│pending                                                                                          120  min 120  max 120│',
  '│                                                                                                                      │',
  '│                                                                                                                 ▇▇▇▇▇│',
  '│                                                                                                                 █████│',
  '│failed                                                                                                 7  min 7  max 7│',
  '│                                                                                                                      │',
  '│                                                                                                                      │',
  '│                                                                                                                 ▂▂▂▂▂│',
  '│retry                                                                                                  3  min 3  max 3│',
  '│                                                                                                                      │',
  '│                                                                                                                      │',
  '│                                                                                                                 ▁▁▁▁▁│',
  '│pending warn >1k · failed crit >500 · scale 0–200                                                                     │',
  '│                                                                                                                      │',
  '╰──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╯',
  'Alerts: 7 pending (FailedMessageQueueCritical, PersistentHighErrorRate, WebSocketHeartbeatFailures, MessageSearchFailur…',
  "Exit 1 (warning) from 7 panels of 4 dashboards and AlertManager's alerts",
  '  warning   System Overview / Error rate / ws errors 10%',
  // The fixture recorded the overview only: the other dashboards' panels are not counted.
  'Not in the recording, not counted: 15 panels',
];

describe('--once from a snapshot', () => {
  it('prints the overview at 80 columns, exits 1 for the warning error rate', async () => {
    const result = await onceFromFixture(80);
    expect(result.stdout.split('\n')).toEqual([...at80, '']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('prints the overview at 120 columns', async () => {
    const result = await onceFromFixture(120);
    expect(result.stdout.split('\n')).toEqual([...at120, '']);
  });

  it('uses ASCII only with --ascii, cell for cell', async () => {
    const result = await onceFromFixture(80, {ascii: true});
    const lines = result.stdout.split('\n');
    expect(result.stdout).toMatch(/^[\x20-\x7e\n]*$/);
    expect(lines.map((line) => line.length)).toEqual(
      at80.map((line) => [...line].length).concat(0),
    );
    expect(lines[2]).toBe(
      '+ Service health -----------------------------------+' + '+ WebSocket connections --+',
    );
  });
});
