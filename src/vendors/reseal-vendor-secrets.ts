import type { SecretBox } from "../secrets/secret-box.ts";
import { openVendorSecret } from "./open-vendor-secret.ts";
import { vendorSecretAssociatedData, type VendorSecretStore } from "./vendor-secret-store.ts";

/**
 * Re-seals every stored vendor key under `secretBox`'s current master key. With
 * `keepPrevious`, the old ciphertext is kept beside the new one, so servers still running
 * on the old key can read it until they restart; without it (finishing a rotation) only
 * the new ciphertext stays. Throws, naming the vendor, if a key cannot be opened.
 */
export function resealVendorSecrets(store: VendorSecretStore, secretBox: SecretBox, options: { keepPrevious: boolean; now: Date }): number {
  let count = 0;
  for (const secret of store.list()) {
    const opened = openVendorSecret(secret, secretBox);
    if (!opened) throw new Error(`The stored API key of vendor '${secret.vendorId}' cannot be opened with any known master key`);
    if (!options.keepPrevious && secret.previousSealed === null && secretBox.keyIdOf(secret.sealed) === secretBox.currentKeyId) continue;
    const sealed = secretBox.seal(opened.apiKey, vendorSecretAssociatedData(secret.vendorId));
    store.put({ vendorId: secret.vendorId, sealed, previousSealed: options.keepPrevious ? opened.sealed : null, updatedAt: options.now.toISOString() });
    count += 1;
  }
  return count;
}
