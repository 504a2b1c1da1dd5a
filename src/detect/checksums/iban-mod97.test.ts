import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VALID_IBANS } from "../testing/valid-ibans.ts";
import { IBAN_COUNTRY_LENGTHS } from "./iban-country-lengths.ts";
import { ibanMod97 } from "./iban-mod97.ts";

describe("ibanMod97", () => {
  it("leaves 1 for valid IBANs, whose lengths match the country table", () => {
    for (const iban of VALID_IBANS) {
      expect(ibanMod97(iban)).toBe(1);
      expect(IBAN_COUNTRY_LENGTHS[iban.slice(0, 2)]).toBe(iban.length);
    }
  });

  it("catches every single-character substitution", () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID_IBANS), fc.nat(), fc.integer({ min: 1, max: 9 }), (iban, at, shift) => {
        const index = 2 + (at % (iban.length - 2));
        const character = iban[index] ?? "0";
        if (!/\d/.test(character)) return;
        const changed = `${iban.slice(0, index)}${(Number(character) + shift) % 10}${iban.slice(index + 1)}`;
        expect(ibanMod97(changed)).not.toBe(1);
      }),
    );
  });

  it("reports characters outside 0-9 and A-Z", () => {
    expect(ibanMod97("DE89 3704")).toBe(-1);
    expect(ibanMod97("de89370400440532013000")).toBe(-1);
  });
});
