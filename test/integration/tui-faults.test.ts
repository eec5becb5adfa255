// The fault suite, on the real UI: nova-top on a pseudo-terminal against a server that answers
// well, then misbehaves in one of twelve ways (slow, hanging, hanging mid-body, dripping, 500 with
// HTML, redirecting to a login page, garbage bytes, wrong types, 20,000 and 150,000 series, a gzip
// bomb, connections reset). Whatever the fault: keys are still answered, what was read stays on
// screen marked stale (or, for answers over the series limit, is cut and says so), "updated"
// counts only good reads, memory stays under the budget, and q leaves the terminal as it was.
// Key response times are measured by `npm run bench` (bench/faults.ts), not asserted here: the
// bound below only tells a frozen UI from a live one on a loaded machine.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {faults, startHostileServer, type HostileServer} from '../harness/hostile-prometheus.js';
import {startPty, type PtySession} from '../harness/pty-session.js';

/** The README's budget for any single answer, however hostile. */
const rssBudgetMb = 300;

// The shipped bundle, as users run it (its heap settings are part of what is measured).
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: path.join(import.meta.dirname, '../..'),
  });
});
/** A UI that does not answer a key in this long is frozen (the bench measures the real figure). */
const frozenMs = 10_000;

const open: {server?: HostileServer; pty?: PtySession}[] = [];
afterEach(async () => {
  for (const {server, pty} of open.splice(0)) {
    pty?.kill();
    await server?.close();
  }
});

const updatedAge = (screen: string): number =>
  Number(/updated (\d+)s ago/.exec(screen)?.[1] ?? Number.NaN);

/** Resolves once the screen answers `key` (`text` shown, or gone when `gone`). */
async function answered(pty: PtySession, key: string, text: string, gone = false): Promise<void> {
  pty.press(key);
  await pty.waitFor((screen) => screen.includes(text) !== gone, frozenMs);
}

describe('the TUI against a faulty server', () => {
  it.each(faults)(
    '%s: keys answered, data kept and marked, memory bounded, clean exit',
    async (fault) => {
      const server = await startHostileServer();
      const pty = startPty(
        ['-p', server.url, '-a', server.url, '--refresh', '1s', '--scrape-interval', '2s'],
        {bundle: true},
      );
      open.push({server, pty});
      await pty.waitFor((screen) => /3 up/.test(screen) && !screen.includes('loading'), 30_000);
      // The healthy answers are drawn: connections now and their peak.
      expect(pty.screen()).toMatch(/│\d+ {2}peak \d+/);

      server.setFault(fault);
      const faultAt = Date.now();
      const huge = fault === 'huge-20k' || fault === 'huge-150k';
      // Failed reads mark their panels "stale"; slow, hanging and dripping ones (given up at
      // the 10 s request timeout) leave data older than 2 scrapes + 1 refresh: "as of".
      await pty.waitFor(
        (screen) => (huge ? /more\b/.test(screen) : /stale \d+s|as of \d/.test(screen)),
        30_000,
      );
      const marked = pty.screen();
      if (!huge) {
        // What was read stays on screen, and "updated" is the age of the last good read.
        expect(marked).toContain('3 up');
        expect(updatedAge(marked)).toBeGreaterThanOrEqual(
          Math.floor((Date.now() - faultAt) / 1000) - 1,
        );
      }

      await answered(pty, '2', 'WebSocket Health');
      await answered(pty, '1', 'System Overview');
      await answered(pty, '?', 'Refresh now');
      await answered(pty, '?', 'Refresh now', true);
      expect(pty.memory().peakMb).toBeLessThan(rssBudgetMb);

      pty.press('q');
      expect(await pty.exited()).toBe(0);
      // The terminal is given back: main screen, cursor shown, nothing of the server's bytes sent.
      const tail = pty.output().slice(-200);
      expect(tail).toContain('\u001b[?1049l');
      expect(tail).toContain('\u001b[?25h');
      expect(pty.output()).not.toContain('pwned');
    },
  );
});
