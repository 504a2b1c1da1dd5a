/** The model the bench asks for; Veilgate's vendor file for the fake vendor lists it. */
export const BENCH_MODEL = "bench-model";

/** The vendor id Veilgate routes the bench model to. */
export const BENCH_VENDOR_ID = "benchai";

/** The environment variable Veilgate reads the fake vendor's API key from. */
export const BENCH_VENDOR_KEY_ENV = "BENCHAI_API_KEY";

/** The API key both hops present to the fake vendor (which does not check it). */
export const BENCH_VENDOR_KEY = "sk-bench-vendor-0123456789abcdef";

/** Veilgate's vendor file for the fake vendor at `vendorUrl`: approved, DPA in force. */
export function benchVendorFile(vendorUrl: string): Record<string, unknown> {
  return {
    id: BENCH_VENDOR_ID,
    displayName: "Bench fake vendor",
    protocol: "openai",
    baseUrl: `${vendorUrl}/v1`,
    apiKeyEnv: BENCH_VENDOR_KEY_ENV,
    models: [BENCH_MODEL],
    regions: ["us"],
    dpa: { signed: "2025-01-01", expires: "2099-12-31" },
    // The bench prompt carries PHI (NPI, MRN): the vendor needs a BAA and every data class.
    hipaaBaa: { signed: true },
    dataClasses: ["phi", "financial", "contact", "government_id", "identity"],
    status: "approved",
  };
}
