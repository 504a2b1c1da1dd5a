import { describe, expect, it } from "vitest";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { usDriverLicenseRecognizer } from "./us-driver-license.ts";

const find = (text: string) => findValues(usDriverLicenseRecognizer, text);

describe("usDriverLicenseRecognizer", () => {
  it.each([
    ["Driver's license: D1234567", "D1234567", "D1234567"],
    ["Driver’s License No. A123-4567-8901", "A123-4567-8901", "A12345678901"],
    ["drivers license number 123 456 789", "123 456 789", "123456789"],
    ["DL# S530-460-72-000-0", "S530-460-72-000-0", "S530460720000"],
    ["DL (CA): B7654321", "B7654321", "B7654321"],
    ["Driving licence: WDLABCD456DG", "WDLABCD456DG", "WDLABCD456DG"],
    ["DLN 99999999", "99999999", "99999999"],
    ['{"driverLicenseNumber": "k1234567"}', "k1234567", "K1234567"],
  ])("in %j finds %s", (text, value, canonical) => {
    expect(find(text)).toEqual([{ value, canonical }]);
  });

  it("finds values in a driver's license column", () => {
    expect(find("| Name | Driver License |\n| --- | --- |\n| Ann | D1234567 |").map((found) => found.value)).toEqual(["D1234567"]);
  });

  it("needs the label, and an id with at least three digits", () => {
    for (const text of ["Ticket D1234567", "DL: pending", "DL model 2", "driver's license: ABCDEFG", "driver's license expired, order D1234567"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["DL ", "DL# 1 2 ", "driver's license ", "dl 123 "])) expect(Array.isArray(find(text))).toBe(true);
  });
});
