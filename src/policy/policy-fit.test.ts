import { describe, expect, it } from "vitest";
import { parseVendorFile, type Vendor } from "../vendors/vendor-schema.ts";
import { policyFit } from "./policy-fit.ts";
import { policyBodySchema, type TenantPolicy } from "./tenant-policy.ts";

const vendor = (overrides: Record<string, unknown> = {}): Vendor =>
  parseVendorFile("test", { id: "acme", displayName: "Acme", protocol: "openai", baseUrl: "https://x.example/v1", models: ["m", "n"], regions: ["eu-west"], dpa: { signed: "2026-01-01", expires: "2027-01-01" }, status: "approved", ...overrides });
const policy = (settings: Record<string, unknown>): TenantPolicy => ({ ...policyBodySchema.parse({ name: "test", ...settings }), id: "p", createdAt: "", updatedAt: "" });

describe("policy fit", () => {
  it.each([
    ["vendor not allowed", { vendors: ["other"] }, {}, "policy.vendor"],
    ["model not allowed", { models: ["acme/n"] }, {}, "policy.model"],
    ["processing outside the residency", { residency: ["au"] }, {}, "policy.residency"],
    ["storage outside the residency", { residency: ["eu"] }, { storageRegions: ["us"] }, "policy.residency"],
    ["a sub-processor outside the residency", { residency: ["eu"] }, { subProcessors: [{ name: "Cloud", regions: ["us"] }] }, "policy.residency"],
    ["no SOC 2 report", { requireSoc2: true }, {}, "policy.soc2_required"],
    ["may train (unknown counts as yes)", { forbidTraining: true }, {}, "policy.no_training"],
    ["keeps data too long", { maxRetentionDays: 0 }, { retentionDays: 30 }, "policy.retention"],
  ])("refuses a vendor when %s", (_, settings, facts, rule) => {
    const fit = policyFit(policy(settings), vendor(facts), "m");
    expect(fit).toMatchObject({ fits: false, rule });
    expect(!fit.fits && fit.reason).toMatch(/under policy 'p'/);
  });

  it("accepts what the policy allows: sub-regions, model patterns", () => {
    expect(policyFit(policy({ residency: ["eu"], models: ["acme/*"] }), vendor(), "m")).toEqual({ fits: true });
    expect(policyFit(policy({ models: ["m"] }), vendor(), "m")).toEqual({ fits: true });
    expect(policyFit(policy({ forbidTraining: true, maxRetentionDays: 0, requireSoc2: true }), vendor({ trainsOnCustomerData: false, retentionDays: 0, soc2: { reportDate: "2026-01-01", expires: "2027-01-01" } }), "m")).toEqual({ fits: true });
  });
});
