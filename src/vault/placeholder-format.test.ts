import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_LABEL_LENGTH,
  MAX_PLACEHOLDER_LENGTH,
  PLACEHOLDER_PATTERN,
  TAG_ALPHABET,
  TAG_LENGTH,
  couldBePlaceholderPrefix,
  placeholderLengthAt,
} from "./placeholder-format.ts";

const SETTINGS = { seed: 42, numRuns: 2000 };
const ANCHORED = new RegExp(PLACEHOLDER_PATTERN.source, "y");
/** Every prefix of the grammar, written independently of the code under test. */
const PREFIX = new RegExp(`^\\[(?:[A-Z][A-Z0-9_]{0,${MAX_LABEL_LENGTH - 1}}(?:_[${TAG_ALPHABET}]{0,${TAG_LENGTH}})?)?$`);

const placeholder = fc
  .tuple(
    fc.constantFrom(..."ABCXZ"),
    fc.string({ unit: fc.constantFrom(..."AZ09_"), maxLength: MAX_LABEL_LENGTH - 1 }),
    fc.string({ unit: fc.constantFrom(...TAG_ALPHABET), minLength: TAG_LENGTH, maxLength: TAG_LENGTH }),
  )
  .map(([first, rest, tag]) => `[${first}${rest}_${tag}]`);
/** Short strings over the characters that matter to the grammar, plus a few that never do. */
const nearMiss = fc.oneof(
  fc.string({ unit: fc.constantFrom("[", "]", "_", "A", "Z", "0", "9", "I", "a", " "), maxLength: MAX_PLACEHOLDER_LENGTH + 2 }),
  fc.tuple(placeholder, fc.nat(), fc.constantFrom("I", "a", "_", "[", "]", "")).map(([text, at, swap]) => {
    const index = at % text.length;
    return text.slice(0, index) + swap + text.slice(index + 1);
  }),
);

describe("placeholder grammar", () => {
  it("fixes the longest placeholder at 33 characters", () => {
    expect(MAX_PLACEHOLDER_LENGTH).toBe(33);
    expect(placeholderLengthAt(`[${"A".repeat(24)}_7QK2MX]`, 0)).toBe(33);
    expect(placeholderLengthAt(`[${"A".repeat(25)}_7QK2MX]`, 0)).toBe(0);
  });

  it("placeholderLengthAt agrees with PLACEHOLDER_PATTERN anchored at the same index", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(placeholder, nearMiss), { maxLength: 4 }), fc.nat(), (parts, at) => {
        const text = parts.join("");
        const start = text.length === 0 ? 0 : at % text.length;
        ANCHORED.lastIndex = start;
        const match = ANCHORED.exec(text);
        expect(placeholderLengthAt(text, start)).toBe(match === null ? 0 : match[0].length);
      }),
      SETTINGS,
    );
  });

  it("couldBePlaceholderPrefix accepts exactly the proper prefixes of the grammar", () => {
    fc.assert(
      fc.property(fc.oneof(nearMiss, placeholder.chain((text) => fc.nat(text.length).map((end) => text.slice(0, end)))), (text) => {
        expect(couldBePlaceholderPrefix(text)).toBe(PREFIX.test(text));
      }),
      SETTINGS,
    );
  });

  it("accepts every proper prefix of a placeholder, and never a whole one", () => {
    fc.assert(
      fc.property(placeholder, (text) => {
        for (let end = 1; end < text.length; end++) expect(couldBePlaceholderPrefix(text.slice(0, end))).toBe(true);
        expect(couldBePlaceholderPrefix(text)).toBe(false);
      }),
      SETTINGS,
    );
  });
});
