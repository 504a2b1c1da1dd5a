import { describe, expect, it } from "vitest";
import { CapitalisedWords } from "./capitalised-word.ts";

// The single regular expression the cursor replaced; the cursor must find exactly its matches.
const CAPITALISED =
  /[A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F\u0460-\u052F\u0531-\u0556\u1E00-\u1EFF][\p{L}\p{M}]*(?:['\u2019-]\p{L}[\p{L}\p{M}]*)*/gu;

function walked(text: string): string[] {
  const words: string[] = [];
  for (const word = new CapitalisedWords(text); word.next(); ) words.push(text.slice(word.start, word.end));
  return words;
}

describe("CapitalisedWords", () => {
  it("walks capitalised words with their apostrophes and hyphens", () => {
    expect(walked("Ask Mary-Jane O'Connor and O’Brien-Smith, not IBM's x-Ray.")).toEqual([
      "Ask",
      "Mary-Jane",
      "O'Connor",
      "O’Brien-Smith",
      "IBM's",
      "Ray",
    ]);
  });

  it("reads any cased script, combining marks and letters beyond the BMP", () => {
    expect(walked("Đinh Quốc, Ольга Петрова, Αθηνά, Արամ, Jose\u0301 and A𝐁c")).toEqual([
      "Đinh",
      "Quốc",
      "Ольга",
      "Петрова",
      "Αθηνά",
      "Արամ",
      "Jose\u0301",
      "A𝐁c",
    ]);
  });

  it.each([
    "macDonald getUser iPhone",
    "āBc ×Foo ßig Ŀaura",
    "O' Brien Mary- Jane O'’x D'\u0301x A-é É-a Ab-𝐁",
    "end with an apostrophe O'",
    "Ψ\ud800X Ἀθῆναι",
  ])("finds what the regular expression finds in %j", (text) => {
    expect(walked(text)).toEqual(text.match(CAPITALISED) ?? []);
  });
});
