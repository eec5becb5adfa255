// Waiting for the screen of an App rendered by the ink harness against real servers.
import {settle, type Harness} from '../components/ink-harness.js';

/** The screen's lines, trailing spaces cut. */
export const screen = (shown: Harness): string[] =>
  shown
    .lastFrame()
    .split('\n')
    .map((line) => line.trimEnd());

/** The screen's lines once `done` holds for them; throws with the last screen after `timeoutMs`. */
export async function until(
  shown: Harness,
  done: (lines: string[]) => boolean,
  timeoutMs = 30_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = screen(shown);
    if (done(lines)) return lines;
    if (Date.now() > deadline) throw new Error(`screen never matched:\n${lines.join('\n')}`);
    await settle(200);
  }
}
