import { describe, expect, it } from "vitest";
import type { Finding } from "../detect/types.ts";
import { parseVendorFile, type Vendor } from "../vendors/vendor-schema.ts";
import { planFindings } from "./plan-findings.ts";
import { BUILT_IN_DEFAULT_POLICY } from "./resolve-policy.ts";
import { policyBodySchema, type TenantPolicy } from "./tenant-policy.ts";

const today = "2026-06-15";
const vendor = (overrides: Record<string, unknown> = {}): Vendor =>
  parseVendorFile("test", { id: "acme", displayName: "Acme", protocol: "openai", baseUrl: "https://x.example/v1", models: ["m"], regions: ["us"], dpa: { signed: "2026-01-01", expires: "2027-01-01" }, status: "approved", ...overrides });
const withBaa = vendor({ id: "clinic", hipaaBaa: { signed: true }, dataClasses: ["phi", "contact", "financial", "government_id", "identity"] });
const policy = (settings: Record<string, unknown> = {}): TenantPolicy => ({ ...policyBodySchema.parse({ name: "test", ...settings }), id: "test", createdAt: "", updatedAt: "" });
const finding = (type: string, rule: string, action?: string): Finding => ({ type, rule, start: 0, end: 1, canonical: "x", score: 1, ...(action ? { action } : {}) }) as Finding;

const ssn = finding("US_SSN", "us-ssn");
const email = finding("EMAIL", "email");
const mrn = finding("MRN", "mrn");

describe("finding actions", () => {
  it("tokenizes by default", () => {
    const plan = planFindings({ policy: BUILT_IN_DEFAULT_POLICY, vendor: vendor(), findings: [ssn, email], today });
    expect(plan.ok && [plan.actionOf(ssn), plan.actionOf(email)]).toEqual(["tokenize", "tokenize"]);
  });

  it("takes the rule pack's action, and the policy's first matching override over it", () => {
    const masked = finding("EMAIL", "email", "mask");
    expect(planFindings({ policy: policy(), vendor: vendor(), findings: [masked], today })).toMatchObject({ ok: true });
    const byPack = planFindings({ policy: policy(), vendor: vendor(), findings: [masked], today });
    expect(byPack.ok && byPack.actionOf(masked)).toBe("mask");
    const overridden = planFindings({ policy: policy({ actions: [{ entities: ["EMAIL"], vendors: ["acme"], action: "allow" }, { dataClasses: ["contact"], action: "mask" }] }), vendor: vendor(), findings: [masked], today });
    expect(overridden.ok && overridden.actionOf(masked)).toBe("allow");
    const elsewhere = planFindings({ policy: policy({ actions: [{ entities: ["EMAIL"], vendors: ["other"], action: "allow" }, { dataClasses: ["contact"], action: "tokenize" }] }), vendor: vendor(), findings: [masked], today });
    expect(elsewhere.ok && elsewhere.actionOf(masked)).toBe("tokenize");
  });

  it("conditions on vendor facts: e.g. names go in clear only to vendors that keep nothing", () => {
    const person = finding("PERSON", "person");
    const rules = policy({ actions: [{ entities: ["PERSON"], vendorRetainsData: false, action: "allow" }] });
    const keeps = planFindings({ policy: rules, vendor: vendor({ retentionDays: 30 }), findings: [person], today });
    const keepsNothing = planFindings({ policy: rules, vendor: vendor({ retentionDays: 0 }), findings: [person], today });
    expect(keeps.ok && keeps.actionOf(person)).toBe("tokenize");
    expect(keepsNothing.ok && keepsNothing.actionOf(person)).toBe("allow");
  });

  it("refuses on block, naming the detection rule and type, never a value", () => {
    const plan = planFindings({ policy: policy({ actions: [{ rules: ["us-ssn"], action: "block" }] }), vendor: vendor(), findings: [email, ssn], today });
    expect(plan).toMatchObject({ ok: false, rule: "finding.block", blocked: { rule: "us-ssn", type: "US_SSN" } });
    expect(!plan.ok && plan.reason).toMatch(/detection rule 'us-ssn' \(US_SSN\) blocks/);
    expect(planFindings({ policy: policy(), vendor: vendor(), findings: [finding("US_SSN", "us-ssn", "block")], today })).toMatchObject({ ok: false, rule: "finding.block" });
  });
});

describe("PHI and the BAA", () => {
  it("sends PHI (tokenized) only to a vendor with a valid BAA", () => {
    expect(planFindings({ policy: policy(), vendor: withBaa, findings: [mrn], today })).toMatchObject({ ok: true });
    expect(planFindings({ policy: policy(), vendor: vendor(), findings: [mrn], today })).toMatchObject({ ok: false, rule: "vendor.baa_required", reason: expect.stringMatching(/PHI \(MRN\)/) });
    const lapsed = vendor({ hipaaBaa: { signed: true, expires: "2026-06-14" }, dataClasses: ["phi"] });
    expect(planFindings({ policy: policy(), vendor: lapsed, findings: [mrn], today })).toMatchObject({ ok: false, rule: "vendor.baa_required" });
  });

  it("masks PHI instead where the policy says so, and no override can send it in clear", () => {
    const masking = planFindings({ policy: policy({ phiWithoutBaa: "mask", actions: [{ dataClasses: ["phi"], action: "allow" }] }), vendor: vendor(), findings: [mrn, email], today });
    expect(masking.ok && [masking.actionOf(mrn), masking.actionOf(email)]).toEqual(["mask", "tokenize"]);
  });
});

describe("data classes", () => {
  it("refuses a class the tenant may not send, or the vendor is not cleared for; masked values do not count", () => {
    expect(planFindings({ policy: policy({ dataClasses: ["contact"] }), vendor: vendor(), findings: [email, ssn], today })).toMatchObject({ ok: false, rule: "policy.data_class", reason: expect.stringMatching(/'government_id' \(US_SSN\)/) });
    expect(planFindings({ policy: policy(), vendor: vendor({ dataClasses: ["contact"] }), findings: [ssn], today })).toMatchObject({ ok: false, rule: "vendor.data_class" });
    expect(planFindings({ policy: policy({ dataClasses: ["contact"], actions: [{ entities: ["US_SSN"], action: "mask" }] }), vendor: vendor(), findings: [email, ssn], today })).toMatchObject({ ok: true });
  });

  it("sends a custom rule pack's unknown type nowhere unless the vendor lists `restricted`", () => {
    const custom = finding("EMPLOYEE_ID", "acme-employee-id");
    expect(planFindings({ policy: policy(), vendor: vendor(), findings: [custom], today })).toMatchObject({ ok: false, rule: "vendor.data_class", reason: expect.stringMatching(/'restricted'/) });
    expect(planFindings({ policy: policy(), vendor: vendor({ dataClasses: ["restricted"] }), findings: [custom], today })).toMatchObject({ ok: true });
  });
});
