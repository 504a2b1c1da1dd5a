import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { mbiRecognizer } from "./mbi.ts";

const find = (text: string) => findValues(mbiRecognizer, text);
const scores = (text: string) => mbiRecognizer.find(normalizeText(text)).map((match) => match.score);

describe("mbiRecognizer", () => {
  it.each([
    ["MBI: 1EG4TE5MK73", "1EG4TE5MK73"],
    ["Medicare ID 1EG4-TE5-MK73.", "1EG4-TE5-MK73"],
    ["My Medicare number is 1eg4-te5-mk73", "1eg4-te5-mk73"],
    ["Medicare Beneficiary Identifier: １ＥＧ４ＴＥ５ＭＫ７３", "１ＥＧ４ＴＥ５ＭＫ７３"],
    ["card shows 1EG4TE5MK73 on the front", "1EG4TE5MK73"],
  ])("in %s finds %s", (text, value) => {
    expect(find(text)).toEqual([{ value, canonical: "1EG4TE5MK73" }]);
  });

  it("scores a labelled value 0.9 and an unlabelled upper-case one 0.8", () => {
    expect(scores("MBI 1EG4TE5MK73")).toEqual([0.9]);
    expect(scores("ref 1EG4TE5MK73")).toEqual([0.8]);
  });

  it("needs a Medicare word for lower- or mixed-case values", () => {
    expect(find("ref 1eg4te5mk73")).toEqual([]);
    expect(find("ref 1Eg4TE5MK73")).toEqual([]);
  });

  it("rejects excluded letters, broken position rules and half-dashed values", () => {
    for (const text of ["MBI 1SG4TE5MK73", "MBI 1EG4TE5MK7A", "MBI 0EG4TE5MK73", "MBI 1EG4-TE5MK73", "MBI 1EG4TE5-MK73"]) {
      expect(find(text)).toEqual([]);
    }
  });

  it("does not fire inside a longer code", () => {
    for (const text of ["MBI X1EG4TE5MK73", "MBI 1EG4TE5MK734", "MBI 1EG4-TE5-MK73-9", "MBI 91EG4TE5MK73"]) expect(find(text)).toEqual([]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["1EG4-", "1EG4TE5MK7", "MBI A1", "1A"])) expect(Array.isArray(find(text))).toBe(true);
  });
});
