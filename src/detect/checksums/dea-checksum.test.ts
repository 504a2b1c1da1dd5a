import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDeaValid } from "./dea-checksum.ts";

describe("isDeaValid", () => {
  it("accepts registrations whose check digit holds", () => {
    for (const value of ["AB1234563", "BJ6125341", "FM5800708", "MJ3760065", "XA1234563", "A91234563"]) {
      expect(isDeaValid(value)).toBe(true);
    }
  });

  it("rejects a wrong check digit", () => {
    expect(isDeaValid("AB1234564")).toBe(false);
    expect(isDeaValid("FM5800709")).toBe(false);
  });

  it("rejects first letters that name no registrant type", () => {
    for (const letter of ["I", "N", "O", "Q", "V", "W", "Y", "Z"]) expect(isDeaValid(`${letter}B1234563`)).toBe(false);
  });

  it("rejects other shapes: lower case, short, digits for letters", () => {
    for (const value of ["ab1234563", "AB123456", "AB12345630", "1B1234563", "A01234563"]) expect(isDeaValid(value)).toBe(false);
  });

  it("catches every single-digit change except ±5 in a doubled position (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 1, max: 9 }), (index, shift) => {
        // 2 × 5 = 10: the check cannot see a doubled digit (d2, d4, d6) move by five.
        if (index % 2 === 1 && shift === 5) return;
        const valid = "BJ6125341";
        const changed = `${valid.slice(0, index)}${(Number(valid[index]) + shift) % 10}${valid.slice(index + 1)}`;
        expect(isDeaValid(changed)).toBe(false);
      }),
    );
  });
});
