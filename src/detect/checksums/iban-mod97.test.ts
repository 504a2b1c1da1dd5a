import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IBAN_COUNTRY_LENGTHS } from "./iban-country-lengths.ts";
import { ibanMod97 } from "./iban-mod97.ts";

const VALID = [
  "DE89370400440532013000",
  "GB82WEST12345698765432",
  "FR1420041010050500013M02606",
  "NL91ABNA0417164300",
  "BE68539007547034",
  "NO9386011117947",
  "CH9300762011623852957",
  "IT60X0542811101000000123456",
  "ES9121000418450200051332",
  "PL61109010140000071219812874",
  "SA0380000000608010167519",
];

describe("ibanMod97", () => {
  it("leaves 1 for valid IBANs, whose lengths match the country table", () => {
    for (const iban of VALID) {
      expect(ibanMod97(iban)).toBe(1);
      expect(IBAN_COUNTRY_LENGTHS[iban.slice(0, 2)]).toBe(iban.length);
    }
  });

  it("catches every single-character substitution", () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.nat(), fc.integer({ min: 1, max: 9 }), (iban, at, shift) => {
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
