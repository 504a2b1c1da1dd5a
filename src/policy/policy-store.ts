import type { TenantPolicy } from "./tenant-policy.ts";

/** Storage port for tenant policies; adapters live in runtime/. */
export interface PolicyStore {
  list(): TenantPolicy[];
  get(id: string): TenantPolicy | undefined;
  /** False when a policy with that id exists. */
  insert(policy: TenantPolicy): boolean;
  /** False when no policy has that id. */
  replace(policy: TenantPolicy): boolean;
  /** False when no policy has that id. */
  delete(id: string): boolean;
}

/** In-memory PolicyStore, for tests and the Workers demo. */
export function createMemoryPolicyStore(): PolicyStore {
  const policies = new Map<string, TenantPolicy>();
  return {
    list: () => [...policies.values()].map((policy) => structuredClone(policy)),
    get(id) {
      const policy = policies.get(id);
      return policy ? structuredClone(policy) : undefined;
    },
    insert(policy) {
      if (policies.has(policy.id)) return false;
      policies.set(policy.id, structuredClone(policy));
      return true;
    },
    replace(policy) {
      if (!policies.has(policy.id)) return false;
      policies.set(policy.id, structuredClone(policy));
      return true;
    },
    delete: (id) => policies.delete(id),
  };
}
