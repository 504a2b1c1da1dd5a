import { generateKeySecret, hashKeySecret, keyHint } from "./client-key.ts";
import type { KeyRecord, KeyStore } from "./key-store.ts";

/** Creates and stores a client key; the returned secret is shown once and never again. */
export function createClientKey(
  store: KeyStore,
  options: { name: string; vendors?: string[] | null; now?: Date },
): { record: KeyRecord; secret: string } {
  const secret = generateKeySecret();
  const record: KeyRecord = {
    id: `key_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`,
    name: options.name,
    hash: hashKeySecret(secret),
    hint: keyHint(secret),
    vendors: options.vendors && options.vendors.length > 0 ? [...options.vendors] : null,
    createdAt: (options.now ?? new Date()).toISOString(),
    revokedAt: null,
  };
  store.insert(record);
  return { record, secret };
}
