import type { KeyRecord, KeyStore } from "./key-store.ts";

/**
 * Keeps recently used keys in memory so a request does not pay a database lookup. A key
 * revoked through this store stops working at once; one revoked by another process (the
 * CLI on the same database) stops within `ttlMs`. Unknown keys are not cached, so a key
 * created elsewhere works on its first use.
 */
export function createCachingKeyStore(store: KeyStore, options: { ttlMs: number; now?: () => number }): KeyStore {
  const now = options.now ?? (() => performance.now());
  const cache = new Map<string, { record: KeyRecord; expiresAt: number }>();
  return {
    insert(record) {
      store.insert(record);
    },
    findByHash(hash) {
      const cached = cache.get(hash);
      if (cached && cached.expiresAt > now()) return { ...cached.record };
      const record = store.findByHash(hash);
      if (record) cache.set(hash, { record: { ...record }, expiresAt: now() + options.ttlMs });
      else cache.delete(hash);
      return record;
    },
    list: () => store.list(),
    revoke(id, at) {
      cache.clear();
      return store.revoke(id, at);
    },
  };
}
