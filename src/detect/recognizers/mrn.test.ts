import { describe, expect, it } from "vitest";
import { adversarialInputs, repeatToMegabyte } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { mrnRecognizer } from "./mrn.ts";

const find = (text: string) => findValues(mrnRecognizer, text);

describe("mrnRecognizer", () => {
  it.each([
    ["MRN: 00482913", "00482913"],
    ["MRN 00-482-913", "00-482-913"],
    ["Medical record number: E388130232", "E388130232"],
    ["medical record #27518148.", "27518148"],
    ["Med Rec No.: H7149327", "H7149327"],
    ["MR# 48427660", "48427660"],
    ["(MRN 06544103)", "06544103"],
    ["Chart under MRN K4093846", "K4093846"],
    ["patient_mrn=3290646989", "3290646989"],
    ["Patient ID: PT99812", "PT99812"],
    ["MRN#: A-12345", "A-12345"],
    ["Med Rec No.: M９０３８６２４", "M９０３８６２４"],
    ["MRN: 0048\u200b2913", "0048\u200b2913"],
  ])("in %s finds %s", (text, value) => {
    expect(find(text).map((found) => found.value)).toEqual(value ? [value] : []);
  });

  it("upper-cases the canonical form and folds full-width characters", () => {
    expect(find("mrn: e3881302")[0]?.canonical).toBe("E3881302");
    expect(find("MRN 00-482-913")[0]?.canonical).toBe("00482913");
    expect(find("Med Rec No.: M９０３８６２４")[0]?.canonical).toBe("M9038624");
  });

  it("finds values in a table column headed MRN", () => {
    const table = "| Name | Medical Record # |\n| --- | --- |\n| Ann | 7606652 |\n| Bo | T2242303 |";
    expect(find(table).map((found) => found.value)).toEqual(["7606652", "T2242303"]);
  });

  it("needs the context word, and an MRN-shaped token right after it", () => {
    expect(find("Reference 00482913")).toEqual([]);
    expect(find("MRN: pending, ticket 00482913")).toEqual([]);
    expect(find("MRN 1234")).toEqual([]);
    expect(find("MRN 1234567890123")).toEqual([]);
    expect(find("MRN: ABCDEFG")).toEqual([]);
    expect(find("MRN\n00482913")).toEqual([]);
  });

  it("keeps a token before a comma and a digit, and reads past a backslash", () => {
    expect(find("MRN 00482913,2").map((found) => found.value)).toEqual(["00482913"]);
    expect(find("MRN \\ 00482913").map((found) => found.value)).toEqual(["00482913"]);
    expect(find("MRN 12345.6")).toEqual([]);
    expect(find("MRN A-12345/6")).toEqual([]);
    expect(find(`MRN ${"1".repeat(21)}`)).toEqual([]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    const inputs = adversarialInputs(["MRN ", "MRN: a1b2c3 ", "mr", "medical record number is "]);
    inputs.push(`| MRN |\n| --- |\n${repeatToMegabyte("| A123456 |\n")}`);
    for (const text of inputs) expect(Array.isArray(find(text))).toBe(true);
  });
});
