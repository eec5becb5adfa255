// Text panels (markdown as plain text, wrapped to the panel) and the placeholder of a Grafana panel
// nova-top does not draw. Neither sends a query: they draw from the spec alone.
import type {PanelSpec} from '../dashboards/spec.js';
import {sanitize} from '../text/sanitize.js';
import {wrapToWidth} from '../text/wrap.js';
import {markdownBlocks} from './markdown-text.js';
import {segment, textLine} from './line.js';
import type {Inner} from './timeseries-view.js';
import type {Line, Tone} from './tone.js';

const blockTones = {heading: 'title', paragraph: 'normal', item: 'normal', code: 'muted'} as const;

export function textLines(spec: PanelSpec, _results: unknown, inner: Inner): Line[] {
  const lines: Line[] = [];
  for (const block of markdownBlocks(spec.text ?? '')) {
    const room = inner.height - lines.length;
    if (room <= 0) break;
    if (block.kind === 'blank') {
      lines.push([]);
      continue;
    }
    if (block.kind === 'rule') {
      lines.push(textLine('─'.repeat(inner.width), inner.width, 'muted'));
      continue;
    }
    const tone: Tone = blockTones[block.kind];
    // Code keeps its own line breaks and indentation: it is cut, not wrapped.
    const wrapped =
      block.kind === 'code' ? [block.text] : wrapToWidth(block.text, inner.width, room);
    lines.push(...wrapped.map((line) => [segment(line, tone)]));
  }
  return lines;
}

/** "piechart: not drawn in a terminal yet", wrapped; the panel says why rather than failing. */
export function unsupportedLines(spec: PanelSpec, _results: unknown, inner: Inner): Line[] {
  const {type, reason} = spec.unsupported ?? {type: 'panel', reason: 'not drawn in a terminal yet'};
  const text = `${sanitize(type)}: ${sanitize(reason)}`;
  return wrapToWidth(text, inner.width, inner.height).map((line) => [segment(line, 'muted')]);
}
