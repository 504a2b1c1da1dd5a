import type { SealedVendorSecret, VendorSecretStore } from "../vendors/vendor-secret-store.ts";

/**
 * Keeps each vendor's sealed key (or the fact that it has none) in memory, so a request does
 * not pay a database read to find its vendor's key. Only the sealed form is cached; it is
 * opened per request as before. A change made through this store applies at once; one made
 * by another process (the CLI on the same database, a master-key rotation) within `ttlMs`.
 */
export function createCachingVendorSecretStore(store: VendorSecretStore, options: { ttlMs: number; now?: () => number }): VendorSecretStore {
  const now = options.now ?? (() => performance.now());
  const cache = new Map<string, { secret: SealedVendorSecret | undefined; expiresAt: number }>();
  return {
    get(vendorId) {
      const cached = cache.get(vendorId);
      if (cached && cached.expiresAt > now()) return cached.secret && { ...cached.secret };
      const secret = store.get(vendorId);
      cache.set(vendorId, { secret: secret && { ...secret }, expiresAt: now() + options.ttlMs });
      return secret;
    },
    put(secret) {
      cache.delete(secret.vendorId);
      store.put(secret);
    },
    delete(vendorId) {
      cache.delete(vendorId);
      return store.delete(vendorId);
    },
    list: () => store.list(),
  };
}
