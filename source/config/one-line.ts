// What the shell prints on stderr for an error it did not expect: its first line, sanitized (an
// uncaught error may carry a server's text), never a stack trace.
import {sanitize} from '../text/sanitize.js';

export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return sanitize(text.split('\n')[0] ?? '').trim() || 'unexpected error';
}
