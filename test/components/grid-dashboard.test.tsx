// A grid dashboard in the App at 160x48: panels at their gridPos, section title lines (one
// collapsed), PgDn scrolling with the position in the footer, and the plan that asks only for the
// panels on screen. Every panel is loading (the store is empty): the frames are built from boxes.
import {afterEach, describe, expect, it} from 'vitest';
import {fixtureGrid} from '../fixtures/dashboards/grid.js';
import {fakePoller, renderApp} from './app-fixture.js';
import {eventually, type Harness} from './ink-harness.js';

let current: Harness | undefined;
afterEach(() => current?.unmount());

const pageDown = '\u001B[6~';

/** A loading panel's box, `height` lines of `width` cells (cut boxes are smaller boxes). */
function box(title: string, width: number, height: number): string[] {
  const status = ' loading ';
  const fill = width - 2 - (title.length + 2) - status.length;
  const top = `╭ ${title} ${'─'.repeat(fill)}${status}╮`;
  const body = (text: string) => `│${text.padEnd(width - 2)}│`;
  const bottom = `╰${'─'.repeat(width - 2)}╯`;
  return [top, body('loading…'), ...Array.from({length: height - 3}, () => body('')), bottom];
}

/** Boxes side by side, line by line. */
const beside = (...boxes: string[][]): string[] =>
  (boxes[0] ?? []).map((_, line) => boxes.map((one) => one[line] ?? '').join(''));

const blank = '';

const hints =
  '←→ dashboard  ↑↓hjkl focus  Enter zoom  +/- range  r refresh  p pause  ? help  q quit';
/** The footer: the hints, then where the view is at the right edge. */
const footer = (position: string) => `${hints.padEnd(160 - position.length - 1)} ${position}`;

async function setup() {
  const {poller, calls} = fakePoller();
  const harness = renderApp({dashboards: [fixtureGrid], poller}, {columns: 160, rows: 48});
  current = harness;
  await eventually(() => expect(calls.plans.length).toBeGreaterThan(0));
  /** The grid's 44 lines and the footer, trailing spaces cut as the frame has them. */
  const screen = () => harness.lastFrame().split('\n').slice(2, 47);
  const visible = () => [...(calls.plans.at(-1)?.visiblePanelIds ?? [])];
  return {harness, screen, visible};
}

const trim = (lines: readonly string[]) => lines.map((line) => line.trimEnd());

describe('a grid dashboard at 160x48', () => {
  it('draws its sections from the top, the collapsed one as its title line', async () => {
    const {screen, visible} = await setup();
    expect(trim(screen())).toEqual(
      trim([
        ...beside(
          box('up', 40, 4),
          box('targets', 40, 4),
          box('series', 40, 4),
          box('goroutines', 40, 4),
        ),
        '▾ CPU / Memory',
        ...beside(box('cpu', 80, 8), box('memory', 80, 8)),
        ...beside(box('heap', 53, 6), box('gc', 107, 6)),
        '▸ Disk (2 panels)',
        '▾ HTTP',
        ...box('requests', 160, 9),
        ...beside(box('scrapes', 80, 8), box('samples', 80, 8)),
        '▾ TSDB',
        ...beside(box('head-chunks', 80, 5), box('compactions', 80, 5)),
        footer('lines 1-44 of 55'),
      ]),
    );
    expect(visible()).toEqual([
      'up',
      'targets',
      'series',
      'goroutines',
      'cpu',
      'memory',
      'heap',
      'gc',
      'requests',
      'scrapes',
      'samples',
      'head-chunks',
      'compactions',
    ]);
  });

  it('PgDn scrolls to the last screen and plans the panels now shown', async () => {
    const {harness, screen, visible} = await setup();
    await harness.press(pageDown);
    await eventually(() => expect(screen().at(-1)).toContain('lines 12-55 of 55'));
    expect(trim(screen())).toEqual(
      trim([
        // Content lines 11-12, the last two of cpu and memory: too few for a box.
        blank,
        blank,
        ...beside(box('heap', 53, 6), box('gc', 107, 6)),
        '▸ Disk (2 panels)',
        '▾ HTTP',
        ...box('requests', 160, 9),
        ...beside(box('scrapes', 80, 8), box('samples', 80, 8)),
        '▾ TSDB',
        ...beside(box('head-chunks', 80, 8), box('compactions', 80, 8)),
        ...beside(box('rules', 53, 8), box('queries', 54, 8), box('reloads', 53, 8)),
        footer('lines 12-55 of 55'),
      ]),
    );
    await eventually(() =>
      expect(visible()).toEqual([
        'heap',
        'gc',
        'requests',
        'scrapes',
        'samples',
        'head-chunks',
        'compactions',
        'rules',
        'queries',
        'reloads',
      ]),
    );
  });

  it('Enter on the collapsed title (focus moved there with j) opens the section', async () => {
    const {harness, screen, visible} = await setup();
    // up -> cpu -> heap -> the Disk title.
    await harness.press('j');
    await harness.press('j');
    await harness.press('j');
    await harness.press('\r');
    await eventually(() => expect(screen()[19]?.trimEnd()).toBe('▾ Disk'));
    expect(trim(screen().slice(20, 28))).toEqual(
      trim(beside(box('wal', 80, 8), box('blocks', 80, 8))),
    );
    await eventually(() => expect(visible()).toContain('wal'));
    expect(screen().at(-1)).toContain('lines 1-44 of 63 · ↓ 1 section');
  });
});
