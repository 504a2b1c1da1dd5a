import { describe, expect, it } from "vitest";
import { hasValidBaa, retainsData, vendorCompliance } from "./vendor-compliance.ts";
import { sampleVendor } from "./testing/sample-vendor.ts";

const today = "2026-06-15";

describe("vendor compliance", () => {
  it("lets an approved vendor with every contract in force have traffic", () => {
    expect(vendorCompliance(sampleVendor({ soc2: { reportDate: "2026-01-01", expires: "2027-01-01" } }), today)).toEqual({ eligible: true, warnings: [] });
  });

  it.each([
    ["suspended", { status: "suspended" }, "vendor.status", /is suspended/],
    ["DPA expired", { dpa: { signed: "2025-01-01", expires: "2026-06-14" } }, "vendor.dpa_expired", /DPA expired on 2026-06-14/],
    ["DPA not yet signed", { dpa: { signed: "2026-06-16", expires: "2027-01-01" } }, "vendor.dpa_not_in_force", /not in force until/],
    ["SOC 2 expired", { soc2: { reportDate: "2025-01-01", expires: "2026-06-01" } }, "vendor.soc2_expired", /SOC 2 report expired/],
    ["BAA expired", { hipaaBaa: { signed: true, expires: "2026-06-14" } }, "vendor.baa_expired", /BAA expired/],
  ])("stops traffic automatically when %s", (_, overrides, rule, reason) => {
    const compliance = vendorCompliance(sampleVendor(overrides), today);
    expect(compliance).toMatchObject({ eligible: false, rule });
    expect(!compliance.eligible && compliance.reason).toMatch(reason);
  });

  it("still allows traffic on the last day of each contract", () => {
    const lastDay = sampleVendor({ dpa: { signed: "2025-01-01", expires: today }, soc2: { reportDate: "2025-06-15", expires: today }, hipaaBaa: { signed: true, expires: today } });
    expect(vendorCompliance(lastDay, today).eligible).toBe(true);
    expect(hasValidBaa(lastDay, today)).toBe(true);
    expect(hasValidBaa(lastDay, "2026-06-16")).toBe(false);
  });

  it("warns within the warning period, counting the days left", () => {
    const soon = sampleVendor({ dpa: { signed: "2025-01-01", expires: "2026-07-05" }, soc2: { reportDate: "2025-06-01", expires: "2026-06-20" }, hipaaBaa: { signed: true, expires: "2027-06-01" } });
    expect(vendorCompliance(soon, today, { warningDays: 30 }).warnings).toEqual([
      { fact: "dpa", expires: "2026-07-05", daysLeft: 20 },
      { fact: "soc2", expires: "2026-06-20", daysLeft: 5 },
    ]);
    expect(vendorCompliance(soon, today, { warningDays: 7 }).warnings).toEqual([{ fact: "soc2", expires: "2026-06-20", daysLeft: 5 }]);
    expect(vendorCompliance(soon, today, { warningDays: 7 }).eligible).toBe(true);
  });

  it("treats an unsigned or missing BAA as none, and unknown retention as retaining", () => {
    expect(hasValidBaa(sampleVendor(), today)).toBe(false);
    expect(hasValidBaa(sampleVendor({ hipaaBaa: { signed: false } }), today)).toBe(false);
    expect(hasValidBaa(sampleVendor({ hipaaBaa: { signed: true } }), today)).toBe(true);
    expect(retainsData(sampleVendor())).toBe(true);
    expect(retainsData(sampleVendor({ retentionDays: 0 }))).toBe(false);
  });

  it("refuses a file that clears a vendor for PHI without a signed BAA, or dates out of order", () => {
    expect(() => sampleVendor({ dataClasses: ["phi"] })).toThrow(/dataClasses: may list phi only when hipaaBaa.signed is true/);
    expect(() => sampleVendor({ dpa: { signed: "2027-01-01", expires: "2026-01-01" } })).toThrow(/dpa.expires: must not be before dpa.signed/);
  });
});
