import type { SecretBox } from "../secrets/secret-box.ts";
import { type SealedVendorSecret, vendorSecretAssociatedData } from "./vendor-secret-store.ts";

/**
 * Opens a stored vendor API key from whichever copy this process's master keys can read:
 * the current ciphertext first, then the one kept under the previous master key during a
 * rotation. Returns the key and the ciphertext it came from; undefined when neither opens.
 */
export function openVendorSecret(secret: SealedVendorSecret, secretBox: SecretBox): { apiKey: string; sealed: string } | undefined {
  const associatedData = vendorSecretAssociatedData(secret.vendorId);
  for (const sealed of [secret.sealed, secret.previousSealed]) {
    if (sealed === null) continue;
    try {
      return { apiKey: secretBox.open(sealed, associatedData), sealed };
    } catch {
      // Sealed under a master key this process does not hold (mid-rotation): try the other copy.
    }
  }
  return undefined;
}
