import type { KeyStore } from "./key-store.ts";

/** How many unrevoked keys follow each tenant policy (a policy they follow cannot be deleted), from one read of the keys. */
export function activeKeysByPolicy(keys: KeyStore): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys.list()) {
    if (key.policyId && !key.revokedAt) counts.set(key.policyId, (counts.get(key.policyId) ?? 0) + 1);
  }
  return counts;
}

/** How many unrevoked keys follow the tenant policy `policyId`. */
export function activeKeysFollowing(keys: KeyStore, policyId: string): number {
  return activeKeysByPolicy(keys).get(policyId) ?? 0;
}
