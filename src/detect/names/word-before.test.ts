import { describe, expect, it } from "vitest";
import { wordBefore } from "./word-before.ts";

/** The words before the end of `text`, nearest first, as `wordBefore` walks them. */
function wordsBefore(text: string): string[] {
  const words: string[] = [];
  for (let word = wordBefore(text, text.length); word !== null; word = wordBefore(text, word.start)) words.push(word.word);
  return words;
}

describe("wordBefore", () => {
  it("reads words back to the start of the line, lower-cased", () => {
    expect(wordsBefore("first line\nMy Name IS ")).toEqual(["is", "name", "my"]);
    expect(wordsBefore("Patient's ÉLODIE O’Neil, ")).toEqual(["o’neil", "élodie", "patient's"]);
  });

  it("keeps what separates the word from the position", () => {
    expect(wordBefore("Dr. ", 4)).toMatchObject({ word: "dr", separator: ". ", start: 0 });
  });

  it("stops at a long stretch without letters", () => {
    expect(wordsBefore("ok 1234567 ")).toEqual([]);
    expect(wordsBefore("ok 123456 ")).toEqual(["ok"]);
  });
});
