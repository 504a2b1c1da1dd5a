import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLuhnValid } from "./luhn.ts";

function withCheckDigit(payload: string): string {
  for (let digit = 0; digit <= 9; digit++) if (isLuhnValid(`${payload}${digit}`)) return `${payload}${digit}`;
  throw new Error("no check digit");
}

describe("isLuhnValid", () => {
  it("accepts known-good numbers", () => {
    for (const value of ["4111111111111111", "378282246310005", "6011111111111117", "79927398713"]) {
      expect(isLuhnValid(value)).toBe(true);
    }
  });

  it("rejects a wrong check digit, non-digits and too-short input", () => {
    expect(isLuhnValid("4111111111111112")).toBe(false);
    expect(isLuhnValid("4111-1111-1111-1111")).toBe(false);
    expect(isLuhnValid("0")).toBe(false);
    expect(isLuhnValid("")).toBe(false);
  });

  it("has exactly one check digit per payload and catches every single-digit change", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5,18}$/), fc.nat(), fc.integer({ min: 1, max: 9 }), (payload, at, shift) => {
        const valid = withCheckDigit(payload);
        const index = at % valid.length;
        const changed = `${valid.slice(0, index)}${(Number(valid[index]) + shift) % 10}${valid.slice(index + 1)}`;
        expect(isLuhnValid(valid)).toBe(true);
        expect(isLuhnValid(changed)).toBe(false);
      }),
    );
  });
});
