import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readJsonSlot } from "./json-slot-leaves.ts";

const ARGUMENTS = '{"card": 4111111111111111, "cc": {"jane.doe@example.com": "x"}, "n": [1, -2.5e3, "s"], "big": 4111111111111111111}';

describe("readJsonSlot", () => {
  it("reads string values, numbers exactly as written, and object keys", () => {
    expect(readJsonSlot(ARGUMENTS)?.leaves).toEqual(["4111111111111111", "card", "x", "jane.doe@example.com", "cc", "1", "-2.5e3", "s", "n", "4111111111111111111", "big"]);
  });

  it("rewrites nothing when no leaf changes", () => {
    const json = readJsonSlot(ARGUMENTS)!;
    expect(json.rewrite([])).toBeUndefined();
    expect(json.rewrite(json.leaves)).toBeUndefined();
  });

  it("turns a replaced number into a string and renames a replaced key, keeping every other number as written", () => {
    const json = readJsonSlot(ARGUMENTS)!;
    const next = json.leaves.map((leaf) => (leaf === "4111111111111111" ? "[CREDIT_CARD_1]" : leaf === "jane.doe@example.com" ? "[EMAIL_1]" : undefined));
    expect(json.rewrite(next)).toBe('{"card":"[CREDIT_CARD_1]","cc":{"[EMAIL_1]":"x"},"n":[1,-2.5e3,"s"],"big":4111111111111111111}');
  });

  it("keeps a caller's string that imitates the number mark a string", () => {
    const text = '{"a": "\\u0000number:0000000000000000:123", "b": "536-22-1234"}';
    const json = readJsonSlot(text)!;
    const rewritten = json.rewrite(json.leaves.map((leaf) => (leaf === "536-22-1234" ? "[US_SSN_1]" : undefined)))!;
    expect(JSON.parse(rewritten)).toEqual({ a: "\u0000number:0000000000000000:123", b: "[US_SSN_1]" });
  });

  it("is undefined for text that is not JSON", () => {
    expect(readJsonSlot("call me at 415-867-5309")).toBeUndefined();
    expect(readJsonSlot('{"unterminated": "abc')).toBeUndefined();
    expect(readJsonSlot("{card: 4111111111111111}")).toBeUndefined();
  });

  it("gives back the same leaves with exactly the replaced one changed, numbers still as written, for any JSON", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), fc.nat(), (text, pick) => {
        const json = readJsonSlot(text);
        expect(json).toBeDefined();
        if (!json || json.leaves.length === 0) return;
        expect(json.rewrite(json.leaves)).toBeUndefined();
        const index = pick % json.leaves.length;
        const replaced = `${json.leaves[index]}\u0001#`;
        const rewritten = json.rewrite(json.leaves.map((_, at) => (at === index ? replaced : undefined)));
        // A renamed key moves to the end of its object, so leaves are compared as multisets.
        const expected = json.leaves.map((leaf, at) => (at === index ? replaced : leaf)).sort();
        expect(readJsonSlot(rewritten!)?.leaves.slice().sort()).toEqual(expected);
      }),
      { seed: 20261129, numRuns: 500 },
    );
  });
});
