import type { SecretBox } from "../secrets/secret-box.ts";
import { vendorSecretAssociatedData, type VendorSecretStore } from "./vendor-secret-store.ts";
import type { Vendor } from "./vendor-schema.ts";

/**
 * Finds the API key to call a vendor with: a key registered through the admin API (opened
 * with the master key only now, for this call, and never kept), else the environment
 * variable the vendor file names. A sealed key that cannot be opened is reported by
 * vendor id only and treated as missing, so the request fails closed.
 */
export function createVendorKeyResolver(options: {
  secrets: VendorSecretStore;
  secretBox: SecretBox;
  environment: Record<string, string | undefined>;
  onUnreadable?: (vendorId: string) => void;
}): (vendor: Vendor) => string | undefined {
  return function vendorApiKey(vendor) {
    const stored = options.secrets.get(vendor.id);
    if (stored) {
      const associatedData = vendorSecretAssociatedData(vendor.id);
      for (const sealed of [stored.sealed, stored.previousSealed]) {
        if (sealed === null) continue;
        try {
          return options.secretBox.open(sealed, associatedData);
        } catch {
          // Sealed under a master key this process does not hold (mid-rotation): try the other copy.
        }
      }
      options.onUnreadable?.(vendor.id);
      return undefined;
    }
    return vendor.apiKeyEnv ? options.environment[vendor.apiKeyEnv] || undefined : undefined;
  };
}
