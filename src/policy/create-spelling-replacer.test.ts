import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSpellingReplacer } from "./create-spelling-replacer.ts";

/** The rule written plainly: at each position, the longest spelling that starts there. */
function reference(pairs: ReadonlyArray<readonly [string, string]>, text: string): string {
  const sorted = pairs.filter(([spelling]) => spelling.length > 0).sort(([left], [right]) => right.length - left.length);
  let out = "";
  for (let index = 0; index < text.length; ) {
    const match = sorted.find(([spelling]) => text.startsWith(spelling, index));
    if (match) {
      out += match[1];
      index += match[0].length;
    } else {
      out += text[index];
      index++;
    }
  }
  return out;
}

describe("createSpellingReplacer", () => {
  it("replaces each spelling, the longest first where two start at one place, and leaves the rest", () => {
    const replace = createSpellingReplacer([
      ["jane@example.com", "[EMAIL_1]"],
      ["jane", "[PERSON_1]"],
      ["Al", "[PERSON_2]"],
    ]);
    expect(replace("jane@example.com wrote to jane and Al (Alice).")).toBe("[EMAIL_1] wrote to [PERSON_1] and [PERSON_2] ([PERSON_2]ice).");
    expect(createSpellingReplacer([])("unchanged")).toBe("unchanged");
  });

  it("agrees with the plain rule on any text and spellings", () => {
    const alphabet = fc.constantFrom("a", "b", "c", "@", ".", "\\", '"');
    const word = (min: number, max: number) => fc.array(alphabet, { minLength: min, maxLength: max }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.array(fc.tuple(word(1, 7), fc.constantFrom("[X]", "[Y]", "")), { maxLength: 8 }), word(0, 60), (pairs, text) => {
        expect(createSpellingReplacer(pairs)(text)).toBe(reference(pairs, text));
      }),
      { seed: 20261129, numRuns: 3000 },
    );
  });

  it("takes one pass however many spellings there are", () => {
    const pairs = Array.from({ length: 20_000 }, (_, index) => [`u${index}@ex${index}.com`, `[EMAIL_${index}]`] as const);
    const text = pairs.map(([spelling]) => spelling).join(" ");
    // One whole-text pass per spelling, as scrubbing used to do, took minutes on a text like this.
    expect(createSpellingReplacer(pairs)(text)).toBe(pairs.map(([, placeholder]) => placeholder).join(" "));
  });
});
