// Whether a recording still writes: the member writer reports its first failure here, the footer
// shows it at once (useSyncExternalStore), and cli.tsx makes the exit status say so.
export type RecordStatus = {
  /** Why the recording stopped, or undefined while it writes (or when nothing is recorded). */
  readonly failure: () => string | undefined;
  readonly report: (message: string) => void;
  readonly subscribe: (listener: () => void) => () => void;
};

export function createRecordStatus(): RecordStatus {
  let failure: string | undefined;
  const listeners = new Set<() => void>();
  return {
    failure: () => failure,
    report: (message) => {
      if (failure !== undefined) return;
      failure = message;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
