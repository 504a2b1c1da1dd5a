import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { keywordHits } from "./keyword-index.ts";
import { DIGIT_THEN_LETTER, FOUR_DOTTED_GROUPS, LETTER_THEN_DIGIT, mayHaveShape } from "./text-shapes.ts";

/** The shapes the keyword walk notes in `text`, by name. */
function shapesOf(text: string): string[] {
  const input = normalizeText(text);
  keywordHits(input);
  const shapes = { DIGIT_THEN_LETTER, LETTER_THEN_DIGIT, FOUR_DOTTED_GROUPS };
  return Object.entries(shapes)
    .filter(([, shape]) => mayHaveShape(input, shape))
    .map(([name]) => name);
}

describe("mayHaveShape", () => {
  it("sees a letter right after a digit, and a digit right after a letter", () => {
    expect(shapesOf("MBI 1EG4-TE5-MK73")).toEqual(["DIGIT_THEN_LETTER", "LETTER_THEN_DIGIT"]);
    expect(shapesOf("3rd floor")).toEqual(["DIGIT_THEN_LETTER"]);
    expect(shapesOf("DE89 3704")).toEqual(["LETTER_THEN_DIGIT"]);
    expect(shapesOf("call 555-0100, or 3 pm")).toEqual([]);
  });

  it("sees four digit groups joined by single dots, however long the groups", () => {
    expect(shapesOf("host 10.1.2.3")).toEqual(["FOUR_DOTTED_GROUPS"]);
    expect(shapesOf("v1.2.3.4")).toEqual(["LETTER_THEN_DIGIT", "FOUR_DOTTED_GROUPS"]);
    expect(shapesOf("x 1234.5678.9012.3456 y")).toEqual(["FOUR_DOTTED_GROUPS"]);
    expect(shapesOf("12.5.2024 and 1.2.3")).toEqual([]);
    expect(shapesOf("1.2..3.4 and 1.2. 3.4")).toEqual([]);
  });

  it("starts a group count again after anything but digits and single dots", () => {
    expect(shapesOf("1.2.3-4.5.6.7")).toEqual(["FOUR_DOTTED_GROUPS"]);
    expect(shapesOf("1.2.3-4.5.6")).toEqual([]);
  });

  it("answers true before the walk has run for the input: it never walks the text itself", () => {
    const input = normalizeText("no digits here");
    expect(mayHaveShape(input, DIGIT_THEN_LETTER)).toBe(true);
    keywordHits(input);
    expect(mayHaveShape(input, DIGIT_THEN_LETTER)).toBe(false);
  });
});
