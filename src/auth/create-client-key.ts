import { generateKeySecret, hashKeySecret, keyHint } from "./client-key.ts";
import type { KeyRecord, KeyStore } from "./key-store.ts";
import type { Permission, Role } from "./permissions.ts";

/** Creates and stores a key (a client key unless a role is given); the secret is shown once and never again. */
export function createClientKey(
  store: KeyStore,
  options: {
    name: string;
    role?: Role;
    scopes?: Permission[];
    vendors?: string[] | null;
    expiresAt?: string | null;
    now?: Date;
    policyId?: string | null;
    /** The admin key creating it through the admin API; null for the host's CLI. */
    createdBy?: string | null;
    /** A secret chosen by the host (the bootstrap admin key); a fresh random one by default. */
    secret?: string;
  },
): { record: KeyRecord; secret: string } {
  const secret = options.secret ?? generateKeySecret();
  const record: KeyRecord = {
    id: `key_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`,
    name: options.name,
    hash: hashKeySecret(secret),
    hint: keyHint(secret),
    role: options.role ?? "client",
    scopes: [...(options.scopes ?? [])],
    vendors: options.vendors && options.vendors.length > 0 ? [...options.vendors] : null,
    createdAt: (options.now ?? new Date()).toISOString(),
    expiresAt: options.expiresAt ?? null,
    revokedAt: null,
    policyId: options.policyId ?? null,
    lastUsedAt: null,
    createdBy: options.createdBy ?? null,
  };
  store.insert(record);
  return { record, secret };
}
