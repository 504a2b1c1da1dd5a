import { describe, expect, it } from "vitest";
import { createVendorRegistry } from "./create-vendor-registry.ts";
import { sampleVendor } from "./testing/sample-vendor.ts";
import { parseVendorFile, type Vendor } from "./vendor-schema.ts";

const now = new Date("2026-06-15T12:00:00Z");
const everyone = { vendors: null };

describe("vendor routing", () => {
  it("routes a bare model name that exactly one eligible vendor lists, and vendor/model", () => {
    const registry = createVendorRegistry({ vendors: [sampleVendor({}), sampleVendor({ id: "beta", models: ["m2"] })] });
    expect(registry.route("m1", everyone, now)).toMatchObject({ allowed: true, model: "m1", vendor: { id: "acme" } });
    expect(registry.route("beta/m2", everyone, now)).toMatchObject({ allowed: true, model: "m2", vendor: { id: "beta" } });
  });

  it("treats a model name with a slash as a plain name when no vendor has that id", () => {
    const registry = createVendorRegistry({ vendors: [sampleVendor({ models: ["meta-llama/Llama-3-8b"] })] });
    expect(registry.route("meta-llama/Llama-3-8b", everyone, now)).toMatchObject({ allowed: true, model: "meta-llama/Llama-3-8b" });
  });

  it.each([
    ["proposed", { status: "proposed" as const }, /is proposed/],
    ["suspended", { status: "suspended" as const }, /is suspended/],
    ["retired", { status: "retired" as const }, /is retired/],
    ["DPA expired yesterday", { dpa: { signed: "2025-01-01", expires: "2026-06-14" } }, /DPA expired on 2026-06-14/],
    ["DPA not yet in force", { dpa: { signed: "2026-06-16", expires: "2027-01-01" } }, /not in force until 2026-06-16/],
  ])("gives no traffic to a vendor that is %s", (_, overrides, reason) => {
    const registry = createVendorRegistry({ vendors: [sampleVendor(overrides)] });
    const decision = registry.route("acme/m1", everyone, now);
    expect(decision.allowed).toBe(false);
    expect(!decision.allowed && decision.reason).toMatch(reason);
    expect(registry.route("m1", everyone, now).allowed).toBe(false);
    expect(registry.reachableModels(everyone, now)).toEqual([]);
  });

  it("still routes on the DPA's last day", () => {
    const registry = createVendorRegistry({ vendors: [sampleVendor({ dpa: { signed: "2025-01-01", expires: "2026-06-15" } })] });
    expect(registry.route("m1", everyone, now).allowed).toBe(true);
  });

  it("asks for vendor/model when two vendors serve the same name", () => {
    const registry = createVendorRegistry({ vendors: [sampleVendor({}), sampleVendor({ id: "beta" })] });
    const decision = registry.route("m1", everyone, now);
    expect(!decision.allowed && decision.reason).toMatch(/'acme\/m1' or 'beta\/m1'/);
    expect(registry.route("m1", { vendors: ["beta"] }, now)).toMatchObject({ allowed: true, vendor: { id: "beta" } });
  });

  it("refuses duplicate vendor ids", () => {
    expect(() => createVendorRegistry({ vendors: [sampleVendor({}), sampleVendor({})] })).toThrow(/same vendor id/);
  });
});

describe("vendor file validation", () => {
  it("names the file and every wrong field", () => {
    expect(() => parseVendorFile("vendors/bad.json", { id: "Bad Id", protocol: "smtp", apiKey: "sk-123" })).toThrow(
      /Invalid vendor file vendors\/bad\.json:[\s\S]*id: must be lower-case[\s\S]*protocol[\s\S]*apiKey/,
    );
  });

  it("refuses an API key pasted where the env var name belongs", () => {
    expect(() => sampleVendor({ apiKeyEnv: "sk-proj-abc123" })).toThrow(/apiKeyEnv: must be the NAME of an environment variable/);
  });
});

describe("routing with a fit (the tenant policy)", () => {
  const refuseBeta = (candidate: Vendor) => (candidate.id === "beta" ? { fits: false as const, rule: "policy.residency", reason: "beta is elsewhere" } : { fits: true as const });

  it("picks the one vendor that fits among several serving a bare model name", () => {
    const registry = createVendorRegistry({ vendors: [sampleVendor({}), sampleVendor({ id: "beta" })] });
    expect(registry.route("m1", everyone, now, refuseBeta)).toMatchObject({ allowed: true, vendor: { id: "acme" } });
  });

  it("names the policy rule when no vendor fits, as a policy refusal", () => {
    const registry = createVendorRegistry({ vendors: [sampleVendor({ id: "beta" })] });
    expect(registry.route("beta/m1", everyone, now, refuseBeta)).toMatchObject({ allowed: false, kind: "policy", rule: "policy.residency", reason: expect.stringMatching(/beta is elsewhere \(rule policy.residency\)/) });
    expect(registry.route("m1", everyone, now, refuseBeta)).toMatchObject({ allowed: false, kind: "policy", rule: "policy.residency" });
  });

  it("keeps unreachable vendors a 404 that names the vendor rule", () => {
    const registry = createVendorRegistry({ vendors: [sampleVendor({ status: "suspended" })] });
    expect(registry.route("acme/m1", everyone, now)).toMatchObject({ allowed: false, kind: "unavailable", rule: "vendor.status" });
  });

  it("sees stored vendors, and another writer's changes after refreshMs", () => {
    let clock = 0;
    const registry = createVendorRegistry({ refreshMs: 1_000, clock: () => clock });
    expect(registry.list()).toEqual([]);
    const record = { vendor: sampleVendor({}), source: "api" as const, proposedBy: null, proposedAt: null, approvedBy: null, approvedAt: null, statusChangedBy: null, statusChangedAt: null, pending: null, version: 1, updatedAt: "2026-01-01T00:00:00.000Z" };
    registry.store.insert(record);
    expect(registry.list()).toEqual([]);
    clock = 1_000;
    expect(registry.list().map((found) => found.id)).toEqual(["acme"]);
  });
});
