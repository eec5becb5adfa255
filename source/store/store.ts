// The store: holds what the poller fetched, hands it to the app (useSyncExternalStore-compatible)
// and notifies once per commit. The poller commits once per poll cycle, not per response.
import type {Store, StoreState} from '../poller/types.js';

export type WritableStore = Store & {
  /** Replaces the state and notifies the listeners once. */
  commit(next: StoreState): void;
};

export const initialStoreState: StoreState = {
  panels: {},
  connection: {status: 'unknown'},
  paused: false,
};

export function createStore(initial: StoreState = initialStoreState): WritableStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    commit(next) {
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
