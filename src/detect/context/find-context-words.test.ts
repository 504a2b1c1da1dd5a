import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { contextPattern } from "./context-pattern.ts";
import { findContextWords, keywordStartsIn } from "./find-context-words.ts";

const ssn = contextPattern(["ssn", "social security"]);
const routing = contextPattern(["routing"]);

describe("keywordStartsIn", () => {
  const input = normalizeText("Her SSN and social insurance number");

  it("says whether one of the pattern's keywords starts in [from, to)", () => {
    expect(keywordStartsIn(input, ssn, 0, 5)).toBe(true);
    expect(keywordStartsIn(input, ssn, 4, 5)).toBe(true);
    expect(keywordStartsIn(input, ssn, 5, 12)).toBe(false);
    expect(keywordStartsIn(input, ssn, 0, 4)).toBe(false);
  });

  it("counts a keyword that does not make a whole word ('social' without 'security')", () => {
    expect(keywordStartsIn(input, ssn, 12, 20)).toBe(true);
    expect(findContextWords(input, ssn).map((word) => word.start)).toEqual([4]);
  });

  it("ignores other patterns' keywords and ranges outside the text", () => {
    expect(keywordStartsIn(input, routing, 0, 100)).toBe(false);
    expect(keywordStartsIn(input, ssn, -40, 0)).toBe(false);
    expect(keywordStartsIn(input, ssn, 30, 90)).toBe(false);
  });
});

describe("findContextWords", () => {
  it("finds no words for a pattern the text never mentions, and the same words when asked again", () => {
    const text = normalizeText("SSN 1, ssn 2");
    expect(findContextWords(text, routing)).toEqual([]);
    const words = findContextWords(text, ssn);
    expect(words).toEqual([
      { start: 0, end: 3 },
      { start: 7, end: 10 },
    ]);
    expect(findContextWords(text, ssn)).toBe(words);
  });
});
