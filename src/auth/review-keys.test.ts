import { describe, expect, it } from "vitest";
import { authenticate } from "./authenticate.ts";
import { bootstrapAdminKey } from "./bootstrap-admin-key.ts";
import { createCachingKeyStore } from "./create-caching-key-store.ts";
import { createClientKey } from "./create-client-key.ts";
import { createMemoryKeyStore } from "./key-store.ts";
import { personOfKey } from "./person-of-key.ts";
import { reviewKeys } from "./review-keys.ts";

const now = new Date("2026-06-15T12:00:00Z");

describe("access review", () => {
  it("lists role, scopes, policy, created, last used and expiry, flagging stale and expired keys", () => {
    const store = createMemoryKeyStore();
    const fresh = createClientKey(store, { name: "fresh", policyId: "eu", now: new Date("2026-06-10T00:00:00Z") }).record;
    const idle = createClientKey(store, { name: "idle", now: new Date("2026-01-01T00:00:00Z") }).record;
    store.markUsed(idle.id, "2026-02-01T00:00:00.000Z");
    const expired = createClientKey(store, { name: "expired", role: "auditor", expiresAt: "2026-06-01T00:00:00.000Z", now: new Date("2026-01-01T00:00:00Z") }).record;
    const revoked = createClientKey(store, { name: "revoked", now: new Date("2025-01-01T00:00:00Z") }).record;
    store.revoke(revoked.id, "2025-02-01T00:00:00.000Z");
    const review = Object.fromEntries(reviewKeys(store.list(), now, 90).map((entry) => [entry.name, entry]));
    expect(review.fresh).toMatchObject({ id: fresh.id, policyId: "eu", state: "active", stale: false, lastUsedAt: null, idleDays: 5 });
    expect(review.idle).toMatchObject({ id: idle.id, state: "active", stale: true, lastUsedAt: "2026-02-01T00:00:00.000Z", idleDays: 134 });
    expect(review.expired).toMatchObject({ id: expired.id, role: "auditor", state: "expired", stale: false });
    expect(review.revoked).toMatchObject({ state: "revoked", stale: false });
    expect(JSON.stringify(review)).not.toContain(fresh.hash);
  });
});

describe("last-used tracking", () => {
  it("records uses in memory and writes them at most once per flush period", () => {
    let clock = 0;
    const backing = createMemoryKeyStore();
    const writes: string[] = [];
    const counted = { ...backing, markUsed: (id: string, at: string) => { writes.push(at); backing.markUsed(id, at); } };
    const keys = createCachingKeyStore(counted, { ttlMs: 5_000, usageFlushMs: 60_000, now: () => clock });
    const { record, secret } = createClientKey(keys, { name: "bot" });
    for (let second = 0; second < 50; second++) {
      clock = second * 1_000;
      expect(authenticate(keys, secret, new Date(now.getTime() + clock)).ok).toBe(true);
    }
    expect(writes).toEqual([]);
    // Shown to the review at once, from memory.
    expect(keys.list()[0]!.lastUsedAt).toBe(new Date(now.getTime() + 49_000).toISOString());
    clock = 61_000;
    authenticate(keys, secret, new Date(now.getTime() + clock));
    expect(writes).toEqual([new Date(now.getTime() + 61_000).toISOString()]);
    expect(backing.list()[0]!.lastUsedAt).toBe(writes[0]);
    authenticate(keys, secret, new Date(now.getTime() + 62_000));
    keys.flushUsage();
    expect(writes).toHaveLength(2);
    expect(record.lastUsedAt).toBeNull();
  });
});

describe("two-person identity", () => {
  it("treats an admin key minted by another admin key as that admin", () => {
    const store = createMemoryKeyStore();
    const alice = createClientKey(store, { name: "alice", role: "admin" }).record;
    const bob = createClientKey(store, { name: "bob", role: "admin" }).record;
    const aliceSecond = createClientKey(store, { name: "alice 2", role: "admin", createdBy: alice.id }).record;
    const aliceThird = createClientKey(store, { name: "alice 3", role: "admin", createdBy: aliceSecond.id }).record;
    const keys = store.list();
    expect(personOfKey(keys, alice.id)).toBe(alice.id);
    expect(personOfKey(keys, bob.id)).toBe(bob.id);
    expect(personOfKey(keys, aliceSecond.id)).toBe(alice.id);
    expect(personOfKey(keys, aliceThird.id)).toBe(alice.id);
  });
});

describe("bootstrap admin key", () => {
  it("registers the hash once, only while no admin key exists", () => {
    const store = createMemoryKeyStore();
    const secret = "vg_bootstrapbootstrapbootstrap0123";
    const outcome = bootstrapAdminKey(store, secret, now);
    expect(outcome).toMatchObject({ created: true, record: { role: "admin", name: "bootstrap admin" } });
    expect(JSON.stringify(store.list())).not.toContain(secret);
    expect(authenticate(store, secret, now)).toMatchObject({ ok: true, principal: { role: "admin" } });
    expect(bootstrapAdminKey(store, secret, now)).toEqual({ created: false, reason: "already_registered" });
    expect(bootstrapAdminKey(store, "vg_anotheranotheranotheranother01", now)).toEqual({ created: false, reason: "admin_exists" });
    expect(bootstrapAdminKey(createMemoryKeyStore(), "short", now)).toEqual({ created: false, reason: "too_short" });
  });
});
