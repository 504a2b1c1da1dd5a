import type { Permission, Role } from "./permissions.ts";

/** A key as stored: never the secret, only its hash. */
export interface KeyRecord {
  id: string;
  name: string;
  hash: string;
  hint: string;
  role: Role;
  /** Narrows the role's permissions; empty means all of them. */
  scopes: Permission[];
  /** Vendor ids this key may reach; null means every approved vendor. */
  vendors: string[] | null;
  createdAt: string;
  /** After this instant the key no longer authenticates; null means it does not expire. */
  expiresAt: string | null;
  revokedAt: string | null;
  /** The tenant policy this key's requests follow; null (or absent) means the default policy. */
  policyId?: string | null;
  /** When the key last authenticated, to the minute (see createCachingKeyStore); null if never. */
  lastUsedAt?: string | null;
  /** The admin key that created this key through the admin API; null for the host's CLI or bootstrap. */
  createdBy?: string | null;
}

/** Storage port for client keys; adapters live in runtime/. */
export interface KeyStore {
  insert(record: KeyRecord): void;
  findByHash(hash: string): KeyRecord | undefined;
  list(): KeyRecord[];
  /** Marks a key revoked; false when no such key exists or it was already revoked. */
  revoke(id: string, at: string): boolean;
  /** Assigns a tenant policy (null: the default); false when no such key exists. */
  setPolicy(id: string, policyId: string | null): boolean;
  /** Records that the key authenticated at `at` (keeps the later time). */
  markUsed(id: string, at: string): void;
}

/** In-memory KeyStore, for tests and the Workers demo. */
export function createMemoryKeyStore(): KeyStore {
  const records = new Map<string, KeyRecord>();
  return {
    insert(record) {
      records.set(record.id, { ...record });
    },
    findByHash(hash) {
      for (const record of records.values()) if (record.hash === hash) return { ...record };
      return undefined;
    },
    list: () => [...records.values()].map((record) => ({ ...record })),
    revoke(id, at) {
      const record = records.get(id);
      if (!record || record.revokedAt) return false;
      record.revokedAt = at;
      return true;
    },
    setPolicy(id, policyId) {
      const record = records.get(id);
      if (!record) return false;
      record.policyId = policyId;
      return true;
    },
    markUsed(id, at) {
      const record = records.get(id);
      if (record && (!record.lastUsedAt || record.lastUsedAt < at)) record.lastUsedAt = at;
    },
  };
}
