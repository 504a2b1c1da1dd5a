import { describe, expect, it } from "vitest";
import { SpellingMemo } from "./spelling-memo.ts";

describe("SpellingMemo", () => {
  it("computes a spelling's value once, whatever text and offset it is asked from", () => {
    const memo = new SpellingMemo<string>(100);
    const computed: string[] = [];
    const upper = (spelling: string) => {
      computed.push(spelling);
      return spelling.toUpperCase();
    };
    expect(memo.get("Dear Anna,", 5, 9, upper)).toBe("ANNA");
    expect(memo.get("Anna Lee", 0, 4, upper)).toBe("ANNA");
    expect(memo.get("Anna Lee", 5, 8, upper)).toBe("LEE");
    expect(memo.get("Annabel", 0, 4, upper)).toBe("ANNA");
    expect(memo.get("Annabel", 0, 7, upper)).toBe("ANNABEL");
    expect(computed).toEqual(["Anna", "Lee", "Annabel"]);
  });

  it("remembers null values and tells spellings apart by every character", () => {
    const memo = new SpellingMemo<number | null>(100);
    const lengthUnlessThe = (spelling: string) => (spelling === "The" ? null : spelling.length);
    expect(memo.get("The Thé", 0, 3, lengthUnlessThe)).toBeNull();
    expect(memo.get("The Thé", 4, 7, lengthUnlessThe)).toBe(3);
    expect(memo.get("the", 0, 3, lengthUnlessThe)).toBe(3);
    expect(memo.get("The", 0, 3, () => 99)).toBeNull();
  });

  it("computes spellings longer than 40 characters, and empty ones, every time instead of keeping them", () => {
    const memo = new SpellingMemo<number>(100);
    let calls = 0;
    const length = (spelling: string) => {
      calls++;
      return spelling.length;
    };
    const long = "Abcdefghij".repeat(5);
    expect(memo.get(long, 0, 50, length)).toBe(50);
    expect(memo.get(long, 0, 50, length)).toBe(50);
    expect(memo.get("x", 0, 0, length)).toBe(0);
    expect(memo.get("x", 0, 0, length)).toBe(0);
    expect(calls).toBe(4);
    expect(memo.get(long, 0, 40, length)).toBe(40);
    expect(memo.get(long, 0, 40, length)).toBe(40);
    expect(calls).toBe(5);
  });

  it("keeps its answers right as it grows, and starts over when full", () => {
    const memo = new SpellingMemo<string>(1500);
    const words = Array.from({ length: 4000 }, (_, index) => `W${index.toString(36)}`);
    let calls = 0;
    const reversed = (spelling: string) => {
      calls++;
      return [...spelling].reverse().join("");
    };
    for (const word of words) expect(memo.get(` ${word} `, 1, word.length + 1, reversed)).toBe(reversed(word));
    calls = 0;
    // The last spellings asked for are still remembered; the first ones were dropped and are computed again.
    for (const word of words.slice(-500)) expect(memo.get(word, 0, word.length, reversed)).toBe([...word].reverse().join(""));
    expect(calls).toBe(0);
    expect(memo.get(words[0] ?? "", 0, 2, reversed)).toBe("0W");
    expect(calls).toBe(1);
  });
});
