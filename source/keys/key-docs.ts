// The key table in the two places people read it: the help overlay and the README.
import {bindings, isListed, textContexts, type Binding, type KeyContext} from './bindings.js';

/** While text is typed (a filter, the silence form) the keys that end it are all there is to say. */
const typingHints = ['Enter done', 'Esc cancel', 'Ctrl-C quit'];

/** One line per listed binding: the keys padded to one column, then the help text. */
export function helpLines(table: readonly Binding[] = bindings): readonly string[] {
  const listed = table.filter(isListed);
  const width = Math.max(...listed.map((binding) => binding.label.length)) + 2;
  return listed.map((binding) => `${binding.label.padEnd(width)}${binding.help}`);
}

/** The README's key table (Markdown). */
export function readmeKeyTable(table: readonly Binding[] = bindings): string {
  return [
    '| Key | Action |',
    '| --- | --- |',
    ...table.filter(isListed).map((binding) => `| ${binding.label} | ${binding.help} |`),
  ].join('\n');
}

/**
 * The footer's hints for the keys that act where the keyboard is, that fit in `width` cells; the
 * last two (help, quit) are kept longest.
 */
export function footerHints(
  width: number,
  context: KeyContext = 'dashboard',
  table: readonly Binding[] = bindings,
): string {
  const listed = table.flatMap((binding) =>
    binding.hint === undefined || !binding.contexts.includes(context) ? [] : [binding.hint],
  );
  // A picker or a question tells its own keys in its box: the footer only how to leave (unless
  // its bindings give hints, as the variable picker's do).
  const hints =
    listed.length > 0
      ? listed
      : textContexts.has(context)
        ? [...typingHints]
        : ['Esc back', 'Ctrl-C quit'];
  const separator = '  ';
  while (hints.length > 0 && hints.join(separator).length > width) {
    hints.splice(Math.max(0, hints.length - 3), 1);
  }
  return hints.join(separator);
}
