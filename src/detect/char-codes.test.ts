import { describe, expect, it } from "vitest";
import {
  areDigitsAt,
  countDigits,
  digitsBetween,
  digitsOnly,
  isAsciiAlphanumericCode,
  isAsciiLetterCode,
  isAsciiLowerCode,
  isAsciiUpperCode,
  isDigitCode,
  isWhitespaceCode,
} from "./char-codes.ts";

describe("character classes", () => {
  it("classifies code units, NaN (past either end of a string) in no class", () => {
    expect([..."09a/:Z["].map((character) => isDigitCode(character.charCodeAt(0)))).toEqual([true, true, false, false, false, false, false]);
    expect([..."0zAZ`{@é"].map((character) => isAsciiAlphanumericCode(character.charCodeAt(0)))).toEqual([true, true, true, true, false, false, false, false]);
    expect(isDigitCode("1".charCodeAt(5)) || isAsciiAlphanumericCode("a".charCodeAt(-1)) || isWhitespaceCode(Number.NaN)).toBe(false);
  });

  it("the ASCII letter classes agree with their regex classes on every UTF-16 code unit, and with each other", () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      const upper = /[A-Z]/.test(character);
      const lower = /[a-z]/.test(character);
      if (
        isAsciiUpperCode(code) !== upper ||
        isAsciiLowerCode(code) !== lower ||
        isAsciiLetterCode(code) !== (upper || lower) ||
        isAsciiAlphanumericCode(code) !== /[A-Za-z0-9]/.test(character)
      ) {
        disagreements.push(code);
      }
    }
    expect(disagreements).toEqual([]);
    expect(isAsciiUpperCode(Number.NaN) || isAsciiLowerCode(Number.NaN) || isAsciiLetterCode(Number.NaN)).toBe(false);
  });

  it("isWhitespaceCode agrees with the regex class \\s on every UTF-16 code unit", () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});

describe("reading digits", () => {
  it("tells whether a stretch is all digits, false when it runs past the end", () => {
    expect(areDigitsAt("ab1234", 2, 4)).toBe(true);
    expect(areDigitsAt("ab12x4", 2, 4)).toBe(false);
    expect(areDigitsAt("ab123", 2, 4)).toBe(false);
  });

  it("counts ASCII digits only, in the whole text or a range", () => {
    expect(countDigits("")).toBe(0);
    expect(countDigits("W173499204")).toBe(9);
    expect(countDigits("TW-72/49 ٣")).toBe(4);
    expect(countDigits("12-34-56", 2, 6)).toBe(2);
  });

  it("keeps the digits of a range, in order", () => {
    expect(digitsBetween("call 1 (617) 527-3490 now", 5, 21)).toBe("16175273490");
    expect(digitsBetween("x4111111111111111y", 1, 17)).toBe("4111111111111111");
    expect(digitsBetween("a - b", 0, 5)).toBe("");
    expect(digitsBetween("123", 1, 1)).toBe("");
    expect(digitsOnly("123-45 6789")).toBe("123456789");
    expect(digitsOnly("٣ no ASCII digits")).toBe("");
  });
});
