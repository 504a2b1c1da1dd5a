import { describe, expect, it } from "vitest";
import { freshDatabase } from "../../../test/support/fresh-database.ts";
import { createClientKey } from "../../auth/create-client-key.ts";
import { createMemoryKeyStore, type KeyStore } from "../../auth/key-store.ts";
import { createMemoryPolicyStore, type PolicyStore } from "../../policy/policy-store.ts";
import { policyBodySchema, type TenantPolicy } from "../../policy/tenant-policy.ts";
import type { VendorRecord } from "../../vendors/vendor-record.ts";
import { createMemoryVendorSecretStore, type VendorSecretStore } from "../../vendors/vendor-secret-store.ts";
import { createMemoryVendorStore, type VendorStore } from "../../vendors/vendor-store.ts";
import { createSqliteKeyStore } from "./create-sqlite-key-store.ts";
import { createSqlitePolicyStore } from "./create-sqlite-policy-store.ts";
import { createSqliteVendorSecretStore } from "./create-sqlite-vendor-secret-store.ts";
import { createSqliteVendorStore } from "./create-sqlite-vendor-store.ts";

const record = (id: string, version = 1): VendorRecord => ({
  vendor: { id, displayName: id, protocol: "openai", baseUrl: "https://x.example/v1", models: ["m"], regions: ["us"], dpa: { signed: "2026-01-01", expires: "2027-01-01" }, status: "proposed" },
  source: "api",
  proposedBy: { keyId: "key_a", person: "key_a" },
  proposedAt: "2026-01-01T00:00:00.000Z",
  approvedBy: null,
  approvedAt: null,
  statusChangedBy: null,
  statusChangedAt: null,
  pending: null,
  version,
  updatedAt: "2026-01-01T00:00:00.000Z",
});

describe.each([
  ["memory", () => createMemoryVendorStore()],
  ["sqlite", () => createSqliteVendorStore(freshDatabase())],
] as Array<[string, () => VendorStore]>)("VendorStore contract: %s", (_, makeStore) => {
  it("inserts once, reads back unchanged, and replaces only the version it read", () => {
    const store = makeStore();
    expect(store.insert(record("acme"))).toBe(true);
    expect(store.insert(record("acme"))).toBe(false);
    expect(store.get("acme")).toEqual(record("acme"));
    expect(store.get("nope")).toBeUndefined();
    const next = { ...record("acme", 2), vendor: { ...record("acme").vendor, status: "approved" as const } };
    expect(store.replace(next, 1)).toBe(true);
    expect(store.replace({ ...next, version: 3 }, 1)).toBe(false);
    expect(store.replace(record("nope", 2), 1)).toBe(false);
    store.insert(record("beta"));
    expect(store.list().map((found) => [found.vendor.id, found.version, found.vendor.status])).toEqual([["acme", 2, "approved"], ["beta", 1, "proposed"]]);
  });
});

const policy = (id: string, name = "P"): TenantPolicy => ({ ...policyBodySchema.parse({ name, residency: ["eu"] }), id, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z" });

describe.each([
  ["memory", () => createMemoryPolicyStore()],
  ["sqlite", () => createSqlitePolicyStore(freshDatabase())],
] as Array<[string, () => PolicyStore]>)("PolicyStore contract: %s", (_, makeStore) => {
  it("inserts once, replaces and deletes existing policies only", () => {
    const store = makeStore();
    expect(store.insert(policy("eu"))).toBe(true);
    expect(store.insert(policy("eu"))).toBe(false);
    expect(store.get("eu")).toEqual(policy("eu"));
    expect(store.replace(policy("eu", "Renamed"))).toBe(true);
    expect(store.replace(policy("nope"))).toBe(false);
    expect(store.list()).toEqual([policy("eu", "Renamed")]);
    expect(store.delete("eu")).toBe(true);
    expect(store.delete("eu")).toBe(false);
    expect(store.get("eu")).toBeUndefined();
  });
});

describe.each([
  ["memory", () => createMemoryVendorSecretStore()],
  ["sqlite", () => createSqliteVendorSecretStore(freshDatabase())],
] as Array<[string, () => VendorSecretStore]>)("VendorSecretStore contract: %s", (_, makeStore) => {
  it("puts, overwrites, lists and deletes sealed secrets", () => {
    const store = makeStore();
    const secret = { vendorId: "acme", sealed: "v1.a.b.c", previousSealed: null, updatedAt: "2026-01-01T00:00:00.000Z" };
    store.put(secret);
    store.put({ ...secret, sealed: "v1.d.e.f", previousSealed: "v1.a.b.c" });
    expect(store.get("acme")).toEqual({ ...secret, sealed: "v1.d.e.f", previousSealed: "v1.a.b.c" });
    expect(store.list()).toHaveLength(1);
    expect(store.delete("acme")).toBe(true);
    expect(store.delete("acme")).toBe(false);
    expect(store.get("acme")).toBeUndefined();
  });
});

describe.each([
  ["memory", () => createMemoryKeyStore()],
  ["sqlite", () => createSqliteKeyStore(freshDatabase())],
] as Array<[string, () => KeyStore]>)("KeyStore policy and last-used contract: %s", (_, makeStore) => {
  it("assigns policies, keeps the latest use, and remembers who created a key", () => {
    const store = makeStore();
    const { record: key } = createClientKey(store, { name: "bot", policyId: "eu", createdBy: "key_admin" });
    expect(store.findByHash(key.hash)).toMatchObject({ policyId: "eu", createdBy: "key_admin", lastUsedAt: null });
    expect(store.setPolicy(key.id, null)).toBe(true);
    expect(store.setPolicy("key_missing", "eu")).toBe(false);
    store.markUsed(key.id, "2026-01-02T00:00:00.000Z");
    store.markUsed(key.id, "2026-01-01T00:00:00.000Z");
    expect(store.findByHash(key.hash)).toMatchObject({ policyId: null, lastUsedAt: "2026-01-02T00:00:00.000Z" });
  });
});
