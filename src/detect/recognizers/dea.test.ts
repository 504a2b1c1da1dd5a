import { describe, expect, it } from "vitest";
import { normalizeText } from "../normalize-text.ts";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { deaRecognizer } from "./dea.ts";

const find = (text: string) => findValues(deaRecognizer, text);

describe("deaRecognizer", () => {
  it.each([
    "DEA: AB1234563",
    "DEA# AB1234563",
    "DEA #: AB1234563",
    "Their DEA number is AB1234563.",
    "Prescriber DEA reg. AB1234563 is on the script",
    "AB1234563 (DEA)",
    "Drug Enforcement Administration no. AB1234563",
    '{"deaNumber": "AB1234563"}',
  ])("finds the registration in %s", (text) => {
    expect(find(text)).toEqual([{ value: "AB1234563", canonical: "AB1234563" }]);
  });

  it("upper-cases the canonical form and folds full-width characters", () => {
    expect(find("dea: ab1234563")).toEqual([{ value: "ab1234563", canonical: "AB1234563" }]);
    expect(find("DEA ＡＢ１２３４５６３")[0]?.canonical).toBe("AB1234563");
  });

  it("finds values in a DEA column", () => {
    expect(find("| Name | DEA |\n| --- | --- |\n| Ann | BJ6125341 |").map((found) => found.value)).toEqual(["BJ6125341"]);
  });

  it("rejects a bad check digit or registrant letter", () => {
    for (const text of ["DEA AB1234564", "DEA ZB1234563", "DEA IB1234563"]) expect(find(text)).toEqual([]);
  });

  it("needs a DEA word nearby", () => {
    expect(find("Order AB1234563 shipped")).toEqual([]);
    expect(find("DEA on file.\n\nOrder AB1234563 shipped")).toEqual([]);
  });

  it("does not fire inside a longer code or a member id with a suffix", () => {
    for (const text of ["DEA XAB1234563", "DEA AB12345639", "DEA AB1234563-01", "DEA AB1234563.5"]) expect(find(text)).toEqual([]);
  });

  it("outranks nothing it should not: scores 0.9", () => {
    expect(deaRecognizer.find(normalizeText("DEA AB1234563"))[0]?.score).toBe(0.9);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["DEA AB123456 ", "dea ", "AB1234563", "A"])) expect(Array.isArray(find(text))).toBe(true);
  });
});
