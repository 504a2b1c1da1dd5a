import { createReadThroughCache } from "../read-through-cache.ts";
import type { SealedVendorSecret, VendorSecretStore } from "../vendors/vendor-secret-store.ts";

/**
 * Keeps each vendor's sealed key (or the fact that it has none) in memory, so a request does
 * not pay a database read to find its vendor's key. Only the sealed form is cached; it is
 * opened per request as before. A change made through this store applies at once; one made
 * by another process (the CLI on the same database, a master-key rotation) within `ttlMs`.
 */
export function createCachingVendorSecretStore(store: VendorSecretStore, options: { ttlMs: number; now?: () => number }): VendorSecretStore {
  const cache = createReadThroughCache<SealedVendorSecret | undefined>(options);
  return {
    get(vendorId) {
      const secret = cache.read(vendorId, () => store.get(vendorId));
      return secret && { ...secret };
    },
    put(secret) {
      cache.forget(secret.vendorId);
      store.put(secret);
    },
    delete(vendorId) {
      cache.forget(vendorId);
      return store.delete(vendorId);
    },
    list: () => store.list(),
  };
}
