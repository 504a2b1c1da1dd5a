import { hashKeySecret } from "./client-key.ts";
import { createClientKey } from "./create-client-key.ts";
import type { KeyRecord, KeyStore } from "./key-store.ts";

export type BootstrapOutcome =
  | { created: true; record: KeyRecord }
  | { created: false; reason: "admin_exists" | "already_registered" | "too_short" };

/**
 * The first admin key: when `VEILGATE_BOOTSTRAP_ADMIN_KEY` holds a secret and no usable
 * admin key exists yet, its hash is registered as an admin key (the secret itself is never
 * stored). Once any admin key exists this does nothing, so the variable cannot mint admins
 * later; remove it after the first start and create further keys through the admin API.
 */
export function bootstrapAdminKey(store: KeyStore, secret: string, now: Date): BootstrapOutcome {
  if (secret.length < 32) return { created: false, reason: "too_short" };
  const hash = hashKeySecret(secret);
  if (store.findByHash(hash)) return { created: false, reason: "already_registered" };
  const at = now.toISOString();
  const usableAdmin = store.list().some((key) => key.role === "admin" && !key.revokedAt && (!key.expiresAt || key.expiresAt > at));
  if (usableAdmin) return { created: false, reason: "admin_exists" };
  const { record } = createClientKey(store, { name: "bootstrap admin", role: "admin", now, secret });
  return { created: true, record };
}
