import { parseVendorFile, type Vendor, type VendorFacts } from "../vendor-schema.ts";

/** A plain OpenAI-protocol vendor's facts: one model, US only, a DPA signed for 2026. */
export const SAMPLE_VENDOR_FACTS: VendorFacts = {
  id: "acme",
  displayName: "Acme",
  protocol: "openai",
  baseUrl: "https://api.acme.example/v1",
  models: ["m1"],
  regions: ["us"],
  dpa: { signed: "2026-01-01", expires: "2026-12-31" },
};

/** The sample vendor, approved, with `overrides` (raw file fields), parsed as a vendor file is. */
export function sampleVendor(overrides: Record<string, unknown> = {}): Vendor {
  return parseVendorFile("test.json", { ...SAMPLE_VENDOR_FACTS, status: "approved", ...overrides });
}
