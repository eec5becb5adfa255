// Small hooks of the app shell: the terminal's size (following resizes) and a one-second clock.
import {useEffect, useState} from 'react';
import {useStdout} from 'ink';
import type {TerminalSize} from '../view-models/layout.js';

/** Ink's fallback when the output is not a terminal. */
const fallbackSize: TerminalSize = {columns: 80, rows: 24};

export function useTerminalSize(): TerminalSize {
  const {stdout} = useStdout();
  const read = (): TerminalSize => ({
    columns: stdout.columns || fallbackSize.columns,
    rows: stdout.rows || fallbackSize.rows,
  });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const update = () => {
      const next = read();
      setSize((last) => (last.columns === next.columns && last.rows === next.rows ? last : next));
    };
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', update);
    };
    // `read` only closes over stdout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout]);
  return size;
}

/**
 * The clock, read once a second: ages on screen ("updated 12s ago") need no more. With
 * `visible` (what the screen shows of a given time), a tick that would show the same text keeps
 * the previous time, so React renders nothing and no frame is drawn. `visible` must be stable.
 */
export function useSecondClock(clock: () => number, visible?: (now: number) => string): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => {
      const next = clock();
      setNow((shown) => (visible !== undefined && visible(shown) === visible(next) ? shown : next));
    }, 1000);
    return () => clearInterval(timer);
  }, [clock, visible]);
  return now;
}
