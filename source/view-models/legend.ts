// A series' display name: the query's Grafana-style legend template, else its labels as text.
// Label values come from the server, so the result is sanitized.
import type {Labels} from '../prometheus/types.js';
import {sanitize} from '../text/sanitize.js';

const placeholder = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** `name{a="b", c="d"}`, Prometheus' own notation; `{}` for no labels. */
export function labelsText(labels: Labels): string {
  const {__name__: name = '', ...rest} = labels;
  const pairs = Object.entries(rest)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}="${value}"`);
  return `${name}{${pairs.join(', ')}}`;
}

/**
 * `{{label}}` replaced by the series' value of that label (empty when absent); without a template,
 * or when the template leaves nothing, the labels as text.
 */
export function legendName(template: string | undefined, labels: Labels): string {
  if (template !== undefined) {
    const filled = template.replace(placeholder, (_match, key: string) => labels[key] ?? '');
    const name = sanitize(filled).replace(/ {2,}/g, ' ').trim();
    if (name !== '') return name;
  }
  return sanitize(labelsText(labels));
}
