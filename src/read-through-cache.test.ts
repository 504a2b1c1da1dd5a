import { describe, expect, it } from "vitest";
import { createReadThroughCache } from "./read-through-cache.ts";

describe("createReadThroughCache", () => {
  it("keeps a loaded value for ttlMs, then loads again", () => {
    let clock = 0;
    let loads = 0;
    const cache = createReadThroughCache<number>({ ttlMs: 100, now: () => clock });
    const read = () => cache.read("a", () => ++loads);
    expect(read()).toBe(1);
    clock = 99;
    expect(read()).toBe(1);
    clock = 100;
    expect(read()).toBe(2);
  });

  it("does not keep what `keep` refuses, and forgets on request", () => {
    let value: string | undefined;
    const cache = createReadThroughCache<string | undefined>({ ttlMs: 1_000, now: () => 0 });
    const read = () => cache.read("k", () => value, (found) => found !== undefined);
    expect(read()).toBeUndefined();
    value = "first";
    expect(read()).toBe("first");
    value = "second";
    expect(read()).toBe("first");
    cache.forget("k");
    expect(read()).toBe("second");
    value = "third";
    cache.clear();
    expect(read()).toBe("third");
  });
});
