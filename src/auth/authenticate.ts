import { hashKeySecret } from "./client-key.ts";
import type { KeyStore } from "./key-store.ts";
import type { Grant } from "./permissions.ts";

/** Who is calling: the key, its role and scopes, and the vendors it may reach. */
export interface Principal extends Grant {
  keyId: string;
  keyName: string;
  /** Vendor ids this key may reach; null means every approved vendor. */
  vendors: string[] | null;
  /** The tenant policy this key's requests follow; null means the default policy. */
  policyId: string | null;
  /** When the key stops working (ISO time); null or absent: never. A key it creates may not outlive it. */
  expiresAt?: string | null;
}

export type Authentication = { ok: true; principal: Principal } | { ok: false; reason: "missing" | "invalid" | "revoked" | "expired" };

/**
 * Resolves a presented key secret (already taken out of its header) to a principal, and
 * records the use for the access review. The secret itself is never compared with
 * anything, so there is no early-exit comparison to time: it is hashed (SHA-256) and the
 * hash is looked up (a Map or an index seek). Timing can at most tell an attacker something
 * about the hash of the key *they* sent, and a hash sharing a prefix with a real key's hash
 * brings them no closer to the key, so this is as good as a constant-time comparison.
 */
export function authenticate(store: KeyStore, secret: string | undefined, now: Date = new Date()): Authentication {
  if (!secret) return { ok: false, reason: "missing" };
  const record = store.findByHash(hashKeySecret(secret));
  if (!record) return { ok: false, reason: "invalid" };
  if (record.revokedAt) return { ok: false, reason: "revoked" };
  if (record.expiresAt && record.expiresAt <= now.toISOString()) return { ok: false, reason: "expired" };
  store.markUsed(record.id, now.toISOString());
  return {
    ok: true,
    principal: { keyId: record.id, keyName: record.name, role: record.role, scopes: record.scopes, vendors: record.vendors, policyId: record.policyId ?? null, expiresAt: record.expiresAt },
  };
}
