import { describe, expect, it } from "vitest";
import { contextPattern } from "./context-pattern.ts";
import { normalizeText } from "../normalize-text.ts";
import { findContextWords, mentions } from "./find-context-words.ts";

const pattern = contextPattern(["ssn*", "social security", "ss#", "aba", "a/c", "⑆"]);

describe("contextPattern", () => {
  it.each(["SSN:", "ssn", "tax_ssn", "taxSsn", "ssnFull", "Social Security No.", "social_security", "socialSecurityNumber", "SS#", "ABA", "abaRouting", "A/C", "⑆021000021⑆"])(
    "finds a word in %s",
    (text) => {
      expect(pattern.regex.test(text)).toBe(true);
    },
  );

  it.each(["classn", "lassn", "abacus", "kaba", "grass#", "ssocial security"])("finds no word in %s", (text) => {
    expect(pattern.regex.test(text)).toBe(false);
  });

  it("is mentioned wherever a word is found, and not in unrelated text", () => {
    for (const text of ["my SSN", "Social-Security", "routing ABA", "a/c 1234", "⑆"]) {
      expect(pattern.regex.test(text)).toBe(true);
      expect(mentions(normalizeText(text), pattern)).toBe(true);
    }
    expect(mentions(normalizeText("order 123456789 shipped"), pattern)).toBe(false);
  });

  it("findContextWords lists each word with its span", () => {
    const text = "classn tax_ssn, Social Security and ABA";
    const words = findContextWords(normalizeText(text), pattern).map((word) => text.slice(word.start, word.end));
    expect(words).toEqual(["ssn", "Social Security", "ABA"]);
  });

  it("finds words next to a capital that lower-cases to two characters, and says whether they are mentioned", () => {
    const text = "İstanbul office: SSN and ssnFull, sssn";
    const words = findContextWords(normalizeText(text), pattern).map((word) => text.slice(word.start, word.end));
    expect(words).toEqual(["SSN", "ssn"]);
    expect(mentions(normalizeText(text), pattern)).toBe(true);
    expect(mentions(normalizeText("İstanbul office"), pattern)).toBe(false);
    expect(mentions(normalizeText("routing ABA"), pattern)).toBe(true);
  });
});
