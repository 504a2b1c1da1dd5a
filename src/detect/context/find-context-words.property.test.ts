import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { contextPattern } from "./context-pattern.ts";
import { findContextWords, mentions } from "./find-context-words.ts";

const TERMS = ["ssn*", "ss#", "ss no", "social security", "aba", "a/c", "mr", "mrn", "d.o.b", "⑆", "née", "account*", "acct"];
const pattern = contextPattern(TERMS);

/** The search the keyword index replaced: a case-insensitive scan for each term's keyword, then the word pattern at each hit. */
function referenceWords(text: string): Array<{ start: number; end: number }> {
  const keywords = [...new Set(TERMS.map((term) => term.split(/[ *]/)[0] ?? term))];
  const literals = keywords.filter((keyword) => !keywords.some((other) => other !== keyword && keyword.startsWith(other)));
  const scan = new RegExp(literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"), "gi");
  const wordAt = new RegExp(pattern.regex.source, "y");
  const words: Array<{ start: number; end: number }> = [];
  for (let keyword = scan.exec(text); keyword; keyword = scan.exec(text)) {
    wordAt.lastIndex = keyword.index;
    const word = wordAt.exec(text);
    if (word) {
      words.push({ start: keyword.index, end: keyword.index + word[0].length });
      scan.lastIndex = Math.max(scan.lastIndex, keyword.index + word[0].length);
    } else {
      scan.lastIndex = keyword.index + 1;
    }
  }
  return words;
}

// Texts built from pieces of the terms, their case variants and the characters around word boundaries.
const piece = fc.constantFrom(
  ...["ssn", "SSN", "Ssn", "ss", "#", " no", "social", "Social", " ", "_", "-", ".", "security", "aba", "ABA", "a/c", "A/C"],
  ...["mr", "MR", "mrn", "n", "d.o.b", "D.O.B", "⑆", "née", "NÉE", "account", "Accounts", "acct", "tax", "k", "1", "é", "İ", "\n", ":"],
);
const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(""));

describe("findContextWords (keyword index) against the regex scan it replaced", () => {
  it("finds the same words, and `mentions` says yes whenever there is one", () => {
    fc.assert(
      fc.property(text, (value) => {
        const input = normalizeText(value);
        // Normalisation keeps these characters, so offsets compare directly.
        expect(input.text).toBe(value);
        const words = findContextWords(input, pattern);
        expect(words).toEqual(referenceWords(value));
        if (words.length > 0) expect(mentions(normalizeText(value), pattern)).toBe(true);
      }),
      { seed: 20261129, numRuns: 2000 },
    );
  });
});
