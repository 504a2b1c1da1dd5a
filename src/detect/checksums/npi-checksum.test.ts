import { describe, expect, it } from "vitest";
import { isNpiValid } from "./npi-checksum.ts";

describe("isNpiValid", () => {
  it("accepts NPIs whose Luhn check over 80840 + the digits holds", () => {
    expect(isNpiValid("1234567893")).toBe(true);
    expect(isNpiValid("2234567891")).toBe(true);
  });

  it("refuses a wrong check digit and any length but ten", () => {
    expect(isNpiValid("1234567890")).toBe(false);
    expect(isNpiValid("123456789")).toBe(false);
    expect(isNpiValid("12345678930")).toBe(false);
  });
});
