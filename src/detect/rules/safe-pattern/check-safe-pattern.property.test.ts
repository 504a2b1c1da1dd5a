import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSafePattern } from "./check-safe-pattern.ts";

// Small random patterns over few characters, so overlaps (the cause of backtracking) are common.
const atom = fc.constantFrom("a", "b", "[ab]", "\\d", "1", ".", "\\w", "-");
const quantifier = fc.constantFrom("", "", "?", "{1,3}", "{0,2}", "{2}", "{1,8}");
const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "medium", withCrossShrink: true },
    fc.tuple(atom, quantifier).map(([body, repeat]) => body + repeat),
    fc.tuple(fc.array(tie("node"), { minLength: 1, maxLength: 3 }), quantifier).map(([items, repeat]) => `(?:${items.join("")})${repeat}`),
    fc.tuple(tie("node"), tie("node"), quantifier).map(([left, right, repeat]) => `(?:${left}|${right})${repeat}`),
  ),
})).node;
const pattern = fc.array(node, { minLength: 1, maxLength: 4 }).map((items) => items.join(""));

const SUBJECTS = ["a", "ab", "1", "a1-", "1-"].map((unit) => `${unit.repeat(20_000 / unit.length)}!`);

describe("checkSafePattern (property)", () => {
  it("every pattern it accepts scans 20 kB of hostile text quickly", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(pattern, (source) => {
        if (!checkSafePattern(source).safe) return;
        const regex = new RegExp(source, "g");
        const started = performance.now();
        for (const subject of SUBJECTS) for (const _ of subject.matchAll(regex));
        // Linear: a few milliseconds. An exponential pattern would not return at all.
        expect(performance.now() - started).toBeLessThan(2_000);
      }),
      { numRuns: 1_000 },
    );
  });

  it("never throws on arbitrary text, and accepts nothing that fails to compile", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom("", "i", "u", "iu", "s"), (source, flags) => {
        const verdict = checkSafePattern(source, flags);
        if (verdict.safe) expect(() => new RegExp(source, flags)).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });
});
