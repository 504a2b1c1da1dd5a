import { describe, expect, it } from "vitest";
import { createDetector } from "../create-detector.ts";
import { adversarialInputs } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { usItinRecognizer } from "./us-itin.ts";

const find = (text: string) => findValues(usItinRecognizer, text);

describe("usItinRecognizer", () => {
  it.each([
    ["912-70-1234", "dash"],
    ["912 70 1234", "space"],
    ["912.70.1234", "dot"],
    ["912\u201370\u20131234", "en dash"],
    ["９１２－７０－１２３４", "full-width digits"],
  ])("finds %s (%s) without context", (value) => {
    expect(find(`The W-7 letter shows ${value}.`)).toEqual([{ value, canonical: "912701234" }]);
  });

  it("needs a tax-id word near a bare nine-digit run", () => {
    expect(find("ITIN: 912701234")).toEqual([{ value: "912701234", canonical: "912701234" }]);
    expect(find("Taxpayer ID 912701234")).toHaveLength(1);
    expect(find('{"tin": "912701234"}')).toHaveLength(1);
    expect(find("Order 912701234 shipped")).toEqual([]);
  });

  it("rejects groups the IRS does not issue (the test-case ids of our decoys among them)", () => {
    for (const value of ["972-41-8437", "942-02-4150", "964-25-7014", "978-09-6059", "912-93-1234", "912-66-1234"]) {
      expect(find(`ITIN ${value}`)).toEqual([]);
    }
  });

  it("does not fire inside a longer number or on mixed separators", () => {
    for (const text of ["1912-70-1234", "912-70-12345", "912-70 1234", "ITIN 9912701234"]) expect(find(text)).toEqual([]);
  });

  it("is the only reading of an ITIN: the SSN recognizer rejects area 9xx", () => {
    const findings = createDetector().detect("SSN/ITIN: 912-70-1234");
    expect(findings.map((finding) => finding.type)).toEqual(["US_ITIN"]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    for (const text of adversarialInputs(["912-70-", "itin 91270123 ", "9 "])) expect(Array.isArray(find(text))).toBe(true);
  });
});
