import { createReadThroughCache } from "../read-through-cache.ts";
import type { KeyRecord, KeyStore } from "./key-store.ts";

/** A KeyStore that also holds recent uses in memory until they are flushed. */
export interface CachingKeyStore extends KeyStore {
  /** Writes the uses held in memory to the backing store (once a minute, and on shutdown). */
  flushUsage(): void;
}

/**
 * Keeps recently used keys in memory so a request does not pay a database lookup. A key
 * revoked through this store stops working at once; one revoked by another process (the
 * CLI on the same database) stops within `ttlMs`. Unknown keys are not cached, so a key
 * created elsewhere works on its first use.
 *
 * Uses are recorded in memory and written at most once per `usageFlushMs` (default a
 * minute) for all keys together, so last-used tracking costs the request path a Map write.
 */
export function createCachingKeyStore(store: KeyStore, options: { ttlMs: number; usageFlushMs?: number; now?: () => number }): CachingKeyStore {
  const now = options.now ?? (() => performance.now());
  const usageFlushMs = options.usageFlushMs ?? 60_000;
  const cache = createReadThroughCache<KeyRecord | undefined>(options);
  const pendingUse = new Map<string, string>();
  let lastFlush = now();
  const flushUsage = () => {
    lastFlush = now();
    const uses = [...pendingUse];
    pendingUse.clear();
    for (const [id, at] of uses) store.markUsed(id, at);
  };
  const withPendingUse = (record: KeyRecord): KeyRecord => {
    const pending = pendingUse.get(record.id);
    return pending && (!record.lastUsedAt || record.lastUsedAt < pending) ? { ...record, lastUsedAt: pending } : record;
  };
  return {
    insert(record) {
      store.insert(record);
    },
    findByHash(hash) {
      const record = cache.read(hash, () => store.findByHash(hash), (found) => found !== undefined);
      return record && { ...record };
    },
    list: () => store.list().map(withPendingUse),
    revoke(id, at) {
      cache.clear();
      return store.revoke(id, at);
    },
    setPolicy(id, policyId) {
      cache.clear();
      return store.setPolicy(id, policyId);
    },
    markUsed(id, at) {
      const pending = pendingUse.get(id);
      if (!pending || pending < at) pendingUse.set(id, at);
      if (now() - lastFlush >= usageFlushMs) flushUsage();
    },
    flushUsage,
  };
}
