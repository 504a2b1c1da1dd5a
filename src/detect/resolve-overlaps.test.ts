import { describe, expect, it } from "vitest";
import { resolveOverlaps } from "./resolve-overlaps.ts";
import type { Finding } from "./types.ts";

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
});
