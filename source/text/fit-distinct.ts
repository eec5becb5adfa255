// Cutting names that must stay told apart (targets in a status grid: `nova-websocket ws-gateway-1`
// and `-2`). Cut at the end, two names that differ late read the same; instead the part they
// share is shortened in the middle and what tells them apart is kept.
import {cellWidth, fitToWidth} from './fit.js';

const ellipsis = '…';
const segmenter = new Intl.Segmenter();

const graphemes = (text: string): string[] =>
  Array.from(segmenter.segment(text), ({segment}) => segment);

const widthOf = (chars: readonly string[]): number => cellWidth(chars.join(''));

/** Each name fitted to `cells` (as fitToWidth: never wider), each keeping what no other has. */
export function fitDistinct(names: readonly string[], cells: number): string[] {
  const split = names.map(graphemes);
  return names.map((name, index) => {
    if (cellWidth(name) <= cells) return name;
    const chars = split[index] ?? [];
    const others = split.filter((_, other) => other !== index);
    const shared = Math.max(0, ...others.map((other) => commonPrefix(chars, other)));
    // A name that others' start with (or a duplicate) is told apart by its end.
    return fitKeeping(chars, Math.min(shared, chars.length - 1), cells);
  });
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/** `chars` cut to `cells`, keeping chars[from], the first that tells the name apart. */
function fitKeeping(chars: readonly string[], from: number, cells: number): string {
  const text = chars.join('');
  // Cut at the end when that keeps the difference (or there is no room to do better).
  if (cells < 5 || widthOf(chars.slice(0, from + 1)) <= cells - 1) return fitToWidth(text, cells);
  const shared = chars.slice(0, from);
  const rest = chars.slice(from);
  const room = cells - 1 - widthOf(rest);
  if (room >= 1) {
    // The shared part's start (what the name is) and its end (what the difference belongs to).
    const head = leading(shared, Math.ceil((room * 2) / 3));
    const tail = trailing(shared, room - widthOf(head));
    return head.join('') + ellipsis + tail.join('') + rest.join('');
  }
  // What differs is long itself: a little of the start, then the difference, cut at its end.
  const head = leading(shared, Math.floor((cells - 1) / 3));
  return head.join('') + ellipsis + fitToWidth(rest.join(''), cells - 1 - widthOf(head));
}

/** The longest start of `chars` at most `cells` wide. */
function leading(chars: readonly string[], cells: number): string[] {
  const kept: string[] = [];
  let width = 0;
  for (const char of chars) {
    width += cellWidth(char);
    if (width > cells) break;
    kept.push(char);
  }
  return kept;
}

/** The longest end of `chars` at most `cells` wide. */
function trailing(chars: readonly string[], cells: number): string[] {
  return leading([...chars].reverse(), cells).reverse();
}
