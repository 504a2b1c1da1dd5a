import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { VALID_IBANS } from "../testing/valid-ibans.ts";
import { ibanRecognizer } from "./iban.ts";

const find = (text: string) => findValues(ibanRecognizer, text);

describe("ibanRecognizer", () => {
  it.each(VALID_IBANS)("finds %s without context", (iban) => {
    expect(find(`wire it to ${iban}.`)).toEqual([{ value: iban, canonical: iban }]);
  });

  it.each([
    ["DE89 3704 0044 0532 0130 00", "groups of four"],
    ["de89 3704 0044 0532 0130 00", "lower case"],
    ["DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000", "no-break spaces"],
    ["ＤＥ８９３７０４００４４０５３２０１３０００", "full-width characters"],
    ["DE89\u200b3704\u200b0044\u200b0532\u200b0130\u200b00", "zero-width characters"],
  ])("finds %s (%s) with the same canonical form", (value) => {
    expect(find(`IBAN ${value} bounced back`)).toEqual([{ value, canonical: "DE89370400440532013000" }]);
  });

  it("rejects a bad check, a wrong length for the country and unknown countries", () => {
    for (const text of ["DE89370400440532013001", "DE8937040044053201300", "DE893704004405320130000", "XX89370400440532013000"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("rejects a value that runs on into more letters or digits", () => {
    expect(find("DE89370400440532013000ABC")).toEqual([]);
    expect(find("XDE89370400440532013000")).toEqual([]);
  });

  it("finds an IBAN that starts inside a failed candidate", () => {
    expect(find("XX12 DE89 3704 0044 0532 0130 00").map((found) => found.canonical)).toEqual(["DE89370400440532013000"]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["DE12", "DE89 ", "A1 ", "GB82 WEST "])) expect(Array.isArray(find(text))).toBe(true);
  });
});
