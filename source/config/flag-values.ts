// Values of flags that take one, checked on argv before the parser sees it. The parser (meow)
// reads `--refresh -5m` as the flag --refresh with no value and a flag -5, and `--header` at the
// end or before another flag as a header with no value at all. Here a value that starts with a
// dash is glued to its flag (`--refresh=-5m`), so the flag's own check explains what is wrong,
// and a flag with no value is one clear usage error.
import {meowFlags} from './options.js';
import {usageError, type UsageError} from './usage-error.js';

type FlagTable = Readonly<Record<string, {readonly type: string; readonly shortFlag?: string}>>;

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--name` and `-x` spellings of the flags that take a value, and of every other flag. */
function spellings(table: FlagTable): {valued: Map<string, string>; all: Set<string>} {
  const valued = new Map<string, string>();
  const all = new Set<string>();
  for (const [name, flag] of Object.entries(table)) {
    const names = [
      `--${kebab(name)}`,
      ...(flag.shortFlag === undefined ? [] : [`-${flag.shortFlag}`]),
    ];
    for (const spelling of names) {
      all.add(spelling);
      if (flag.type === 'string') valued.set(spelling, `--${kebab(name)}`);
    }
    if (flag.type === 'boolean') all.add(`--no-${kebab(name)}`);
  }
  return {valued, all};
}

export function joinFlagValues(
  argv: readonly string[],
  table: FlagTable = meowFlags,
): {readonly argv: readonly string[]} | {readonly error: UsageError} {
  const {valued, all} = spellings(table);
  const out: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] ?? '';
    const flag = valued.get(token);
    if (token === '--') {
      out.push(...argv.slice(index));
      break;
    }
    if (flag === undefined) {
      out.push(token);
      continue;
    }
    const value = argv[index + 1];
    if (value === undefined || all.has(value) || all.has(value.split('=')[0] ?? '')) {
      return {error: usageError(flag, '', 'needs a value', 'a value after the flag (see --help)')};
    }
    if (value.startsWith('-')) out.push(`${token}=${value}`);
    else out.push(token, value);
    index++;
  }
  return {argv: out};
}
