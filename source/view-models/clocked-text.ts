// Everything on screen that reads the clock, as one string: the header's connection notice
// ("updated 12s ago", "retrying in 4s"), the ages of stale panels, and of panels whose newest
// value has grown older than their bound ("as of 03:12:40, 2m ago", fresh-values.ts) - which can
// happen with no poll ending at all, while a server hangs. When it is the same at two ticks, the
// later tick would draw the same frame, so the app skips it.
import type {StoreState} from '../store/store-state.js';
import {formatAge} from './age.js';
import {panelDataAge} from './fresh-values.js';
import {connectionNotice} from './header.js';

export function clockedText(state: StoreState, now: number): string {
  const notice = connectionNotice(state.connection, now)
    .map((part) => part.text)
    .join('');
  const ages = Object.values(state.panels).flatMap((panel) => {
    const dataAt = panelDataAge(panel, now);
    if (dataAt !== undefined) return [`as of ${formatAge(now - dataAt)}`];
    if (!panel.stale && panel.error === undefined) return [];
    return [panel.updatedAt === undefined ? '' : formatAge(now - panel.updatedAt)];
  });
  return [notice, ...ages].join('\n');
}
