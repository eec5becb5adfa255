// A small cache of answers: each kept for `ttlMs`, at most `maxEntries` (the oldest dropped
// first). It keeps the promise, so that keys typed while an answer is on its way ask once; a
// failed answer is forgotten at once, so that the next keystroke asks again.

export type TtlCache<T> = {
  readonly get: (key: string, load: () => Promise<T>) => Promise<T>;
  readonly size: () => number;
};

export function createTtlCache<T>(options: {
  readonly ttlMs: number;
  readonly maxEntries: number;
  readonly now: () => number;
}): TtlCache<T> {
  const entries = new Map<string, {readonly value: Promise<T>; readonly at: number}>();
  const get = (key: string, load: () => Promise<T>): Promise<T> => {
    const now = options.now();
    const kept = entries.get(key);
    if (kept !== undefined && now - kept.at < options.ttlMs) return kept.value;
    entries.delete(key);
    const value = load();
    entries.set(key, {value, at: now});
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    for (const oldest of entries.keys()) {
      if (entries.size <= options.maxEntries) break;
      entries.delete(oldest);
    }
    return value;
  };
  return {get, size: () => entries.size};
}
