import { describe, expect, it } from "vitest";
import { createCachingPolicyStore } from "./create-caching-policy-store.ts";
import { createMemoryPolicyStore } from "./policy-store.ts";
import { policyBodySchema, type TenantPolicy } from "./tenant-policy.ts";

const policy = (name: string): TenantPolicy => ({ ...policyBodySchema.parse({ name }), id: "p", createdAt: "", updatedAt: "" });

describe("caching policy store", () => {
  it("serves from memory until the TTL, applies its own writes at once, and hands out frozen policies", () => {
    let clock = 0;
    const backing = createMemoryPolicyStore();
    const cached = createCachingPolicyStore(backing, { ttlMs: 1_000, now: () => clock });
    expect(cached.get("p")).toBeUndefined();
    backing.insert(policy("first"));
    // A miss is cached too (for the TTL): keys without a policy look up `default` on every request.
    expect(cached.get("p")).toBeUndefined();
    clock = 1_000;
    expect(cached.get("p")?.name).toBe("first");
    backing.replace(policy("changed elsewhere"));
    expect(cached.get("p")?.name).toBe("first");
    clock = 2_000;
    expect(cached.get("p")?.name).toBe("changed elsewhere");
    cached.replace(policy("changed here"));
    expect(cached.get("p")?.name).toBe("changed here");
    expect(Object.isFrozen(cached.get("p")?.actions)).toBe(true);
    cached.delete("p");
    expect(cached.get("p")).toBeUndefined();
  });
});
