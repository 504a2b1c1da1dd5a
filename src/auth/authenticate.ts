import { hashKeySecret } from "./client-key.ts";
import type { KeyStore } from "./key-store.ts";

/** Who is calling, as far as the pipeline cares. */
export interface Principal {
  keyId: string;
  keyName: string;
  /** Vendor ids this key may reach; null means every approved vendor. */
  vendors: string[] | null;
}

export type Authentication = { ok: true; principal: Principal } | { ok: false; reason: "missing" | "invalid" | "revoked" };

/** Resolves a presented key secret (already taken out of its header) to a principal. */
export function authenticate(store: KeyStore, secret: string | undefined): Authentication {
  if (!secret) return { ok: false, reason: "missing" };
  const record = store.findByHash(hashKeySecret(secret));
  if (!record) return { ok: false, reason: "invalid" };
  if (record.revokedAt) return { ok: false, reason: "revoked" };
  return { ok: true, principal: { keyId: record.id, keyName: record.name, vendors: record.vendors } };
}
