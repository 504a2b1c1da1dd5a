import { describe, expect, it } from "vitest";
import { longDigitClusters } from "./digit-clusters.ts";
import { matchesInClusters } from "./matches-in-clusters.ts";
import { normalizeText } from "./normalize-text.ts";

const NINE_DIGITS = /\d(?<!\d\d)\d{2}-?\d{2}-?\d{4}(?!\d)/g;
const AREA_CODE = /\(\d{3}\) \d{3}-\d{4}/g;

function found(pattern: RegExp, text: string, minDigits: number, lead = 0): string[] {
  return matchesInClusters(pattern, text, longDigitClusters(normalizeText(text)), minDigits, lead).map(
    (match) => `${match.index}:${match[0]}`,
  );
}

function wholeText(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`);
}

describe("matchesInClusters", () => {
  it("finds what a whole-text scan finds, with whole-text offsets", () => {
    const text = `${"x".repeat(50)} 123-45-6789 and 987654321, not 1234567890 ${"y".repeat(50)} 111-22-3333`;
    expect(found(NINE_DIGITS, text, 9)).toEqual(wholeText(NINE_DIGITS, text));
    expect(found(NINE_DIGITS, text, 9)).toHaveLength(3);
  });

  it("skips clusters with too few digits", () => {
    expect(found(NINE_DIGITS, "123-45-6789", 10)).toEqual([]);
  });

  it("sees a match that opens `lead` characters before the cluster's first digit", () => {
    const text = "call (617) 527-3490 now";
    expect(found(AREA_CODE, text, 10)).toEqual([]);
    expect(found(AREA_CODE, text, 10, 1)).toEqual(wholeText(AREA_CODE, text));
  });
});
