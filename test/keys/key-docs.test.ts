import {describe, expect, it} from 'vitest';
import {footerHints, helpLines, readmeKeyTable} from '../../source/keys/key-docs.js';

describe('key documentation', () => {
  it('writes one help line per listed binding, keys in one column', () => {
    expect(helpLines()).toEqual([
      '← / Shift-Tab  Previous dashboard',
      '→ / Tab        Next dashboard',
      '1-N            Screen by number as the tabs show: the dashboards, then the alerts screen',
      '↑ / k          Focus the panel above',
      '↓ / j          Focus the panel below',
      'h              Focus the panel to the left',
      'l              Focus the panel to the right',
      'Enter          Zoom the focused panel',
      'Esc            Back from zoom or help',
      '+              Widen the time range',
      '-              Narrow the time range',
      'r              Refresh now',
      'p              Pause or resume polling',
      '?              Show or hide this help',
      'a              Alerts screen (also its number, after the dashboards)',
      '/              Alerts: filter with matchers (severity="critical", a bare word for names); Esc clears',
      's              Alerts: silence the selected alert (form: Tab moves, ←→ on duration picks 15m/1h/4h/1d, Enter posts)',
      'Space          Alerts: mark the selected alert; s then silences the marked group',
      'v              Alerts: view by severity or by AlertManager route group; s on a group header silences the group',
      'S              Alerts: active and pending silences',
      'x              Silences: expire the selected silence (asks y/n)',
      'o              Alert detail: open the dashboard panel that mirrors the alert',
      'Ctrl-L         Redraw the whole screen',
      ', / .          Replay: back to the previous / on to the next recorded poll',
      'g / G          Replay: jump to the start / end of the recording (also Home / End)',
      '[ / ]          Replay: slower / faster, 1/4x to 16x (p pauses time)',
      'C              Contexts of the config file: ↑/↓ and Enter switch every server, Esc closes',
      'q / Ctrl-C     Quit',
    ]);
  });

  it('writes the README table from the same lines', () => {
    const table = readmeKeyTable().split('\n');
    expect(table.slice(0, 3)).toEqual([
      '| Key | Action |',
      '| --- | --- |',
      '| ← / Shift-Tab | Previous dashboard |',
    ]);
    expect(table).toHaveLength(helpLines().length + 2);
    expect(table.at(-1)).toBe('| q / Ctrl-C | Quit |');
  });

  it.each([
    [200, '←→ dashboard  ↑↓hjkl focus  Enter zoom  +/- range  r refresh  p pause  ? help  q quit'],
    [80, '←→ dashboard  ↑↓hjkl focus  Enter zoom  +/- range  r refresh  ? help  q quit'],
    [60, '←→ dashboard  ↑↓hjkl focus  Enter zoom  ? help  q quit'],
    [30, '←→ dashboard  ? help  q quit'],
    [12, 'q quit'],
  ])('fits the footer hints in %d cells', (width, hints) => {
    expect(footerHints(width)).toBe(hints);
    expect(footerHints(width).length).toBeLessThanOrEqual(width);
  });
});
