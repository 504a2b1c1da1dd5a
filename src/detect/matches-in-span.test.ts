import { describe, expect, it } from "vitest";
import { addMatchesInSpan } from "./matches-in-span.ts";

function found(pattern: RegExp, text: string, start: number, end: number, margin: number, lookAhead: number): string[] {
  const matches: RegExpExecArray[] = [];
  addMatchesInSpan(matches, pattern, text, start, end, margin, lookAhead);
  return matches.map((match) => `${match.index}:${match[0]}`);
}

describe("addMatchesInSpan", () => {
  it("keeps matches starting in the span, read whole past its end, with whole-text offsets", () => {
    const text = "12 345 6789 01";
    expect(found(/\d+/g, text, 3, 8, 4, 0)).toEqual(["3:345", "7:6789"]);
  });

  it("lets look-behinds see the margin before the span", () => {
    expect(found(/(?<!\d)\d{3}/g, "1234 567", 1, 8, 2, 0)).toEqual(["5:567"]);
  });

  it("stops at a match ending too near a slice end that cuts the text, not at the text's own end", () => {
    expect(found(/\d+/g, "ab 123 cd 45678 ef", 0, 11, 6, 4)).toEqual(["3:123"]);
    expect(found(/\d+/g, "ab 123 cd 45678", 0, 11, 6, 4)).toEqual(["3:123", "10:45678"]);
  });

  it("steps over empty matches", () => {
    expect(found(/x*/g, "axxb", 0, 4, 0, 0)).toEqual(["0:", "1:xx", "3:"]);
  });
});
