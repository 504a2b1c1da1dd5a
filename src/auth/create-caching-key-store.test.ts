import { describe, expect, it } from "vitest";
import { createCachingKeyStore } from "./create-caching-key-store.ts";
import { createClientKey } from "./create-client-key.ts";
import { createMemoryKeyStore } from "./key-store.ts";

describe("caching key store", () => {
  it("serves a key from memory until the TTL, and drops it at once on revoke", () => {
    let clock = 0;
    const backing = createMemoryKeyStore();
    const cached = createCachingKeyStore(backing, { ttlMs: 1_000, now: () => clock });
    const { record } = createClientKey(cached, { name: "bot" });
    expect(cached.findByHash(record.hash)?.revokedAt).toBeNull();

    backing.revoke(record.id, "2026-01-01T00:00:00.000Z"); // revoked by another process
    expect(cached.findByHash(record.hash)?.revokedAt).toBeNull();
    clock = 1_001;
    expect(cached.findByHash(record.hash)?.revokedAt).toBe("2026-01-01T00:00:00.000Z");

    const second = createClientKey(cached, { name: "other" }).record;
    expect(cached.findByHash(second.hash)?.revokedAt).toBeNull();
    cached.revoke(second.id, "2026-01-02T00:00:00.000Z");
    expect(cached.findByHash(second.hash)?.revokedAt).toBe("2026-01-02T00:00:00.000Z");
  });

  it("does not cache unknown keys, so a key created elsewhere works at once", () => {
    const backing = createMemoryKeyStore();
    const cached = createCachingKeyStore(backing, { ttlMs: 60_000 });
    expect(cached.findByHash("f".repeat(64))).toBeUndefined();
    const { record } = createClientKey(backing, { name: "created by the CLI" });
    expect(cached.findByHash(record.hash)?.id).toBe(record.id);
  });
});
