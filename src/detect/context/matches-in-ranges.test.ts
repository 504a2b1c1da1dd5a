import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { contextPattern } from "./context-pattern.ts";
import { contextRanges } from "./context-ranges.ts";
import { findContextWords } from "./find-context-words.ts";
import { matchesInRanges } from "./matches-in-ranges.ts";

const pattern = contextPattern(["dea"]);
const NINE_DIGITS = /\d(?<!\d\d)\d{8}(?!\d)/g;

function valuesNearWords(text: string): string[] {
  const input = normalizeText(text);
  const ranges = contextRanges(input, pattern, findContextWords(input, pattern), 12, 20);
  return matchesInRanges(NINE_DIGITS, text, ranges).map((match) => text.slice(match.index, match.index + match[0].length));
}

describe("contextRanges and matchesInRanges", () => {
  it("finds values near the words and nowhere else, with whole-text offsets", () => {
    const text = `123456789 ${"x".repeat(100)} DEA 234567891 ${"y".repeat(100)} 345678912 (dea)`;
    expect(valuesNearWords(text)).toEqual(["234567891", "345678912"]);
  });

  it("reads a value across a range's end whole, and keeps look-arounds working at its start", () => {
    expect(valuesNearWords("DEA:                 1234567890123")).toEqual([]);
    expect(valuesNearWords("DEA: 123456789")).toEqual(["123456789"]);
  });

  it("covers table cells under a matching header", () => {
    const text = `| Name | DEA |\n| --- | --- |\n${"| x | 1 |\n".repeat(20)}| Ann | 456789123 |`;
    expect(valuesNearWords(text)).toEqual(["456789123"]);
  });

  it("returns nothing without a word", () => {
    expect(valuesNearWords("123456789 and 234567891")).toEqual([]);
  });
});
