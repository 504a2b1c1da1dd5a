import { describe, expect, it } from "vitest";
import { createMemoryVendorSecretStore, type SealedVendorSecret, type VendorSecretStore } from "../vendors/vendor-secret-store.ts";
import { createCachingVendorSecretStore } from "./create-caching-vendor-secret-store.ts";

const secret = (sealed: string): SealedVendorSecret => ({ vendorId: "openai", sealed, previousSealed: null, updatedAt: "2026-01-01T00:00:00.000Z" });

/** A backing store that counts reads, standing in for SQLite shared with another process. */
function countingStore() {
  const inner = createMemoryVendorSecretStore();
  let reads = 0;
  const store: VendorSecretStore = { ...inner, get: (vendorId) => (reads++, inner.get(vendorId)) };
  return { store, inner, reads: () => reads };
}

describe("createCachingVendorSecretStore", () => {
  it("reads the backing store once per ttl, for a stored key and for a missing one", () => {
    let clock = 0;
    const backing = countingStore();
    backing.inner.put(secret("v1.a"));
    const cached = createCachingVendorSecretStore(backing.store, { ttlMs: 5_000, now: () => clock });
    expect(cached.get("openai")?.sealed).toBe("v1.a");
    expect(cached.get("openai")?.sealed).toBe("v1.a");
    expect(cached.get("anthropic")).toBeUndefined();
    expect(cached.get("anthropic")).toBeUndefined();
    expect(backing.reads()).toBe(2);
    clock = 5_001;
    cached.get("openai");
    expect(backing.reads()).toBe(3);
  });

  it("applies a change made through it at once", () => {
    const backing = countingStore();
    const cached = createCachingVendorSecretStore(backing.store, { ttlMs: 60_000, now: () => 0 });
    expect(cached.get("openai")).toBeUndefined();
    cached.put(secret("v1.new"));
    expect(cached.get("openai")?.sealed).toBe("v1.new");
    expect(cached.delete("openai")).toBe(true);
    expect(cached.get("openai")).toBeUndefined();
  });

  it("sees a change made elsewhere (another process, a rotation) once the ttl has passed", () => {
    let clock = 0;
    const backing = countingStore();
    backing.inner.put(secret("v1.old"));
    const cached = createCachingVendorSecretStore(backing.store, { ttlMs: 5_000, now: () => clock });
    expect(cached.get("openai")?.sealed).toBe("v1.old");
    backing.inner.put({ ...secret("v1.rotated"), previousSealed: "v1.old" });
    clock = 5_001;
    expect(cached.get("openai")).toMatchObject({ sealed: "v1.rotated", previousSealed: "v1.old" });
  });

  it("hands out copies, so a caller cannot change what is cached", () => {
    const backing = countingStore();
    backing.inner.put(secret("v1.a"));
    const cached = createCachingVendorSecretStore(backing.store, { ttlMs: 5_000, now: () => 0 });
    cached.get("openai")!.sealed = "tampered";
    expect(cached.get("openai")?.sealed).toBe("v1.a");
  });
});
