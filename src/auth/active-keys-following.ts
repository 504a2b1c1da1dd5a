import type { KeyStore } from "./key-store.ts";

/** How many unrevoked keys follow the tenant policy `policyId` (a policy they follow cannot be deleted). */
export function activeKeysFollowing(keys: KeyStore, policyId: string): number {
  return keys.list().filter((key) => key.policyId === policyId && !key.revokedAt).length;
}
