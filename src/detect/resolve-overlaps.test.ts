import { describe, expect, it } from "vitest";
import { resolveOverlaps } from "./resolve-overlaps.ts";
import type { Finding, FindingAction } from "./types.ts";

function finding(start: number, end: number, score: number, rule = "r"): Finding {
  return { type: "PHONE", start, end, score, rule, canonical: "" };
}

describe("resolveOverlaps", () => {
  it("keeps the higher score, then the longer span, then the earlier one", () => {
    expect(resolveOverlaps([finding(0, 10, 0.5, "weak"), finding(5, 8, 0.9, "strong")]).map((kept) => kept.rule)).toEqual(["strong"]);
    expect(resolveOverlaps([finding(0, 5, 0.5, "short"), finding(2, 9, 0.5, "long")]).map((kept) => kept.rule)).toEqual(["long"]);
    expect(resolveOverlaps([finding(3, 8, 0.5, "later"), finding(0, 5, 0.5, "earlier")]).map((kept) => kept.rule)).toEqual(["earlier"]);
  });

  it("keeps touching spans and sorts by start", () => {
    const kept = resolveOverlaps([finding(5, 9, 0.5), finding(0, 5, 0.9), finding(9, 12, 0.1)]);
    expect(kept.map((item) => [item.start, item.end])).toEqual([
      [0, 5],
      [5, 9],
      [9, 12],
    ]);
  });

  describe("allow findings", () => {
    const typed = (type: string, action: FindingAction, start: number, end: number, score: number, rule = `${type}-${action}`): Finding =>
      ({ type: type as Finding["type"], action, start, end, score, rule, canonical: "" });
    const rules = (findings: Finding[]) => resolveOverlaps(findings).map((kept) => kept.rule);

    it("never remove a tokenize, mask or block finding of another type, whatever their score", () => {
      for (const action of ["tokenize", "mask", "block"] as const) {
        expect(rules([typed("CREDIT_CARD", "allow", 0, 100, 1), typed("US_SSN", action, 10, 21, 0.5)])).toEqual([`US_SSN-${action}`]);
      }
      // A finding without an action is tokenized.
      expect(rules([typed("CREDIT_CARD", "allow", 0, 100, 1), { type: "US_SSN", start: 10, end: 21, score: 0.5, rule: "ssn", canonical: "" }])).toEqual(["ssn"]);
    });

    it("win over overlapping findings of their own type that they outrank, and lose to better ones", () => {
      expect(rules([typed("CREDIT_CARD", "allow", 5, 24, 1), typed("CREDIT_CARD", "tokenize", 5, 24, 0.9)])).toEqual(["CREDIT_CARD-allow"]);
      expect(rules([typed("CREDIT_CARD", "allow", 5, 24, 0.5), typed("CREDIT_CARD", "tokenize", 5, 24, 0.9)])).toEqual(["CREDIT_CARD-tokenize"]);
    });

    it("that overlap another type suppress nothing, not even their own type", () => {
      const kept = rules([typed("CREDIT_CARD", "allow", 0, 60, 1), typed("CREDIT_CARD", "tokenize", 0, 19, 0.9), typed("US_SSN", "tokenize", 40, 51, 0.5)]);
      expect(kept).toEqual(["CREDIT_CARD-tokenize", "US_SSN-tokenize"]);
    });

    it("resolve among themselves by rank, and other findings resolve as before", () => {
      expect(rules([typed("EMAIL", "allow", 0, 10, 0.6), typed("PHONE", "allow", 5, 20, 0.9)])).toEqual(["PHONE-allow"]);
      expect(rules([typed("EMAIL", "allow", 30, 40, 1), typed("PHONE", "tokenize", 0, 10, 0.5), typed("US_SSN", "mask", 5, 20, 0.9)])).toEqual(["US_SSN-mask", "EMAIL-allow"]);
    });
  });
});
