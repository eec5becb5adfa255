// The store: holds what a poller fetched, hands it to the app (useSyncExternalStore-compatible)
// and notifies once per commit. Generic over its state: the panels' poller and the alerts poller
// each commit once per poll cycle, not per response, into a store of their own state.

/** What the app reads: useSyncExternalStore-compatible. */
export type Store<State> = {
  getState(): State;
  subscribe(listener: () => void): () => void;
};

/** What the poller holds: the same store, and the one way to change its state. */
export type WritableStore<State> = Store<State> & {
  /** Replaces the state and notifies the listeners once; the same state notifies nobody. */
  commit(next: State): void;
};

export function createStore<State>(initial: State): WritableStore<State> {
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
