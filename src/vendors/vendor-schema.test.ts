import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SAMPLE_VENDOR_FACTS, sampleVendor } from "./testing/sample-vendor.ts";
import { vendorFactsPatchSchema, vendorFactsSchema } from "./vendor-schema.ts";

describe("apiKeyEnv", () => {
  it("names the variable holding the vendor's key", () => {
    expect(sampleVendor({ apiKeyEnv: "ACME_API_KEY" }).apiKeyEnv).toBe("ACME_API_KEY");
  });

  it.each(["VEILGATE_MASTER_KEY", "VEILGATE_BOOTSTRAP_ADMIN_KEY", "VEILGATE_ADMIN_KEY", "VEILGATE_PREVIOUS_MASTER_KEYS"])(
    "may not name Veilgate's own %s, in a vendor file, a proposal or a change",
    (name) => {
      expect(() => sampleVendor({ apiKeyEnv: name })).toThrow(/vendor file test\.json:\n\s+apiKeyEnv: must not name one of Veilgate's own variables/);
      const proposal = vendorFactsSchema.safeParse({ ...SAMPLE_VENDOR_FACTS, apiKeyEnv: name });
      expect(proposal.success).toBe(false);
      expect(z.prettifyError(proposal.error!)).toMatch(/Veilgate's own variables[\s\S]*at apiKeyEnv/);
      expect(vendorFactsPatchSchema.safeParse({ apiKeyEnv: name }).success).toBe(false);
    },
  );
});
