import { describe, expect, it } from "vitest";
import { areDigitsAt, isAsciiAlphanumericCode, isDigitCode } from "./ascii-codes.ts";

describe("ascii-codes", () => {
  it("classifies code units, NaN (past either end of a string) in no class", () => {
    expect([..."09a/:Z["].map((character) => isDigitCode(character.charCodeAt(0)))).toEqual([true, true, false, false, false, false, false]);
    expect([..."0zAZ`{@é"].map((character) => isAsciiAlphanumericCode(character.charCodeAt(0)))).toEqual([true, true, true, true, false, false, false, false]);
    expect(isDigitCode("1".charCodeAt(5)) || isAsciiAlphanumericCode("a".charCodeAt(-1))).toBe(false);
  });

  it("tells whether a stretch is all digits, false when it runs past the end", () => {
    expect(areDigitsAt("ab1234", 2, 4)).toBe(true);
    expect(areDigitsAt("ab12x4", 2, 4)).toBe(false);
    expect(areDigitsAt("ab123", 2, 4)).toBe(false);
  });
});
