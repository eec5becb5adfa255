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
      'Esc            Back: closes the help, an input or a query result; in a zoom the cursor goes first, then the zoom; then a held dashboard goes live',
      '← / → (zoom)   Zoom: move the cursor a column back / on, Shift a tenth of the chart; values at the cursor',
      'n / N          Zoom: select the next / previous legend series',
      'Space (zoom)   Zoom: hide or show the selected series',
      's (zoom)       Zoom: draw the selected series alone; again: every series',
      '/ (zoom)       Zoom: filter the series by label text (Enter keeps it, Esc clears)',
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
      't              Hold the dashboards at a time (2026-12-01 03:10, 03:10, ISO 8601, Unix s, -2h); Esc: live',
      'o              Zoom: overlay the same range 1 day, then 1 week earlier (dimmed), then none',
      'd              Drill down: split the focused panel by one of its labels (↑↓ pick, Enter splits, Esc back)',
      "y              Copy (OSC 52): the focused panel's PromQL, or the selected alert's runbook (else source) URL",
      ':              Query prompt: PromQL, Enter runs it (as a zoomed panel), ↑↓ history, Tab completes, Esc cancels',
      "e              Edit the focused panel's query (its first) in the query prompt",
      'u              Query result: next unit (number, seconds, /s, /min, %, ratio as %, bytes, bytes/s)',
      "P              Query result: pin it to the session's Scratch dashboard (a tab after the dashboards)",
      'W              Query result: save it as a panel of ~/.config/nova-top/dashboards/saved.yaml (a dashboard file)',
      'Ctrl-L         Redraw the whole screen',
      ', / .          Replay: back to the previous / on to the next recorded poll',
      'PgUp / PgDn    Grid dashboard: scroll a screen up / down (the footer says which lines are shown)',
      "Home / End     Grid dashboard: scroll to the top / bottom (elsewhere: the replay's start / end)",
      "c              Grid dashboard: collapse or open the focused panel's section (also Enter on a collapsed title)",
      'g / G          Replay: jump to the start / end of the recording (also Home / End)',
      '[ / ]          Replay: slower / faster, 1/4x to 16x (p pauses time)',
      'C              Contexts of the config file: ↑/↓ and Enter switch every server, Esc closes',
      'v (dashboard)  Variables of the dashboard: ↑/↓ and Enter open one; type to filter its options, Space marks several, Enter applies, Esc back',
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

  it('hints at the keys that act where the keyboard is', () => {
    // Zoomed, ←/→ move the cursor and Enter has nothing more to zoom.
    expect(footerHints(200, 'zoom')).toBe(
      '↑↓hjkl focus  ←→ cursor  +/- range  r refresh  p pause  ? help  q quit',
    );
    expect(footerHints(200, 'help')).toBe('r refresh  p pause  ? help  q quit');
    // Typing: q is text, so only the keys that end the typing.
    expect(footerHints(200, 'filter')).toBe('Enter done  Esc cancel  Ctrl-C quit');
    // A picker tells its keys in its box; the footer says how to leave.
    expect(footerHints(200, 'picker')).toBe('Esc back  Ctrl-C quit');
    // The variable picker's levels hint at their own keys (typed text filters the options).
    expect(footerHints(200, 'variables')).toBe('↑↓ choose  Enter open  Esc close  Ctrl-C quit');
    expect(footerHints(200, 'variableOptions')).toBe(
      '↑↓ move  Space mark  Enter apply  Esc back  Ctrl-C quit',
    );
    expect(footerHints(200, 'variableText')).toBe('Enter apply  Esc back  Ctrl-C quit');
  });
});
