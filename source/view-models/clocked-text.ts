// Everything on screen that reads the clock, as one string: the header's connection notice
// ("updated 12s ago", "retrying in 4s") and the ages of stale panels. When it is the same at two
// ticks, the later tick would draw the same frame, so the app skips it.
import type {StoreState} from '../store/store-state.js';
import {formatAge} from './age.js';
import {connectionNotice} from './header.js';

export function clockedText(state: StoreState, now: number): string {
  const notice = connectionNotice(state.connection, now)
    .map((part) => part.text)
    .join('');
  const ages = Object.values(state.panels)
    .filter((panel) => panel.stale || panel.error !== undefined)
    .map((panel) => (panel.updatedAt === undefined ? '' : formatAge(now - panel.updatedAt)));
  return [notice, ...ages].join('\n');
}
