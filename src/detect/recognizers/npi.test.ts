import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { npiRecognizer } from "./npi.ts";

const find = (text: string) => findValues(npiRecognizer, text);

describe("npiRecognizer", () => {
  it.each([
    "NPI: 1234567893",
    "Provider NPI 1234567893",
    "National Provider Identifier 1234567893",
    "Prescriber: 1234567893",
    "NPI #1234567893",
    "1234567893 (NPI)",
  ])("finds the NPI in %s", (text) => {
    expect(find(text)).toEqual([{ value: "1234567893", canonical: "1234567893" }]);
  });

  it("finds NPIs starting with 2, full-width digits and zero-width characters", () => {
    expect(find("NPI 2234567891")).toHaveLength(1);
    expect(find("NPI １２３４５６７８９３")[0]?.canonical).toBe("1234567893");
    expect(find("NPI 12345\u200b67893")[0]?.value).toBe("12345\u200b67893");
  });

  it("needs context: ten digits alone are as likely a phone number or an id", () => {
    expect(find("Call 1234567893 today")).toEqual([]);
  });

  it("rejects a failed check, a first digit other than 1 or 2, and longer numbers", () => {
    for (const text of ["NPI 1234567890", "NPI 3234567893", "NPI 12345678931", "NPI +1234567893"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["npi 123456789 ", "provider "])) expect(Array.isArray(find(text))).toBe(true);
  });
});
