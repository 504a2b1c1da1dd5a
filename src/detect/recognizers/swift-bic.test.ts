import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { swiftBicRecognizer } from "./swift-bic.ts";

const find = (text: string) => findValues(swiftBicRecognizer, text);

describe("swiftBicRecognizer", () => {
  it.each([
    ["SWIFT: DEUTDEFF", "DEUTDEFF"],
    ["BIC DEUTDEFF500", "DEUTDEFF500"],
    ["SWIFT/BIC code: BARCGB22", "BARCGB22"],
    ["The SWIFT code is CHASUS33.", "CHASUS33"],
    ["SWIFT code of the beneficiary bank: BOFAUS3N", "BOFAUS3N"],
    ['{"swiftCode": "NWBKGB2LXXX"}', "NWBKGB2LXXX"],
    ["BIC: ＤＥＵＴＤＥＦＦ", "ＤＥＵＴＤＥＦＦ"],
  ])("in %s finds %s", (text, value) => {
    expect(find(text).map((found) => found.value)).toEqual([value]);
  });

  it("finds values in a SWIFT column", () => {
    expect(find("bank,swift\nDeutsche,DEUTDEFF").map((found) => found.value)).toEqual(["DEUTDEFF"]);
  });

  it("rejects unknown countries, wrong lengths and lower case", () => {
    for (const text of ["SWIFT: DEUTZZFF", "SWIFT: DEUTDEF", "SWIFT: DEUTDEFF5", "SWIFT: deutdeff", "BIC: DEU1DEFF"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("takes only a labelled code, never a code-shaped word elsewhere", () => {
    expect(find("Reference DEUTDEFF attached")).toEqual([]);
    expect(find("BENEFICIARY TRANSACTION SWIFT")).toEqual([]);
    expect(find("SWIFT transfer: TRANSACTION")).toEqual([]);
    expect(find("SWIFT code is required")).toEqual([]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["SWIFT ", "BIC: DEUTDE", "swift code of the "])) expect(Array.isArray(find(text))).toBe(true);
  });
});
