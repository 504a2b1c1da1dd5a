import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNhsNumberValid } from "./nhs-mod11.ts";

describe("isNhsNumberValid", () => {
  it("accepts numbers whose mod-11 check digit holds", () => {
    for (const digits of ["9434765919", "4010232137", "4505577104", "6955005324"]) expect(isNhsNumberValid(digits)).toBe(true);
  });

  it("rejects a wrong check digit and numbers whose check would be 10", () => {
    expect(isNhsNumberValid("9434765918")).toBe(false);
    // 1×10 + 1×2 = 12 leaves 1, so the check digit would be 10: such numbers are never issued.
    for (let digit = 0; digit <= 9; digit++) expect(isNhsNumberValid(`100000001${digit}`)).toBe(false);
  });

  it("rejects anything but ten digits", () => {
    for (const value of ["943476591", "94347659190", "943 476 5919", "943476591x"]) expect(isNhsNumberValid(value)).toBe(false);
  });

  it("catches every single-digit change and adjacent transposition (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (index, shift) => {
        const valid = "9434765919";
        const changed = `${valid.slice(0, index)}${(Number(valid[index]) + shift) % 10}${valid.slice(index + 1)}`;
        expect(isNhsNumberValid(changed)).toBe(false);
      }),
    );
    expect(isNhsNumberValid("4934765919")).toBe(false);
  });
});
