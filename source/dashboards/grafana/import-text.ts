// A text panel's content: markdown shown as it is written, HTML with its tags taken out.
import {linesOf, objectOf, stringOf, type JsonObject} from './json-value.js';

const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** HTML as plain text: scripts and styles dropped, block ends as line breaks, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|tr|pre|blockquote)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\n{3,}/g, '\n\n');
}

/** The text of a text panel (new `options.content`, old `content`), sanitized line by line. */
export function textContent(panel: JsonObject): string {
  const options = objectOf(panel['options']);
  const content = stringOf(options?.['content']) ?? stringOf(panel['content']) ?? '';
  const mode = stringOf(options?.['mode']) ?? stringOf(panel['mode']);
  return linesOf(mode === 'html' ? htmlText(content) : content);
}
