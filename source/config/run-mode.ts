// How nova-top runs besides live on a terminal: recording to or replaying from a snapshot
// (--record, --replay, --demo), once as text or JSON (--once, --json, --width), and how it may
// draw (--no-color and NO_COLOR, --ascii). Pure, like flags.ts: cli.tsx decides what "stdout is
// not a terminal" means and where the shipped demo file is.
import {refuse, usageError} from './usage-error.js';

export type RunMode = {
  /** --record FILE: write what the screens fetch to this snapshot file. */
  readonly record?: string;
  /** --replay FILE: show a snapshot instead of asking the servers. */
  readonly replay?: string;
  /** --demo: replay the snapshot shipped with nova-top. */
  readonly demo: boolean;
  /** --once (or --json): print the screen once and exit. */
  readonly once: boolean;
  /** --json: the same data as JSON. */
  readonly json: boolean;
  /** --width N for --once; the terminal's width (else 120) when not given. */
  readonly width?: number;
  /** False with --no-color or a non-empty NO_COLOR. */
  readonly color: boolean;
  /** --ascii: ASCII-only sparklines, bars and borders. */
  readonly ascii: boolean;
};

type Flags = Readonly<Record<string, unknown>>;
type Environment = Readonly<Record<string, string | undefined>>;

export const widthLimits = {min: 80, max: 1000} as const;

function fileFlag(flags: Flags, key: 'record' | 'replay'): string | undefined {
  const value = flags[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  return refuse(usageError(`--${key}`, '', 'needs a value', 'a file name after the flag'));
}

function widthFlag(flags: Flags): number | undefined {
  const value = flags['width'];
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : '';
  const width = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(width >= widthLimits.min && width <= widthLimits.max)) {
    const accepted = `a number of columns from ${widthLimits.min} to ${widthLimits.max}`;
    refuse(usageError('--width', text, text === '' ? 'needs a value' : 'is not a width', accepted));
  }
  return width;
}

function conflict(flag: string, other: string): never {
  return refuse(usageError(flag, '', `cannot be used with ${other}`, `one of ${flag}, ${other}`));
}

export function runMode(flags: Flags, env: Environment): RunMode {
  const record = fileFlag(flags, 'record');
  const replay = fileFlag(flags, 'replay');
  const demo = flags['demo'] === true;
  if (demo && replay !== undefined) conflict('--demo', '--replay');
  if (record !== undefined && replay !== undefined) conflict('--record', '--replay');
  if (record !== undefined && demo) conflict('--record', '--demo');
  const json = flags['json'] === true;
  const width = widthFlag(flags);
  return {
    ...(record === undefined ? {} : {record}),
    ...(replay === undefined ? {} : {replay}),
    demo,
    once: json || flags['once'] === true,
    json,
    ...(width === undefined ? {} : {width}),
    color: flags['color'] !== false && !env['NO_COLOR'],
    ascii: flags['ascii'] === true,
  };
}
