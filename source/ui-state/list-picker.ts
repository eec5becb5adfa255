// What the pickers over a list share (the context picker, drill-down's label picker, the variable
// picker): a highlighted row that ↑/↓ move, stopping at the ends.

/** The highlight moved by `by` within `count` rows (0 when there are none). */
export const moveHighlight = (highlighted: number, by: number, count: number): number =>
  Math.max(0, Math.min(count - 1, highlighted + by));
