/**
 * Values read from a store, kept in memory for `ttlMs`: how the caching stores (client keys,
 * tenant policies, sealed vendor keys) spare the request path a database read. Writes made
 * through a caching store `forget` what they change, so they apply at once; writes by
 * another process (the CLI on the same database) are seen within `ttlMs`.
 */
export interface ReadThroughCache<Value> {
  /** The value kept for `key`, or else `load()`'s, which is kept unless `keep` refuses it. */
  read(key: string, load: () => Value, keep?: (value: Value) => boolean): Value;
  forget(key: string): void;
  clear(): void;
}

export function createReadThroughCache<Value>(options: { ttlMs: number; now?: () => number }): ReadThroughCache<Value> {
  const now = options.now ?? (() => performance.now());
  const entries = new Map<string, { value: Value; expiresAt: number }>();
  return {
    read(key, load, keep) {
      const entry = entries.get(key);
      if (entry && entry.expiresAt > now()) return entry.value;
      const value = load();
      if (keep === undefined || keep(value)) entries.set(key, { value, expiresAt: now() + options.ttlMs });
      else entries.delete(key);
      return value;
    },
    forget: (key) => void entries.delete(key),
    clear: () => entries.clear(),
  };
}
