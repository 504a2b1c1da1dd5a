import { describe, expect, it } from "vitest";
import { AsciiCharacters } from "./ascii-characters.ts";

describe("AsciiCharacters", () => {
  it("holds the given characters only, by character code", () => {
    const codePunctuation = new AsciiCharacters("_$\\");
    expect(["_", "$", "\\", "a", " "].map((character) => codePunctuation.has(character.charCodeAt(0)))).toEqual([true, true, true, false, false]);
    expect(codePunctuation.has(Number.NaN)).toBe(false);
    expect(codePunctuation.has(0x2019)).toBe(false);
  });

  it("refuses characters outside ASCII", () => {
    expect(() => new AsciiCharacters("’")).toThrow();
  });
});
