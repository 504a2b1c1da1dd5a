import { createReadThroughCache } from "../read-through-cache.ts";
import type { PolicyStore } from "./policy-store.ts";
import type { TenantPolicy } from "./tenant-policy.ts";

/**
 * Keeps policies read on the request path in memory for `ttlMs`. Changes made through this
 * store apply at once; changes by another process (the CLI on the same database), creating
 * a policy included, within `ttlMs`. Misses are cached too: keys without a policy look up
 * `default` on every request, which is usually not stored. Cached policies are frozen and
 * shared, so a read costs a Map lookup and no copy.
 */
export function createCachingPolicyStore(store: PolicyStore, options: { ttlMs: number; now?: () => number }): PolicyStore {
  const cache = createReadThroughCache<TenantPolicy | undefined>(options);
  return {
    list: () => store.list(),
    get: (id) =>
      cache.read(id, () => {
        const policy = store.get(id);
        return policy && deepFreeze(policy);
      }),
    insert(policy) {
      cache.forget(policy.id);
      return store.insert(policy);
    },
    replace(policy) {
      cache.forget(policy.id);
      return store.replace(policy);
    },
    delete(id) {
      cache.forget(id);
      return store.delete(id);
    },
  };
}

function deepFreeze<Value>(value: Value): Value {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
