// The rows of a long list that fit in `rows` lines with the highlighted one in view: the pickers
// draw only these (a variable may have thousands of options).

/** The first row shown: the highlighted one stays on screen, the window never runs past the end. */
export const listWindowStart = (highlighted: number, count: number, rows: number): number =>
  Math.max(0, Math.min(highlighted - rows + 1, count - rows));
