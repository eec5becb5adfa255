// Markdown (and the simple HTML of Grafana's text panels) as plain text blocks: headings, list
// items, quotes and paragraphs; links as "text (url)", code spans as their text, emphasis dropped.
// Every block is sanitized: a text panel's content comes from a dashboard file.
import {sanitize} from '../text/sanitize.js';

export type TextBlock = {
  readonly kind: 'heading' | 'paragraph' | 'item' | 'code' | 'rule' | 'blank';
  readonly text: string;
};

const entities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

/** Tags removed (a line break or block end becomes a new line), entities decoded. */
const withoutHtml = (text: string): string =>
  text
    .replace(/<\s*(br|\/p|\/div|\/h\d|\/li)\s*\/?>/gi, '\n')
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gi, '[$2]($1)')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => entities[entity] ?? entity);

/** Inline markdown as plain text. */
export function inlineText(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (_, label: string, url: string) =>
      label === '' || label === url ? url : `${label} (${url})`,
    )
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

function lineBlock(line: string): TextBlock {
  const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  if (heading !== null) return {kind: 'heading', text: inlineText(heading[1] ?? '')};
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return {kind: 'rule', text: ''};
  const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
  if (bullet !== null) return {kind: 'item', text: `• ${inlineText(bullet[1] ?? '')}`};
  const ordered = /^\s*(\d+)[.)]\s+(.*)$/.exec(line);
  if (ordered !== null)
    return {kind: 'item', text: `${ordered[1]}. ${inlineText(ordered[2] ?? '')}`};
  const quote = /^\s*>\s?(.*)$/.exec(line);
  if (quote !== null) return {kind: 'paragraph', text: `│ ${inlineText(quote[1] ?? '')}`};
  return {kind: 'paragraph', text: inlineText(line.trim())};
}

/** The blocks of a markdown text, in order; consecutive paragraph lines are joined. */
export function markdownBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let fenced = false;
  for (const line of withoutHtml(markdown).split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      blocks.push({kind: 'code', text: sanitize(line)});
      continue;
    }
    if (line.trim() === '') {
      if (blocks.length > 0 && blocks.at(-1)?.kind !== 'blank')
        blocks.push({kind: 'blank', text: ''});
      continue;
    }
    const block = lineBlock(line);
    const last = blocks.at(-1);
    if (block.kind === 'paragraph' && last?.kind === 'paragraph' && !block.text.startsWith('│')) {
      blocks[blocks.length - 1] = {kind: 'paragraph', text: `${last.text} ${block.text}`};
      continue;
    }
    blocks.push(block);
  }
  while (blocks.at(-1)?.kind === 'blank') blocks.pop();
  return blocks.map((block) => ({...block, text: sanitize(block.text)}));
}
