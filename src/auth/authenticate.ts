import { hashKeySecret } from "./client-key.ts";
import type { KeyStore } from "./key-store.ts";
import type { Grant } from "./permissions.ts";

/** Who is calling: the key, its role and scopes, and the vendors it may reach. */
export interface Principal extends Grant {
  keyId: string;
  keyName: string;
  /** Vendor ids this key may reach; null means every approved vendor. */
  vendors: string[] | null;
}

export type Authentication = { ok: true; principal: Principal } | { ok: false; reason: "missing" | "invalid" | "revoked" | "expired" };

/** Resolves a presented key secret (already taken out of its header) to a principal. */
export function authenticate(store: KeyStore, secret: string | undefined, now: Date = new Date()): Authentication {
  if (!secret) return { ok: false, reason: "missing" };
  const record = store.findByHash(hashKeySecret(secret));
  if (!record) return { ok: false, reason: "invalid" };
  if (record.revokedAt) return { ok: false, reason: "revoked" };
  if (record.expiresAt && record.expiresAt <= now.toISOString()) return { ok: false, reason: "expired" };
  return {
    ok: true,
    principal: { keyId: record.id, keyName: record.name, role: record.role, scopes: record.scopes, vendors: record.vendors },
  };
}
