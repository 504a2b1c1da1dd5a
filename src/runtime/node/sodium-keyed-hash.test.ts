import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nobleKeyedHash } from "../../vault/keyed-hash.ts";
import { createSodiumKeyedHash } from "./sodium-keyed-hash.ts";

describe("keyed hash implementations", () => {
  it("libsodium and @noble agree, so tags are the same on every runtime", async () => {
    const sodiumKeyedHash = await createSodiumKeyedHash();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 64 }), fc.string(), fc.integer({ min: 16, max: 64 }), (key, message, length) => {
        expect(sodiumKeyedHash(key, message, length)).toEqual(nobleKeyedHash(key, message, length));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("agrees on long and non-ASCII messages too, as its WebAssembly buffer grows and is reused", async () => {
    const sodiumKeyedHash = await createSodiumKeyedHash();
    const message = fc.oneof(fc.string({ unit: "grapheme", minLength: 90, maxLength: 400 }), fc.string({ unit: "binary", minLength: 300, maxLength: 3000 }), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), message, fc.integer({ min: 16, max: 64 }), (key, text, length) => {
        expect(sodiumKeyedHash(key, text, length)).toEqual(nobleKeyedHash(key, text, length));
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
