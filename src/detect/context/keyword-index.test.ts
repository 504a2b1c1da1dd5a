import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { contextPattern } from "./context-pattern.ts";
import { keywordHits, keywordLength } from "./keyword-index.ts";

const routing = contextPattern(["routing", "aba", "⑆"]);
const ssn = contextPattern(["ssn*", "ss#", "social security"]);

function keywordsIn(text: string): string[] {
  const hits = keywordHits(normalizeText(text));
  return hits.starts.map((start, index) => text.slice(start, start + keywordLength(hits.ids[index] ?? -1)));
}

describe("keywordHits", () => {
  it("finds keywords at word starts and camelCase humps, in any case, and symbols anywhere", () => {
    expect(keywordsIn("ABA 021000021, taxSsn and Social Security; x⑆021000021⑆")).toEqual(["ABA", "Ssn", "Social", "⑆", "⑆"]);
  });

  it("folds case beyond ASCII: an accented capital matches its lower-case keyword", () => {
    const né = contextPattern(["née"]);
    const hits = keywordHits(normalizeText("Marie, NÉE Curie"));
    expect(hits.mentioned[né.keywordSet]).toBe(1);
  });

  it("skips keywords inside words ('aba' in 'kabab', 'ssn' in 'classn') and in all-caps runs", () => {
    expect(keywordsIn("kabab classn MYSSN")).toEqual([]);
  });

  it("reports every keyword starting at one offset (ss# and ssn share a start)", () => {
    expect(keywordsIn("ss# ssn").sort()).toEqual(["ss#", "ssn"]);
  });

  it("says which patterns are mentioned", () => {
    const hits = keywordHits(normalizeText("routing only"));
    expect(hits.mentioned[routing.keywordSet]).toBe(1);
    expect(hits.mentioned[ssn.keywordSet]).toBe(0);
  });

  it("finds keywords of a pattern compiled after the input was first walked", () => {
    const input = normalizeText("employee badge 4411");
    expect(keywordHits(input).starts).toEqual([]);
    const badge = contextPattern(["badge"]);
    expect(keywordHits(input).mentioned[badge.keywordSet]).toBe(1);
  });
});
