/**
 * A vendor API key as stored: only ever sealed (XChaCha20-Poly1305 under the master key,
 * associated data `vendor-key:<vendorId>`). `previousSealed` is the same key sealed under
 * the previous master key, kept during a rotation so servers that still run on the old key
 * can read it; `veilgate secrets finish` clears it.
 */
export interface SealedVendorSecret {
  vendorId: string;
  sealed: string;
  previousSealed: string | null;
  updatedAt: string;
}

/** Storage port for sealed vendor API keys; adapters live in runtime/. */
export interface VendorSecretStore {
  get(vendorId: string): SealedVendorSecret | undefined;
  put(secret: SealedVendorSecret): void;
  /** False when the vendor had no stored key. */
  delete(vendorId: string): boolean;
  list(): SealedVendorSecret[];
}

/** Associated data for a vendor's sealed key: a ciphertext moved to another vendor no longer opens. */
export const vendorSecretAssociatedData = (vendorId: string) => `vendor-key:${vendorId}`;

/** In-memory VendorSecretStore, for tests and the Workers demo. */
export function createMemoryVendorSecretStore(): VendorSecretStore {
  const secrets = new Map<string, SealedVendorSecret>();
  return {
    get: (vendorId) => {
      const secret = secrets.get(vendorId);
      return secret ? { ...secret } : undefined;
    },
    put(secret) {
      secrets.set(secret.vendorId, { ...secret });
    },
    delete: (vendorId) => secrets.delete(vendorId),
    list: () => [...secrets.values()].map((secret) => ({ ...secret })),
  };
}
