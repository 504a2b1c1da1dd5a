import { describe, expect, it } from "vitest";
import { createDetector } from "../create-detector.ts";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { ukNhsRecognizer } from "./uk-nhs.ts";

const find = (text: string) => findValues(ukNhsRecognizer, text);

describe("ukNhsRecognizer", () => {
  it.each([
    ["NHS No. 943 476 5919", "943 476 5919"],
    ["NHS Number: 9434765919", "9434765919"],
    ["my nhs number is 943-476-5919 if that helps", "943-476-5919"],
    ["Re: NHS Number 943 476 5919, Patient Ann", "943 476 5919"],
    ["National Health Service number 943 476 5919", "943 476 5919"],
    ["943 476 5919 (NHS)", "943 476 5919"],
    ["NHS: ９４３ ４７６ ５９１９", "９４３ ４７６ ５９１９"],
    ["NHS No.\n943 476 5919", "943 476 5919"],
  ])("in %s finds %s", (text, value) => {
    expect(find(text)).toEqual([{ value, canonical: "9434765919" }]);
  });

  it("finds values in an NHS column", () => {
    expect(find("name,nhs_number\nAnn,4010232137").map((found) => found.value)).toEqual(["4010232137"]);
  });

  it("rejects a bad check digit and mixed separators", () => {
    for (const text of ["NHS 943 476 5918", "NHS 943 476-5919", "NHS 9434 76 5919"]) expect(find(text)).toEqual([]);
  });

  it("needs an NHS word nearby: a valid number alone is just a number", () => {
    expect(find("Call 415 555 0105 today")).toEqual([]);
    expect(find("Order 9434765919")).toEqual([]);
  });

  it("does not fire inside a longer number", () => {
    for (const text of ["NHS 19434765919", "NHS 94347659190", "NHS 1 943 476 5919", "NHS 943 476 5919 1"]) expect(find(text)).toEqual([]);
  });

  it("outranks the phone reading of a 3-3-4 NHS number", () => {
    const text = "NHS No. 415 555 0105";
    const findings = createDetector().detect(text);
    expect(findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)])).toEqual([["UK_NHS", "415 555 0105"]]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["NHS 943 476 ", "nhs ", "943 476 5919 "])) expect(Array.isArray(find(text))).toBe(true);
  });
});
