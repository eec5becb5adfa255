// Grafana's panel description, shown by the zoomed panel as one dimmed line under its title:
// markdown as plain text (markdown-text.ts, which sanitizes it), its blocks run together.
import type {PanelSpec} from '../dashboards/spec.js';
import {textLine} from './line.js';
import {markdownBlocks} from './markdown-text.js';
import type {Line} from './tone.js';

/** The description on one line; undefined when the panel has none (or only blanks). */
export function descriptionText(spec: PanelSpec): string | undefined {
  if (spec.description === undefined) return undefined;
  const text = markdownBlocks(spec.description)
    .map((block) => block.text.trim())
    .filter((text) => text !== '')
    .join(' ')
    .replace(/ {2,}/g, ' ');
  return text === '' ? undefined : text;
}

/** Rows a zoomed panel keeps for its own drawing before it gives one to the description. */
export const minRowsBesideDescription = 6;

/** The description's line (cut with an ellipsis to the width), or undefined. */
export function descriptionLine(spec: PanelSpec, width: number): Line | undefined {
  const text = descriptionText(spec);
  return text === undefined ? undefined : textLine(text, width, 'muted');
}
