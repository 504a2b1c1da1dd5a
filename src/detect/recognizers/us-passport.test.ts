import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { usPassportRecognizer } from "./us-passport.ts";

const find = (text: string) => findValues(usPassportRecognizer, text);

describe("usPassportRecognizer", () => {
  it.each([
    ["Passport No: 123456789", "123456789"],
    ["US passport number A12345678", "A12345678"],
    ["My passport # is c03005988.", "c03005988"],
    ['{"passportNumber": "987654321"}', "987654321"],
    ["Passport (U.S.): Ｅ12345678", "Ｅ12345678"],
  ])("in %j finds %s", (text, value) => {
    expect(find(text).map((found) => found.value)).toEqual([value]);
  });

  it("upper-cases the canonical form", () => {
    expect(find("passport c03005988")[0]?.canonical).toBe("C03005988");
  });

  it("finds values in a passport column", () => {
    expect(find("name,passport_no\nAnn,A12345678").map((found) => found.value)).toEqual(["A12345678"]);
  });

  it("needs the passport label, and nine characters that are mostly digits", () => {
    for (const text of ["Order 123456789", "Passport: 12345678", "Passport: 1234567890", "Passport: ABCDEFGHI", "Passport expired, ref 123456789"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["passport ", "passport no A1234", "passport number is my "])) expect(Array.isArray(find(text))).toBe(true);
  });
});
