import type { SecretBox } from "../secrets/secret-box.ts";
import { vendorSecretAssociatedData, type VendorSecretStore } from "./vendor-secret-store.ts";

/**
 * Stores a vendor's API key, sealed at once under the current master key and bound to the
 * vendor id (any copy kept from a rotation is dropped). Returns what the audit log records
 * of the change: whether a key was stored before, and the master key sealing it now.
 */
export function storeVendorSecret(
  store: VendorSecretStore,
  secretBox: SecretBox,
  change: { vendorId: string; apiKey: string; now: Date },
): { before: { hasStoredApiKey: boolean }; after: { hasStoredApiKey: true; masterKeyId: string } } {
  const { vendorId } = change;
  const before = { hasStoredApiKey: store.get(vendorId) !== undefined };
  const sealed = secretBox.seal(change.apiKey, vendorSecretAssociatedData(vendorId));
  store.put({ vendorId, sealed, previousSealed: null, updatedAt: change.now.toISOString() });
  return { before, after: { hasStoredApiKey: true, masterKeyId: secretBox.currentKeyId } };
}
