import type { SecretBox } from "../secrets/secret-box.ts";
import { openVendorSecret } from "./open-vendor-secret.ts";
import type { VendorSecretStore } from "./vendor-secret-store.ts";
import type { Vendor } from "./vendor-schema.ts";
import { isVeilgateVariable } from "./veilgate-variable.ts";

/**
 * Finds the API key to call a vendor with: a key registered through the admin API (opened
 * with the master key only now, for this call, and never kept), else the environment
 * variable the vendor file names. A sealed key that cannot be opened is reported by
 * vendor id only and treated as missing, so the request fails closed. So is a variable of
 * Veilgate's own: the schema refuses those names, but a record stored before it did is
 * read back without being parsed again.
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
      const opened = openVendorSecret(stored, options.secretBox);
      if (!opened) options.onUnreadable?.(vendor.id);
      return opened?.apiKey;
    }
    if (!vendor.apiKeyEnv || isVeilgateVariable(vendor.apiKeyEnv)) return undefined;
    return options.environment[vendor.apiKeyEnv] || undefined;
  };
}
