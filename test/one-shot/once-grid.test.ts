// --once prints a grid dashboard whole: every open section's panels at their place and the title
// lines, as tall as the content (55 lines at 80 columns), not cut to a screen.
import {describe, expect, it} from 'vitest';
import {onceScreenLines, plainText} from '../../source/one-shot/once-screen.js';
import {initialStoreState} from '../../source/store/store-state.js';
import {fixtureGrid} from '../fixtures/dashboards/grid.js';

/** A loading panel's box; a title longer than its room is cut with `…` (panel-frame.ts). */
const box = (full: string, width: number, height: number): string[] => {
  const status = ' loading ';
  const room = width - 2 - (status.length + 1) - 2;
  const title = full.length > room ? `${full.slice(0, room - 1)}…` : full;
  const top = `╭ ${title} ${'─'.repeat(width - 4 - title.length - status.length)}${status}╮`;
  const body = (text: string) => `│${text.padEnd(width - 2)}│`;
  return [
    top,
    body('loading…'),
    ...Array.from({length: height - 3}, () => body('')),
    `╰${'─'.repeat(width - 2)}╯`,
  ];
};
const beside = (...boxes: string[][]): string[] =>
  (boxes[0] ?? []).map((_, line) => boxes.map((one) => one[line] ?? '').join(''));

describe('--once of a grid dashboard', () => {
  const text = plainText(
    onceScreenLines({
      dashboards: [fixtureGrid],
      dashboardIndex: 0,
      state: initialStoreState,
      width: 80,
      url: 'http://prom:9090',
      rangeSeconds: 3600,
      refreshMs: 15_000,
      now: 0,
    }),
    false,
  );
  const lines = text.split('\n').slice(2, -1);

  it('prints all 55 lines of its content under the header', () => {
    expect(lines).toHaveLength(55);
  });

  it('places the panels and the section lines as the live grid does', () => {
    expect(lines.slice(0, 19)).toEqual([
      ...beside(
        box('up', 20, 4),
        box('targets', 20, 4),
        box('series', 20, 4),
        box('goroutines', 20, 4),
      ),
      '▾ CPU / Memory',
      ...beside(box('cpu', 40, 8), box('memory', 40, 8)),
      ...beside(box('heap', 27, 6), box('gc', 53, 6)),
    ]);
    expect([lines[19], lines[20], lines[38]]).toEqual(['▸ Disk (2 panels)', '▾ HTTP', '▾ TSDB']);
    expect(lines.slice(47)).toEqual(
      beside(box('rules', 27, 8), box('queries', 26, 8), box('reloads', 27, 8)),
    );
  });
});
